// SPDX-License-Identifier: Apache-2.0
#include "sim/ScenarioLoader.h"

#include "core/InputFile.h"
#include "sim/PeakRate.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <numeric>

using namespace sluice::engine;
using namespace sluice::engine::sim;

namespace {

// A valid scenario with one population; the malformed rows below each break one thing in it.
const char* const kMinimal = R"({"populations": [{"class": "normal", "keys": 10, "rate_per_key": 1}]})";

std::string parseError(const std::string& text, const std::string& file = "bad.json")
{
    Scenario s;
    std::string error;
    if (parseScenario(text, file, s, error)) {
        return "(parsed without error)";
    }
    return error;
}

// Appended piece by piece: GCC 12 warns wrongly (-Wrestrict) about "literal" + std::string.
std::string cat(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (const std::string_view part : parts) {
        out += part;
    }
    return out;
}

std::string deepObjects(int levels)
{
    std::string text;
    for (int i = 0; i < levels; ++i) {
        text += R"({"a":)";
    }
    return cat({text, "1", std::string(static_cast<std::size_t>(levels), '}')});
}

// `count` populations of one key each, prefixes p0-, p1-, ...; `last` replaces the last one's prefix.
std::string manyPopulations(std::size_t count, const std::string& last = "")
{
    std::string text = R"({"populations": [)";
    for (std::size_t i = 0; i < count; ++i) {
        const std::string prefix = i + 1 == count && !last.empty() ? last : cat({"p", std::to_string(i), "-"});
        text += cat(
            {i == 0 ? "" : ",", R"({"class": "heavy", "keys": 1, "rate_per_key": 1, "key_prefix": ")", prefix, "\"}"});
    }
    return text + "]}";
}

}  // namespace

class TestScenarioLoader final : public QObject {
    Q_OBJECT

private slots:
    void everyBuiltinParses();
    void builtinsAreEmbedded();
    void normalDayHasAHundredThousandKeys();
    void defaults();
    void diurnalShorthandPeaksAtItsHour();
    void malformedScenariosNameFileFieldAndProblem_data();
    void malformedScenariosNameFileFieldAndProblem();
    void aFileErrorNamesThePath();
    void anUnknownNameListsTheBuiltins();
    void theEngineSectionIsApplied();
    void populationFieldsAreRead();
    void hostileDocumentsNameFileAndPath_data();
    void hostileDocumentsNameFileAndPath();
    void aFileLargerThanTheLimitIsRefused();
    void anEndlessDeviceIsRefusedAtTheLimit();
    void aDirectoryIsRefused();
    void fortyThousandPopulationsPass();
    void aCollisionIsFoundAmongFortyThousand();
    void absurdRatesAreRefused_data();
    void absurdRatesAreRefused();
    void builtinsStayWellUnderTheRateLimit();
};

void TestScenarioLoader::everyBuiltinParses()
{
    const std::vector<std::string> names = builtinScenarioNames();
    for (const char* expected : {"normal-day", "flash-crowd", "credential-stuffing", "slow-scraper", "ddos-wave"}) {
        QVERIFY2(std::find(names.begin(), names.end(), expected) != names.end(), expected);
    }
    for (const std::string& name : names) {
        Scenario s;
        std::string error;
        QVERIFY2(loadScenario(name, s, error), error.c_str());
        QCOMPARE(s.name, name);
        QVERIFY(!s.description.empty());
        QVERIFY(!s.populations.empty());
        QVERIFY2(!s.engineJson.empty(), name.c_str());
        EngineConfig config;
        const auto applied = applyEngineConfig(s, config);
        QVERIFY2(!applied, applied ? applied->c_str() : "");
    }
}

void TestScenarioLoader::builtinsAreEmbedded()
{
    // builtinScenario() reads the copy compiled into the library, not resources/ at run time.
    const auto s = builtinScenario("normal-day");
    QVERIFY(s.has_value());
    QCOMPARE(s->name, std::string("normal-day"));
    QVERIFY(!builtinScenario("no-such-scenario").has_value());
}

