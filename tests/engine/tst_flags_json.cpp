// SPDX-License-Identifier: Apache-2.0
// Unleash's client-features JSON with Sluice's additions: what a real export reads as, exact round trips,
// warnings for what is not understood, and malformed files refused with the JSON path of the problem.
#include "flags/FlagCaseJson.h"
#include "flags/FlagsJson.h"
#include "flags/InstantText.h"

#include <QFile>
#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::flags;

namespace {
std::string realisticExport()
{
    QFile f(QStringLiteral(SLUICE_SOURCE_DIR "/tests/fuzz/corpus/flags_json/unleash-export.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

std::string feature(const std::string& body)
{
    return R"({"version": 2, "features": [{"name": "a", "enabled": true}, )" + body + "]}";
}

std::string strategyFile(const std::string& strategy)
{
    return feature(R"({"name": "b", "strategies": [)" + strategy + "]}");
}

// 2027-01-04T06:00:00Z
constexpr TimeNs kJanFourth = 1'799'042'400LL * kNsPerSec;

FlagSet everySluiceAddition()
{
    FlagSet set;
    FeatureFlag f;
    f.name = "api.strict";
    f.enabled = true;
    f.killed = true;
    f.schedule = {{kJanFourth, true}, {kJanFourth + kNsPerHour + 250 * kNsPerMs + 17, false}};
    RolloutPlan plan;
    plan.stepPercent = 5;
    plan.stepEvery = 90 * kNsPerSec;
    plan.targetPercent = 60;
    plan.nextStepAt = kJanFourth + kNsPerMin;
    plan.paused = true;
    plan.haltOn = {"spike"};
    plan.halted = true;
    plan.haltedAt = kJanFourth + 3;
    plan.haltedBy = "alert 12 (spike on requests)";
    f.plan = plan;
    f.effect = {EffectKind::VipTier, "gold"};
    Strategy s;
    s.name = "flexibleRollout";
    s.parameters = {{"rollout", "25"}, {"stickiness", "default"}, {"groupId", "api.strict"}};
    Constraint c;
    c.contextName = "plan";
    c.op = Operator::NotIn;
    c.values = {"free", "trial"};
    c.caseInsensitive = true;
    s.constraints.push_back(c);
    f.strategies.push_back(s);
    set.features.push_back(f);
    set.segments.push_back(Segment{7, "eu", {c}});
    return set;
}
}  // namespace

class TestFlagsJson final : public QObject {
    Q_OBJECT

private slots:
    void readsARealisticExport();
    void readsSluiceAdditions();
    void roundTripIsExact();
    void sluiceAdditionsRoundTripToTheNanosecond();
    void parameterValuesMayBeNumbersAndKeepFileOrder();
    void unknownStrategiesAndOperatorsWarnAndStayInTheFile();
    void referencesToNothingWarn();
    void unknownKeysAndNullsAreIgnored();
    void malformedFilesNameTheJsonPath_data();
    void malformedFilesNameTheJsonPath();
    void limitsAreEnforced();
    void oneFeatureAndOneSegment();
    void contextsAndCasesNameTheirPath_data();
    void contextsAndCasesNameTheirPath();
    void contextsReadEveryField();
    void evaluationsAreWrittenAsTheCommandLinePrintsThem();
};

void TestFlagsJson::readsARealisticExport()
{
    const std::string text = realisticExport();
    QVERIFY(!text.empty());
    const FlagsRead read = readClientFeatures(text);
    QVERIFY2(read.flags, read.error.c_str());
    QVERIFY2(read.warnings.empty(), read.warnings.empty() ? "" : read.warnings[0].c_str());
    const FlagSet& set = *read.flags;
    QCOMPARE(set.version, 2);
    QCOMPARE(set.features.size(), std::size_t{5});
    QCOMPARE(set.segments.size(), std::size_t{2});

    const FeatureFlag& checkout = set.features[0];
    QCOMPARE(checkout.name, std::string("checkout.new-flow"));
    QCOMPARE(checkout.project, std::string("shop"));
    QVERIFY(checkout.enabled && checkout.impressionData && !checkout.stale);
    QCOMPARE(checkout.strategies.size(), std::size_t{2});
    const Strategy& rollout = checkout.strategies[0];
    QCOMPARE(rollout.name, std::string("flexibleRollout"));
    QVERIFY(rollout.known);
    QCOMPARE(std::string(parameter(rollout, "rollout")), std::string("35"));
    QCOMPARE(rollout.constraints.size(), std::size_t{2});
    QCOMPARE(rollout.constraints[0].op, Operator::In);
    QCOMPARE(rollout.constraints[0].values, (std::vector<std::string>{"production", "staging"}));
    QCOMPARE(rollout.constraints[1].op, Operator::SemverGt);
    QCOMPARE(rollout.constraints[1].value, std::string("2.4.0"));
    QCOMPARE(rollout.segments, std::vector<int>{1});
    QCOMPARE(rollout.variants.size(), std::size_t{2});
    QVERIFY(rollout.variants[1].payload);
    QCOMPARE(rollout.variants[1].payload->type, std::string("json"));
    const std::string jsonPayload = R"({"color": "#00a000", "size": 2})";
    QCOMPARE(rollout.variants[1].payload->value, jsonPayload);
    QCOMPARE(checkout.variants[0].overrides.size(), std::size_t{1});
    QCOMPARE(checkout.variants[0].overrides[0].values, std::vector<std::string>{"qa-1"});
    QCOMPARE(checkout.variants[1].weightType, std::string("fix"));
    QCOMPARE(checkout.variants[1].payload->value, std::string("a,b,c"));

    const FeatureFlag& express = set.features[1];
    QCOMPARE(express.description, std::string());  // null
    QCOMPARE(express.strategies[0].constraints[0].op, Operator::DateAfter);
    QVERIFY(express.strategies[0].constraints[1].caseInsensitive);
    QVERIFY(express.strategies[0].constraints[2].inverted);
    QCOMPARE(express.strategies[0].constraints[2].value, std::string("49.5"));
    QCOMPARE(express.dependencies.size(), std::size_t{1});
    QCOMPARE(express.dependencies[0].feature, std::string("checkout.new-flow"));
    QCOMPARE(express.dependencies[0].variants, std::vector<std::string>{"blue-button"});

    const FeatureFlag& tools = set.features[2];
    QCOMPARE(tools.project, std::string("default"));  // absent: Unleash's default
    QVERIFY(tools.strategies[1].disabled);
    QVERIFY(!tools.dependencies[0].enabled);

    QCOMPARE(set.segments[1].id, 2);
    QCOMPARE(set.segments[1].constraints[1].op, Operator::NumGt);
}

void TestFlagsJson::readsSluiceAdditions()
{
    const FlagsRead read = readClientFeatures(realisticExport());
    QVERIFY2(read.flags, read.error.c_str());
    const FeatureFlag& strict = read.flags->features[3];
    QVERIFY(!strict.killed);
    QCOMPARE(strict.schedule.size(), std::size_t{2});
    QCOMPARE(strict.schedule[0].at, kJanFourth);
    QVERIFY(strict.schedule[0].enable);
    QCOMPARE(strict.schedule[1].at, kJanFourth + 4 * kNsPerDay + 12 * kNsPerHour + 30 * kNsPerMin + 250 * kNsPerMs);
    QVERIFY(!strict.schedule[1].enable);
    QVERIFY(strict.plan);
    QCOMPARE(strict.plan->stepPercent, 10);
    QCOMPARE(strict.plan->stepEvery, kNsPerHour);
    QCOMPARE(strict.plan->targetPercent, 80);
    QCOMPARE(strict.plan->nextStepAt, kJanFourth + kNsPerHour);
    QCOMPARE(strict.plan->haltOn, (std::vector<std::string>{"spike", "error_rate"}));
    QCOMPARE(strict.effect.kind, EffectKind::RoutePolicy);
    QCOMPARE(strict.effect.target, std::string("strict"));

    const FeatureFlag& vip = read.flags->features[4];
    QVERIFY(vip.killed);
    QVERIFY(!vip.plan);
    QCOMPARE(vip.effect.kind, EffectKind::VipTier);
    QCOMPARE(read.flags->features[0].effect.kind, EffectKind::None);  // no "sluice": none of the additions

    // A schedule is kept sorted by its instants, whatever order the file lists them in.
    const FlagsRead unsorted = readClientFeatures(feature(
        R"({"name": "b", "sluice": {"schedule": [{"at": "2027-01-05T00:00:00Z"}, {"at": "2027-01-04T06:00:00+00:00", "enable": false}]}})"));
    QVERIFY2(unsorted.flags, unsorted.error.c_str());
    QCOMPARE(unsorted.flags->features[1].schedule[0].at, kJanFourth);
    QVERIFY(!unsorted.flags->features[1].schedule[0].enable);
    QVERIFY(unsorted.flags->features[1].schedule[1].enable);  // "enable" defaults to true
}

void TestFlagsJson::roundTripIsExact()
{
    const FlagsRead first = readClientFeatures(realisticExport());
    QVERIFY2(first.flags, first.error.c_str());
    const std::string written = writeClientFeatures(*first.flags);
    const FlagsRead second = readClientFeatures(written);
    QVERIFY2(second.flags, second.error.c_str());
    QCOMPARE(writeClientFeatures(*second.flags), written);
    // Everything a reader sees survived, not only what the writer writes: spot checks on the second reading.
    QCOMPARE(std::string(parameter(second.flags->features[1].strategies[0], "percentage")), std::string("20"));
    QCOMPARE(second.flags->features[3].plan->haltOn, first.flags->features[3].plan->haltOn);
    QCOMPARE(second.flags->features[0].variants[1].payload->type, std::string("csv"));
    QVERIFY(!second.flags->features[0].variants[0].payload);

    // What an Unleash client needs is plain Unleash: no "sluice" key on flags without additions.
    QVERIFY(written.find("\"sluice\"") != std::string::npos);
    const FlagsRead plain = readClientFeatures(feature(R"({"name": "b"})"));
    QVERIFY(writeClientFeatures(*plain.flags).find("sluice") == std::string::npos);
}

void TestFlagsJson::sluiceAdditionsRoundTripToTheNanosecond()
{
    const FlagSet set = everySluiceAddition();
    const std::string written = writeClientFeatures(set);
    const FlagsRead read = readClientFeatures(written);
    QVERIFY2(read.flags, read.error.c_str());
    QCOMPARE(writeClientFeatures(*read.flags), written);
    const FeatureFlag& f = read.flags->features[0];
    QVERIFY(f.killed);
    QCOMPARE(f.schedule[1].at, set.features[0].schedule[1].at);
    QCOMPARE(f.plan->stepEvery, 90 * kNsPerSec);
    QCOMPARE(f.plan->nextStepAt, kJanFourth + kNsPerMin);
    QCOMPARE(f.plan->haltedAt, kJanFourth + 3);
    QVERIFY(f.plan->paused && f.plan->halted);
    QCOMPARE(f.plan->haltedBy, std::string("alert 12 (spike on requests)"));
    QCOMPARE(f.effect.kind, EffectKind::VipTier);
    QCOMPARE(f.strategies[0].constraints[0].op, Operator::NotIn);
    QCOMPARE(f.strategies[0].constraints[0].operatorName, std::string("NOT_IN"));
    QCOMPARE(read.flags->segments[0].id, 7);

    QCOMPARE(instantText(kJanFourth), std::string("2027-01-04T06:00:00Z"));
    QCOMPARE(instantText(kJanFourth + 250 * kNsPerMs), std::string("2027-01-04T06:00:00.250Z"));
    QCOMPARE(instantText(kJanFourth + 17), std::string("2027-01-04T06:00:00.000000017Z"));
    QCOMPARE(readInstantText("2027-01-04T08:00:00+02:00"), std::optional<TimeNs>(kJanFourth));
    // Offsets that carry an instant out of the years the writer can write again are refused.
    QVERIFY(!readInstantText("2200-12-31T23:30:00-01:00"));
    QVERIFY(!readInstantText("1970-01-01T00:30:00+01:00"));
    QVERIFY(readInstantText("2200-12-31T23:30:00Z"));
}

void TestFlagsJson::parameterValuesMayBeNumbersAndKeepFileOrder()
{
    const FlagsRead read = readClientFeatures(strategyFile(
        R"({"name": "flexibleRollout", "parameters": {"stickiness": "sessionId", "rollout": 50, "groupId": "g", "weight": 2.5}})"));
    QVERIFY2(read.flags, read.error.c_str());
    const Strategy& s = read.flags->features[1].strategies[0];
    const std::vector<std::pair<std::string, std::string>> expected{
        {"stickiness", "sessionId"}, {"rollout", "50"}, {"groupId", "g"}, {"weight", "2.5"}};
    QCOMPARE(s.parameters, expected);
    const std::string written = writeClientFeatures(*read.flags);
    const std::string asUnleashWritesIt = R"("rollout": "50")";
    QVERIFY2(written.find(asUnleashWritesIt) != std::string::npos, written.c_str());
    QVERIFY(written.find("stickiness") < written.find("rollout"));

    // Constraint values too.
    const FlagsRead values = readClientFeatures(strategyFile(
        R"({"name": "default", "constraints": [{"contextName": "seats", "operator": "IN", "values": [10, "20"]}, {"contextName": "seats", "operator": "NUM_LT", "value": 5}]})"));
    QVERIFY2(values.flags, values.error.c_str());
    QCOMPARE(values.flags->features[1].strategies[0].constraints[0].values, (std::vector<std::string>{"10", "20"}));
    QCOMPARE(values.flags->features[1].strategies[0].constraints[1].value, std::string("5"));
}

void TestFlagsJson::unknownStrategiesAndOperatorsWarnAndStayInTheFile()
{
    const FlagsRead read = readClientFeatures(strategyFile(
        R"({"name": "default"}, {"name": "myCompanyStrategy", "parameters": {"x": "1"}, "constraints": [{"contextName": "userId", "operator": "REGEX_MATCH", "values": ["^a"]}]})"));
    QVERIFY2(read.flags, read.error.c_str());
    QCOMPARE(read.warnings.size(), std::size_t{2});
    QCOMPARE(read.warnings[0],
             std::string("features[1].strategies[1].name: unknown strategy 'myCompanyStrategy'; it never enables the "
                         "feature"));
    QCOMPARE(read.warnings[1], std::string("features[1].strategies[1].constraints[0].operator: unknown operator "
                                           "'REGEX_MATCH'; the constraint never holds"));
    const Strategy& s = read.flags->features[1].strategies[1];
    QVERIFY(!s.known);
    QVERIFY(read.flags->features[1].strategies[0].known);
    QCOMPARE(s.constraints[0].op, Operator::Unknown);
    // Exported unchanged, so a file passes through Sluice without losing what Sluice does not understand.
    const std::string written = writeClientFeatures(*read.flags);
    const std::string strategyName = R"("name": "myCompanyStrategy")";
    const std::string operatorName = R"("operator": "REGEX_MATCH")";
    QVERIFY(written.find(strategyName) != std::string::npos);
    QVERIFY(written.find(operatorName) != std::string::npos);
}

void TestFlagsJson::referencesToNothingWarn()
{
    const FlagsRead read = readClientFeatures(
        R"({"features": [{"name": "a", "strategies": [{"name": "default", "segments": [1, 9]}],
             "dependencies": [{"feature": "gone"}]}], "segments": [{"id": 1, "constraints": []}]})");
    QVERIFY2(read.flags, read.error.c_str());
    QCOMPARE(read.warnings,
             (std::vector<std::string>{
                 "features[0].strategies[0].segments[1]: no segment with id 9; the strategy never matches",
                 "features[0].dependencies[0].feature: no feature named 'gone'; the dependency never "
                 "holds"}));
}