void TestScenarioLoader::normalDayHasAHundredThousandKeys()
{
    const Scenario s = *builtinScenario("normal-day");
    std::uint64_t keys = 0;
    std::array<int, kTrafficClassCount> populations{};
    for (const Population& p : s.populations) {
        keys += p.keys;
        ++populations[static_cast<int>(p.trafficClass)];
    }
    QCOMPARE(keys, std::uint64_t{100000});
    QCOMPARE(populations[static_cast<int>(TrafficClass::Scraper)], 1);
    QVERIFY(populations[static_cast<int>(TrafficClass::Abusive)] >= 1);
    QVERIFY(populations[static_cast<int>(TrafficClass::Heavy)] >= 1);
    QVERIFY(populations[static_cast<int>(TrafficClass::Bursty)] >= 1);
    QCOMPARE(s.durationS, std::int64_t{86400});
    const auto [lo, hi] = std::minmax_element(s.diurnal.begin(), s.diurnal.end());
    QVERIFY(*lo < 0.5 && *hi == 1.0);
}

void TestScenarioLoader::defaults()
{
    Scenario s;
    std::string error;
    QVERIFY2(parseScenario(kMinimal, "dir/tiny.json", s, error), error.c_str());
    QCOMPARE(s.name, std::string("tiny"));
    QCOMPARE(s.startUnixS, kDefaultStartUnixS);
    QCOMPARE((s.startUnixS / 86400 + 3) % 7, std::int64_t{0});  // 1970-01-01 was a Thursday: 0 is a Monday
    QCOMPARE(s.startUnixS % 86400, std::int64_t{0});
    QCOMPARE(s.durationS, std::int64_t{3600});
    QCOMPARE(s.seed, std::uint64_t{1});
    QVERIFY(s.engineJson.empty());
    QVERIFY(std::all_of(s.diurnal.begin(), s.diurnal.end(), [](double f) { return f == 1.0; }));
    const Population& p = s.populations.at(0);
    QCOMPARE(p.keyPrefix, std::string("normal-"));
    QVERIFY(p.followsDiurnal);
    QCOMPARE(p.shape.routes.at(0).name, std::string("/"));
    QCOMPARE(p.shape.countries.at(0).name, std::string("US"));
}

void TestScenarioLoader::diurnalShorthandPeaksAtItsHour()
{
    Scenario s;
    std::string error;
    const std::string text = R"({"diurnal": {"peak_hour": 14, "trough_factor": 0.2},
        "populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}]})";
    QVERIFY2(parseScenario(text, "d.json", s, error), error.c_str());
    const auto peak = std::max_element(s.diurnal.begin(), s.diurnal.end()) - s.diurnal.begin();
    const auto trough = std::min_element(s.diurnal.begin(), s.diurnal.end()) - s.diurnal.begin();
    QVERIFY(peak == 13 || peak == 14);  // the peak falls between the middles of hours 13 and 14
    QVERIFY(trough == 1 || trough == 2);
    QVERIFY(s.diurnal[14] > 0.99);
    QVERIFY(s.diurnal[2] < 0.21 && s.diurnal[2] >= 0.2);
}

void TestScenarioLoader::malformedScenariosNameFileFieldAndProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* text, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("syntax error", R"({"populations": [)", "bad.json: not valid JSON (");
    row("not an object", R"([1, 2])", "bad.json: expected an object");
    row("unknown field", R"({"popluations": []})", "bad.json: popluations: unknown field");
    row("unknown population field",
        R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1, "rate": 2}]})",
        "bad.json: populations[0].rate: unknown field");
    row("wrong type", R"({"populations": [{"class": "normal", "keys": "100", "rate_per_key": 1}]})",
        "bad.json: populations[0].keys: expected a number");
    row("fractional keys", R"({"populations": [{"class": "normal", "keys": 1.5, "rate_per_key": 1}]})",
        "bad.json: populations[0].keys: expected a whole number");
    row("rate out of range", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 0}]})",
        "bad.json: populations[0].rate_per_key: must be between 0.000001 and 100000");
    row("unknown class",
        R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}, {"class": "hacker", "keys": 1,
            "rate_per_key": 1}]})",
        "bad.json: populations[1].class: expected one of normal, bursty, heavy, abusive, credential_stuffing, scraper");
    row("ddos is not a population class", R"({"populations": [{"class": "ddos", "keys": 1, "rate_per_key": 1}]})",
        "bad.json: populations[0].class: expected one of");
    row("empty populations", R"({"populations": []})", "bad.json: populations: expected a non-empty array");
    row("missing populations", R"({"name": "x"})", "bad.json: populations: missing");
    row("missing keys", R"({"populations": [{"class": "normal", "rate_per_key": 1}]})",
        "bad.json: populations[0].keys: missing");
    row("unknown distribution",
        R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": {"distribution": "zipf"}}]})",
        "bad.json: populations[0].rate_per_key.distribution: expected one of constant, uniform, lognormal");
    row("lognormal sigma", R"({"populations": [{"class": "normal", "keys": 1,
            "rate_per_key": {"distribution": "lognormal", "mean": 1, "sigma": 9}}]})",
        "bad.json: populations[0].rate_per_key.sigma: must be between 0 and 4");
    row("country code", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1,
            "countries": {"US": 1, "usa": 2}}]})",
        "bad.json: populations[0].countries[\"usa\"]: expected an ISO 3166 alpha-2 country code");
    row("route weight", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1,
            "routes": {"/a": "heavy"}}]})",
        "bad.json: populations[0].routes[\"/a\"]: expected a number");
    row("ip prefix", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1,
            "ip_pool": {"prefix": "10.0.0", "size": 4}}]})",
        "bad.json: populations[0].ip_pool.prefix: expected an IPv4 address");
    row("ip pool past the end", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1,
            "ip_pool": {"prefix": "255.255.255.0", "size": 1000}}]})",
        "bad.json: populations[0].ip_pool.size: must be between 1 and 256");
    row("class-specific field", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1,
            "ramp": {"factor": 2}}]})",
        "bad.json: populations[0].ramp: only a scraper population has this field");
    row("burst field", R"({"populations": [{"class": "bursty", "keys": 1, "rate_per_key": 1,
            "burst": {"on_s": 0, "off_s": 5}}]})",
        "bad.json: populations[0].burst.on_s: must be between 0.001 and 86400");
    row("colliding key prefixes", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1,
            "key_prefix": "u"}, {"class": "heavy", "keys": 1, "rate_per_key": 1, "key_prefix": "u1"}]})",
        "bad.json: populations[1].key_prefix: keys could collide with those of populations[0] (key_prefix \"u\")");
    row("diurnal length", R"({"diurnal": [1, 1, 1], "populations": [{"class": "normal", "keys": 1,
            "rate_per_key": 1}]})",
        "bad.json: diurnal: expected 24 hourly factors, found 3");
    row("flash factor", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}],
            "events": [{"type": "flash_crowd", "at_s": 10, "duration_s": 5, "factor": 500}]})",
        "bad.json: events[0].factor: must be between 1 and 100");
    row("event type", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}],
            "events": [{"type": "earthquake", "at_s": 10}]})",
        "bad.json: events[0].type: expected flash_crowd or ddos_wave");
    row("event after the end", R"({"duration_s": 60, "populations": [{"class": "normal", "keys": 1,
            "rate_per_key": 1}], "events": [{"type": "flash_crowd", "at_s": 60, "duration_s": 5, "factor": 2}]})",
        "bad.json: events[0].at_s: starts after the scenario ends (duration_s is 60)");
    row("ddos without keys", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}],
            "events": [{"type": "ddos_wave", "at_s": 10, "duration_s": 5, "rate_per_key": 5}]})",
        "bad.json: events[0].keys: missing");
    row("backend", R"({"backend": {"capacity_rps": -1}, "populations": [{"class": "normal", "keys": 1,
            "rate_per_key": 1}]})",
        "bad.json: backend.capacity_rps: must be between 1 and 1000000000");
    row("engine field", R"({"engine": {"policies": [{"limit": 0}]}, "populations": [{"class": "normal",
            "keys": 1, "rate_per_key": 1}]})",
        "bad.json: engine.policies[0].limit: must be between 1");
    row("engine unknown field", R"({"engine": {"polices": []}, "populations": [{"class": "normal", "keys": 1,
            "rate_per_key": 1}]})",
        "bad.json: engine.polices: unknown field");
    row("equal key prefixes", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1},
            {"class": "normal", "keys": 1, "rate_per_key": 1}]})",
        "bad.json: populations[1].key_prefix: keys could collide with those of populations[0] (key_prefix "
        "\"normal-\")");
    row("longer key prefix first", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1,
            "key_prefix": "u12"}, {"class": "heavy", "keys": 1, "rate_per_key": 1, "key_prefix": "u1"},
            {"class": "heavy", "keys": 1, "rate_per_key": 1, "key_prefix": "u"}]})",
        "bad.json: populations[0].key_prefix: keys could collide with those of populations[1] (key_prefix \"u1\")");
    row("wave prefix", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1, "key_prefix": "bot"}],
            "events": [{"type": "ddos_wave", "at_s": 1, "duration_s": 5, "keys": 5, "rate_per_key": 1,
            "key_prefix": "bot7"}]})",
        "bad.json: events[0].key_prefix: keys could collide with those of populations[0] (key_prefix \"bot\")");
    row("engine type", R"({"engine": "strict", "populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}]})",
        "bad.json: engine: expected an object");
}