void TestFlagsJson::unknownKeysAndNullsAreIgnored()
{
    const FlagsRead read = readClientFeatures(
        R"({"version": 1, "query": {"project": ["x"]}, "meta": {"etag": "\"76d8bb0e:2841\""}, "features": [
             {"name": "a", "description": null, "type": null, "createdAt": "2024-01-01T00:00:00.000Z",
              "strategies": [{"id": "f0e1", "name": "default", "title": null, "parameters": {"groupId": null},
                              "sortOrder": 0}],
              "variants": null, "dependencies": null, "sluice": {"future": 1}}]})");
    QVERIFY2(read.flags, read.error.c_str());
    QVERIFY(read.warnings.empty());
    QCOMPARE(read.flags->version, 1);
    const FeatureFlag& f = read.flags->features[0];
    QCOMPARE(f.type, std::string("release"));
    QVERIFY(f.strategies[0].parameters.empty());
    QVERIFY(f.variants.empty());
    QVERIFY(!f.killed);
    QVERIFY(read.flags->segments.empty());
}

void TestFlagsJson::malformedFilesNameTheJsonPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const auto row = [](const char* name, const std::string& text, const char* error) {
        QTest::newRow(name) << QString::fromStdString(text) << QString::fromUtf8(error);
    };
    row("rollout not a number",
        R"({"features": [{"name": "a"}, {"name": "b"}, {"name": "c", "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": "half"}}]}]})",
        "features[2].strategies[0].parameters.rollout: expected a whole percentage from 0 to 100, not 'half'");
    row("rollout above 100", strategyFile(R"({"name": "flexibleRollout", "parameters": {"rollout": 150}})"),
        "features[1].strategies[0].parameters.rollout: expected a whole percentage from 0 to 100, not '150'");
    row("percentage negative", strategyFile(R"({"name": "gradualRolloutRandom", "parameters": {"percentage": "-1"}})"),
        "features[1].strategies[0].parameters.percentage: expected a whole percentage from 0 to 100, not '-1'");
    row("parameter an object", strategyFile(R"({"name": "default", "parameters": {"x": {}}})"),
        "features[1].strategies[0].parameters.x: expected a string or a number");
    row("operator not a string",
        strategyFile(
            R"({"name": "default", "constraints": [{"contextName": "a", "operator": "IN"}, {"contextName": "a", "operator": 3}]})"),
        "features[1].strategies[0].constraints[1].operator: expected a string");
    row("constraint without contextName", strategyFile(R"({"name": "default", "constraints": [{"operator": "IN"}]})"),
        "features[1].strategies[0].constraints[0].contextName: missing");
    row("values not an array",
        strategyFile(R"({"name": "default", "constraints": [{"contextName": "a", "operator": "IN", "values": "x"}]})"),
        "features[1].strategies[0].constraints[0].values: expected an array");
    row("enabled a string", feature(R"({"name": "b", "enabled": "yes"})"),
        "features[1].enabled: expected true or false");
    row("feature without name", feature(R"({"enabled": true})"), "features[1].name: missing");
    row("empty name", feature(R"({"name": ""})"), "features[1].name: expected a name of 1 to 255 bytes");
    row("long name", feature(R"({"name": ")" + std::string(256, 'n') + "\"}"),
        "features[1].name: expected a name of 1 to 255 bytes");
    row("same name twice", feature(R"({"name": "a"})"), "features[1].name: a second feature named 'a'");
    row("feature not an object", feature("[]"), "features[1]: expected an object");
    row("strategies an object", feature(R"({"name": "b", "strategies": {}})"),
        "features[1].strategies: expected an array");
    row("variant weight text", feature(R"({"name": "b", "variants": [{"name": "x", "weight": "50"}]})"),
        "features[1].variants[0].weight: expected a whole number from 0 to 1000000");
    row("payload not an object", feature(R"({"name": "b", "variants": [{"name": "x", "payload": "p"}]})"),
        "features[1].variants[0].payload: expected an object");
    row("override without values array",
        feature(R"({"name": "b", "variants": [{"name": "x", "overrides": [{"contextName": "userId", "values": 1}]}]})"),
        "features[1].variants[0].overrides[0].values: expected an array");
    row("dependency without feature", feature(R"({"name": "b", "dependencies": [{"enabled": true}]})"),
        "features[1].dependencies[0].feature: missing");
    row("segment id text", R"({"features": [], "segments": [{"id": "1"}]})",
        "segments[0].id: expected a whole number from 0 to 2147483647");
    row("segment id twice", R"({"features": [], "segments": [{"id": 1}, {"id": 1}]})",
        "segments[1].id: a second segment with id 1");
    row("strategy segment text", strategyFile(R"({"name": "default", "segments": ["1"]})"),
        "features[1].strategies[0].segments[0]: expected a whole number from 0 to 2147483647");
    row("schedule instant", feature(R"({"name": "b", "sluice": {"schedule": [{"at": "tomorrow"}]}})"),
        "features[1].sluice.schedule[0].at: expected an RFC 3339 instant such as 2026-12-05T17:00:00Z, not 'tomorrow'");
    row("schedule without at", feature(R"({"name": "b", "sluice": {"schedule": [{"enable": true}]}})"),
        "features[1].sluice.schedule[0].at: missing");
    row("plan step zero", feature(R"({"name": "b", "sluice": {"plan": {"stepPercent": 0}}})"),
        "features[1].sluice.plan.stepPercent: expected a whole number from 1 to 100");
    row("plan target over", feature(R"({"name": "b", "sluice": {"plan": {"targetPercent": 101}}})"),
        "features[1].sluice.plan.targetPercent: expected a whole number from 0 to 100");
    row("plan interval zero", feature(R"({"name": "b", "sluice": {"plan": {"stepEverySeconds": 0}}})"),
        "features[1].sluice.plan.stepEverySeconds: expected a whole number from 1 to 31622400");
    row("effect kind", feature(R"({"name": "b", "sluice": {"effect": {"kind": "route"}}})"),
        "features[1].sluice.effect.kind: expected none, feature, routePolicy or vipTier");
    row("killed text", feature(R"({"name": "b", "sluice": {"killed": "no"}})"),
        "features[1].sluice.killed: expected true or false");
    row("no features", R"({"version": 2})", "features: missing");
    row("not an object", "[1, 2]", "expected an object");
    row("version text", R"({"version": "2", "features": []})", "version: expected a whole number from 0 to 1000");
    row("control character in a name", feature(R"({"name": "b\u001b[31m"})"), "features[1].name: ");
    row("syntax", "{\"features\": [\n  {\"name\": \"a\",}\n]}", "line 2, column ");
    row("too deep", feature(R"({"name": "b", "x": )" + std::string(70, '[') + std::string(70, ']') + "}"),
        "nested deeper than 64 levels");
    row("number out of range", feature(R"({"name": "b", "variants": [{"name": "x", "weight": 1e999}]})"),
        "features[1].variants[0].weight: number out of range");
}