void TestScenarioLoader::malformedScenariosNameFileFieldAndProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::string error = parseError(text.toStdString());
    QVERIFY2(
        error.rfind(expected.toStdString(), 0) == 0,
        qPrintable(QStringLiteral("got: %1\nexpected to start with: %2").arg(QString::fromStdString(error), expected)));
}

void TestScenarioLoader::aFileErrorNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("flash-crowd.json")).toStdString();
    {
        std::ofstream out(path);
        out << R"({"populations": [{"class": "normal", "keys": 5, "rate_per_key": 1}],
                   "events": [{"type": "flash_crowd", "at_s": 10, "duration_s": 5, "factor": 0.5}]})";
    }
    Scenario s;
    std::string error;
    QVERIFY(!loadScenario(path, s, error));
    QCOMPARE(error, path + ": events[0].factor: must be between 1 and 100");

    {
        std::ofstream out(path);
        out << kMinimal;
    }
    QVERIFY2(loadScenario(path, s, error), error.c_str());
    QCOMPARE(s.name, std::string("flash-crowd"));
    QCOMPARE(s.populations.at(0).keys, 10U);
}

void TestScenarioLoader::anUnknownNameListsTheBuiltins()
{
    Scenario s;
    std::string error;
    QVERIFY(!loadScenario("normal-dya", s, error));
    QVERIFY2(error.find("normal-dya") != std::string::npos, error.c_str());
    QVERIFY2(error.find("normal-day") != std::string::npos, error.c_str());
}

void TestScenarioLoader::theEngineSectionIsApplied()
{
    const Scenario s = *builtinScenario("normal-day");
    EngineConfig config;
    config.idleEviction = 2 * kNsPerHour;  // not in the section: must survive
    QVERIFY(!applyEngineConfig(s, config));
    QCOMPARE(config.policies.size(), std::size_t{3});
    QCOMPARE(config.policies[0].limit, 600U);
    QCOMPARE(config.policies[1].route, std::string("/login"));
    QCOMPARE(config.policies[1].limit, 20U);
    QCOMPARE(config.idleEviction, 2 * kNsPerHour);

    Scenario custom;
    std::string error;
    QVERIFY2(parseScenario(R"({"engine": {"throttle": {"sample_interval_s": 5}, "reputation": {"decay_factor": 0.5}},
                               "populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}]})",
                           "c.json", custom, error),
             error.c_str());
    EngineConfig c2;
    QVERIFY(!applyEngineConfig(custom, c2));
    QCOMPARE(c2.throttle.sampleInterval, 5 * kNsPerSec);
    QCOMPARE(c2.reputation.decayFactor, 0.5);
    QCOMPARE(c2.policies.size(), std::size_t{1});  // untouched: the section has no policies

    EngineConfig untouched;
    QVERIFY(!applyEngineConfig(Scenario{}, untouched));  // no section: nothing to do
}