void TestFlagsJson::malformedFilesNameTheJsonPath()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const FlagsRead read = readClientFeatures(text.toStdString());
    QVERIFY(!read.flags);
    QVERIFY2(QString::fromStdString(read.error).startsWith(error) ||
                 (!error.startsWith(QStringLiteral("features")) && QString::fromStdString(read.error).contains(error)),
             qPrintable(QString::fromStdString(read.error)));
}

void TestFlagsJson::limitsAreEnforced()
{
    std::string many = R"({"features": [)";
    for (int i = 0; i <= 10'000; ++i) {
        many.append(i == 0 ? "" : ",").append(R"({"name": "f)").append(std::to_string(i)).append("\"}");
    }
    many += "]}";
    const FlagsRead tooMany = readClientFeatures(many);
    QVERIFY(!tooMany.flags);
    QCOMPARE(tooMany.error, std::string("features: more than 10000 features"));

    const FlagsRead tooLarge = readClientFeatures(std::string(10 * 1024 * 1024 + 1, ' '));
    QVERIFY(!tooLarge.flags);
    QVERIFY2(tooLarge.error.find("larger than 10 MiB") != std::string::npos, tooLarge.error.c_str());
}

void TestFlagsJson::oneFeatureAndOneSegment()
{
    const FlagSet set = everySluiceAddition();
    const std::string one = writeFeature(set.features[0]);
    QVERIFY(one.find('\n') == std::string::npos);  // one row of the database
    const FlagRead read = readFeature(one);
    QVERIFY2(read.flag, read.error.c_str());
    QCOMPARE(writeFeature(*read.flag), one);

    const FlagRead bad =
        readFeature(R"({"name": "a", "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": "x"}}]})");
    QVERIFY(!bad.flag);
    QCOMPARE(
        bad.error,
        std::string("feature.strategies[0].parameters.rollout: expected a whole percentage from 0 to 100, not 'x'"));
    const FlagRead odd = readFeature(R"({"name": "a", "strategies": [{"name": "custom"}]})");
    QVERIFY(odd.flag);
    QCOMPARE(odd.warnings, std::vector<std::string>{
                               "feature.strategies[0].name: unknown strategy 'custom'; it never enables the feature"});

    const std::string segmentText = writeSegment(set.segments[0]);
    std::string error;
    const auto segment = readSegment(segmentText, error);
    QVERIFY2(segment, error.c_str());
    QCOMPARE(writeSegment(*segment), segmentText);
    QCOMPARE(segment->name, std::string("eu"));
    const std::string withoutId = R"({"name": "x"})";
    QVERIFY(!readSegment(withoutId, error));
    QCOMPARE(error, std::string("segment.id: missing"));
}

void TestFlagsJson::contextsAndCasesNameTheirPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isCase");
    QTest::addColumn<QString>("error");
    QTest::newRow("typo") << QString::fromUtf8(R"({"userid": "1"})") << false
                          << QStringLiteral("context.userid: unknown field");
    QTest::newRow("time") << QString::fromUtf8(R"({"currentTime": "noon"})") << false
                          << QStringLiteral("context.currentTime: expected an RFC 3339 instant");
    QTest::newRow("properties") << QString::fromUtf8(R"({"properties": [1]})") << false
                                << QStringLiteral("context.properties: expected an object");
    QTest::newRow("property value") << QString::fromUtf8(R"({"properties": {"plan": {}}})") << false
                                    << QStringLiteral("context.properties.plan: expected a string");
    QTest::newRow("not json") << QStringLiteral("{userId: 1}") << false << QStringLiteral("not valid JSON");
    QTest::newRow("case without toggle") << QString::fromUtf8(R"({"context": {}})") << true
                                         << QStringLiteral("toggle: missing");
    QTest::newRow("case context") << QString::fromUtf8(R"({"toggle": "a", "context": {"sessionId": true}})") << true
                                  << QStringLiteral("context.sessionId: expected a string");
}

void TestFlagsJson::contextsAndCasesNameTheirPath()
{
    QFETCH(QString, text);
    QFETCH(bool, isCase);
    QFETCH(QString, error);
    std::string problem;
    const bool read = isCase ? readFlagCase(text.toStdString(), problem).has_value()
                             : readFlagContext(text.toStdString(), problem).has_value();
    QVERIFY(!read);
    QVERIFY2(QString::fromStdString(problem).startsWith(error) || QString::fromStdString(problem).contains(error),
             problem.c_str());
}