void TestScenarioLoader::populationFieldsAreRead()
{
    Scenario s;
    std::string error;
    const std::string text = R"({"populations": [
        {"class": "bursty", "keys": 7, "key_prefix": "b-", "rate_per_key": {"distribution": "uniform", "min": 1,
         "max": 3}, "burst": {"on_s": 5, "off_s": 25}, "diurnal": false,
         "ip_pool": {"prefix": "192.168.1.0", "size": 16}},
        {"class": "credential_stuffing", "keys": 20, "rate_per_key": 2, "requests_per_key": 4},
        {"class": "scraper", "keys": 1, "rate_per_key": 0.5, "ramp": {"factor": 8, "over_s": 600}}],
        "events": [{"type": "ddos_wave", "at_s": 100, "duration_s": 30, "keys": 50, "rate_per_key": 4,
                    "key_prefix": "bot-"}]})";
    QVERIFY2(parseScenario(text, "p.json", s, error), error.c_str());
    const Population& b = s.populations.at(0);
    QCOMPARE(b.trafficClass, TrafficClass::Bursty);
    QCOMPARE(b.ratePerKey.kind, RateDistribution::Kind::Uniform);
    QCOMPARE(b.onS, 5.0);
    QCOMPARE(b.offS, 25.0);
    QVERIFY(!b.followsDiurnal);
    QCOMPARE(b.shape.ipPool.first, (192U << 24) | (168U << 16) | (1U << 8));
    QCOMPARE(b.shape.ipPool.size, 16U);
    QCOMPARE(s.populations.at(1).requestsPerKey, 4U);
    QVERIFY(!s.populations.at(1).followsDiurnal);
    QCOMPARE(s.populations.at(2).rampFactor, 8.0);
    QCOMPARE(s.populations.at(2).rampS, 600.0);
    QCOMPARE(s.ddosWaves.size(), std::size_t{1});
    QCOMPARE(s.ddosWaves[0].keys, 50U);
    QCOMPARE(s.ddosWaves[0].keyPrefix, std::string("bot-"));
}

void TestScenarioLoader::hostileDocumentsNameFileAndPath_data()
{
    QTest::addColumn<QByteArray>("text");  // bytes: a stray byte must reach the reader as it is
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    const auto row = [](const char* name, const std::string& text, const char* start, const char* end) {
        QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromUtf8(start) << QString::fromUtf8(end);
    };
    row("1e400 in a field", R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1e400}]})",
        "bad.json: populations[0].rate_per_key: number out of range (1e400)", "");
    row("1e400 in the engine section",
        R"({"engine": {"reputation": {"decay_factor": 1e400}}, "populations": [{"class": "normal", "keys": 1,
            "rate_per_key": 1}]})",
        "bad.json: engine.reputation.decay_factor: number out of range (1e400)", "");
    row("deep engine section",
        cat({R"({"engine": )", deepObjects(100000), R"(, "populations": [{"class": "normal", "keys": 1,
            "rate_per_key": 1}]})"}),
        "bad.json: engine.a.a.a.", ".a: nested deeper than 64 levels");
    row("deep policy burst", cat({R"({"engine": {"policies": [{"burst": )", deepObjects(100000), "}]}}"}),
        "bad.json: engine.policies[0].burst.a.a.", ".a: nested deeper than 64 levels");
    row("invalid UTF-8 in a string",
        "{\"populations\": [{\"class\": \"normal\", \"keys\": 1, \"rate_per_key\": 1,\n"
        "  \"key_prefix\": \"car\xff"
        "ol\"}]}",
        "bad.json: not valid JSON (line 2, column 21: syntax error while parsing value - invalid string: ill-formed "
        "UTF-8 byte",
        "");
}

void TestScenarioLoader::hostileDocumentsNameFileAndPath()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const QString error = QString::fromStdString(parseError(text.toStdString()));
    QVERIFY2(error.startsWith(start) && error.endsWith(end), qPrintable(error));
}

void TestScenarioLoader::aFileLargerThanTheLimitIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("huge.json")).toStdString();
    {
        // A valid scenario padded with spaces past the limit: only the size is wrong.
        std::ofstream out(path);
        out << kMinimal << std::string(kMaxScenarioBytes, ' ');
    }
    Scenario s;
    std::string error;
    QVERIFY(!loadScenario(path, s, error));
    QCOMPARE(error, cat({"Cannot read scenario file \"", path,
                         "\": it is larger than 4 MiB, the limit for a scenario file."}));
}

void TestScenarioLoader::anEndlessDeviceIsRefusedAtTheLimit()
{
    if (!QFile::exists(QStringLiteral("/dev/zero"))) {
        QSKIP("no /dev/zero here");
    }
    Scenario s;
    std::string error;
    QVERIFY(!loadScenario("/dev/zero", s, error));  // returns at all: reading stopped at the limit
    QCOMPARE(error,
             std::string("Cannot read scenario file \"/dev/zero\": it is larger than 4 MiB, the limit for a scenario "
                         "file."));
}

void TestScenarioLoader::aDirectoryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    Scenario s;
    std::string error;
    QVERIFY(!loadScenario(path, s, error));
    QCOMPARE(error, cat({"Cannot read scenario file \"", path, "\": it is a directory."}));
}

void TestScenarioLoader::fortyThousandPopulationsPass()
{
    // Every prefix ends in digits plus a dash, so each one has heads to look up; no pair collides.
    Scenario s;
    std::string error;
    QVERIFY2(parseScenario(manyPopulations(40000), "many.json", s, error), error.c_str());
    QCOMPARE(s.populations.size(), std::size_t{40000});
}

void TestScenarioLoader::aCollisionIsFoundAmongFortyThousand()
{
    // "p5-7" extends "p5-" by a digit: key p5-71 could come from either.
    QCOMPARE(parseError(manyPopulations(40000, "p5-7")),
             std::string("bad.json: populations[39999].key_prefix: keys could collide with those of populations[5] "
                         "(key_prefix \"p5-\")"));
}

void TestScenarioLoader::absurdRatesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* text, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("one population",
        R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1},
            {"class": "heavy", "keys": 1, "rate_per_key": 1},
            {"class": "heavy", "keys": 10000000, "rate_per_key": 100000, "key_prefix": "big-"}]})",
        "bad.json: populations[2]: asks for about 1.0e12 requests per simulated second; the limit is 10,000,000 "
        "(lower keys or rate_per_key)");
    row("flash crowds multiply",
        R"({"populations": [{"class": "normal", "keys": 100000, "rate_per_key": 10}],
            "events": [{"type": "flash_crowd", "at_s": 0, "duration_s": 100, "factor": 5},
                       {"type": "flash_crowd", "at_s": 50, "duration_s": 100, "factor": 3}]})",
        "bad.json: populations[0]: asks for about 1.5e7 requests per simulated second; the limit is 10,000,000");
    row("overlapping waves",
        R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}],
            "events": [{"type": "ddos_wave", "at_s": 0, "duration_s": 100, "keys": 60000, "rate_per_key": 100},
                       {"type": "ddos_wave", "at_s": 50, "duration_s": 100, "keys": 50000, "rate_per_key": 100}]})",
        "bad.json: events[0]: asks for about 6.0e6 requests per simulated second, the whole scenario about 1.1e7 at "
        "its peak; the limit is 10,000,000");
}

void TestScenarioLoader::absurdRatesAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString error = QString::fromStdString(parseError(text.toStdString()));
    QVERIFY2(error.startsWith(expected), qPrintable(error));

    // The same waves one after the other never overlap: well within the limit.
    Scenario s;
    std::string problem;
    QVERIFY2(parseScenario(R"({"populations": [{"class": "normal", "keys": 1, "rate_per_key": 1}],
            "events": [{"type": "ddos_wave", "at_s": 0, "duration_s": 50, "keys": 60000, "rate_per_key": 100},
                       {"type": "ddos_wave", "at_s": 50, "duration_s": 100, "keys": 50000, "rate_per_key": 100}]})",
                           "ok.json", s, problem),
             problem.c_str());
}

void TestScenarioLoader::builtinsStayWellUnderTheRateLimit()
{
    for (const std::string& name : builtinScenarioNames()) {
        const double peak = peakRate(*builtinScenario(name)).total;
        QVERIFY2(peak > 0 && peak < kMaxPeakRequestsPerSec / 10,
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromStdString(name)).arg(peak)));
    }
}

QTEST_APPLESS_MAIN(TestScenarioLoader)
#include "tst_scenario_loader.moc"