void TestFlagsJson::contextsReadEveryField()
{
    std::string error;
    const auto c = readFlagCase(
        R"({"toggle": "checkout", "context": {"userId": "42", "sessionId": "s-1", "remoteAddress": "10.1.2.3",
            "environment": "production", "appName": "shop", "currentTime": "2027-01-04T06:00:00Z",
            "properties": {"plan": "pro", "seats": 12}}})",
        error);
    QVERIFY2(c, error.c_str());
    QCOMPARE(c->toggle, std::string("checkout"));
    const FlagContext view = c->context.view();
    QCOMPARE(view.userId, std::string_view("42"));
    QCOMPARE(view.sessionId, std::string_view("s-1"));
    QCOMPARE(view.remoteAddress, std::string_view("10.1.2.3"));
    QCOMPARE(view.environment, std::string_view("production"));
    QCOMPARE(view.appName, std::string_view("shop"));
    QCOMPARE(view.currentTime, std::optional<TimeNs>(kJanFourth));
    QCOMPARE(view.properties.size(), std::size_t{2});
    QCOMPARE(view.properties[1].second, std::string_view("12"));
    const auto empty = readFlagContext("{}", error);
    QVERIFY(empty);
    QCOMPARE(empty->view().environment, std::string_view("default"));  // Unleash's default environment
    QVERIFY(!empty->view().currentTime);
}

void TestFlagsJson::evaluationsAreWrittenAsTheCommandLinePrintsThem()
{
    Evaluation off;
    const std::string offLine =
        R"({"enabled":false,"variant":{"name":"disabled","enabled":false,"feature_enabled":false}})";
    QCOMPARE(writeEvaluation(off), offLine);
    const Payload payload{"json", R"({"a": 1})"};
    Evaluation on;
    on.enabled = true;
    on.found = true;
    on.variant = VariantResult{"blue", true, true, &payload};
    const std::string onLine = R"({"enabled":true,"variant":{"name":"blue","enabled":true,"feature_enabled":true,)"
                               R"("payload":{"type":"json","value":"{\"a\": 1}"}}})";
    QCOMPARE(writeEvaluation(on), onLine);
}

QTEST_APPLESS_MAIN(TestFlagsJson)
#include "tst_flags_json.moc"
