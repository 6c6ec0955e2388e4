// SPDX-License-Identifier: Apache-2.0
// The fleet's roster through a real redis-server: engines see each other within a few rounds with what they said
// of themselves; an engine that stops is shown silent, then forgotten; bytes in the hash that are not a summary
// are left out; without Redis an engine still lists itself and says why the others are missing. The summary's
// rates and lag come from the engine's snapshots.
#include "RedisTestSupport.h"
#include "anomaly/AlertJson.h"
#include "core/Clock.h"
#include "http/FleetJson.h"
#include "redis/FleetRoster.h"
#include "snapshot/SummaryMaker.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <atomic>
#include <limits>
#include <memory>
#include <optional>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::test::RedisServer;
using sluice::test::waitUntil;

namespace {

FleetRoster::Options fastOptions(const RedisServer* server)
{
    FleetRoster::Options o;
    if (server != nullptr) {
        o.redis.seeds = {server->endpoint()};
    }
    o.prefix = "roster-test";
    o.every = std::chrono::milliseconds(100);
    o.silentAfter = std::chrono::milliseconds(600);
    o.forgetAfter = std::chrono::milliseconds(2000);
    return o;
}

TimeNs wallNow() { return SystemClock().now(); }

std::unique_ptr<FleetRoster> engine(const RedisServer* server, const std::string& id, double rate)
{
    return std::make_unique<FleetRoster>(
        fastOptions(server), id,
        [rate] {
            EngineSummary s;
            s.host = "host-" + std::to_string(static_cast<int>(rate));
            s.version = "9.9";
            s.startedAt = 1;
            s.decisionsPerSec = rate;
            s.throttle = "none";
            s.shared = true;
            s.nodes = 1;
            s.nodesUp = 1;
            return s;
        },
        wallNow);
}

// The entry of `id`, copied out of the list (a roster answers with a fresh list each time).
std::optional<FleetEntry> find(const std::vector<FleetEntry>& all, const std::string& id)
{
    for (const FleetEntry& e : all) {
        if (e.summary.id == id) {
            return e;
        }
    }
    return std::nullopt;
}

}  // namespace

class TestFleetRoster final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { SLUICE_START_REDIS_OR_SKIP(m_server); }

    void enginesSeeEachOtherThenSeeOneGoSilentAndForgotten()
    {
        m_server->call({"DEL", "roster-test:fleet"});
        auto a = engine(m_server.get(), "a:1", 100);
        auto b = engine(m_server.get(), "b:2", 250);
        QVERIFY(waitUntil([&] { return a->engines().size() == 2 && b->engines().size() == 2; }, 10000));
        const auto seenByA = a->engines();
        QCOMPARE(seenByA[0].summary.id, std::string("a:1"));  // sorted by id
        const std::optional<FleetEntry> other = find(seenByA, "b:2");
        QVERIFY(other.has_value());
        QCOMPARE(other->summary.decisionsPerSec, 250.0);
        QCOMPARE(other->summary.host, std::string("host-250"));
        QVERIFY(!other->silent);
        QVERIFY(a->lastError().empty());

        b.reset();  // stops: its entry ages
        QVERIFY(waitUntil(
            [&] {
                const auto e = find(a->engines(), "b:2");
                return e && e->silent;
            },
            10000));
        QVERIFY(waitUntil([&] { return !find(a->engines(), "b:2").has_value(); }, 10000));
        QCOMPARE(m_server->call({"HEXISTS", "roster-test:fleet", "b:2"}).integer, 0LL);
    }

    void whatIsNotASummaryIsLeftOut()
    {
        m_server->call({"DEL", "roster-test:fleet"});
        m_server->call({"HSET", "roster-test:fleet", "junk", "{not json"});
        m_server->call({"HSET", "roster-test:fleet", "x:9", R"({"v":2,"id":"x:9"})"});
        auto a = engine(m_server.get(), "a:1", 5);
        QVERIFY(waitUntil([&] { return !a->engines().empty() && a->lastError().empty(); }, 10000));
        QVERIFY(waitUntil([&] { return m_server->call({"HEXISTS", "roster-test:fleet", "a:1"}).integer == 1; }, 10000));
        QCOMPARE(a->engines().size(), std::size_t{1});
        // Left alone, not removed: another program's field is not ours to delete.
        QCOMPARE(m_server->call({"HEXISTS", "roster-test:fleet", "junk"}).integer, 1LL);
    }

    void withoutRedisAnEngineListsItselfAndSaysWhy()
    {
        RedisServer gone;
        gone.kill();
        auto a = engine(&gone, "a:1", 7);
        QVERIFY(waitUntil([&] { return !a->lastError().empty(); }, 10000));
        QCOMPARE(a->engines().size(), std::size_t{1});
        QCOMPARE(a->engines()[0].summary.decisionsPerSec, 7.0);
        auto alone = engine(nullptr, "solo:1", 3);
        QVERIFY(waitUntil([&] { return alone->engines().size() == 1; }, 10000));
        QVERIFY(alone->lastError().empty());
    }

    void summariesReadBackAndBadOnesAreRefused()
    {
        EngineSummary s;
        s.id = "host:42";
        s.host = "höst";
        s.version = "1.2.3";
        s.startedAt = 1'700'000'000'000'000'000;
        s.at = 1'700'000'100'000'000'000;
        s.decisionsPerSec = 12345.5;
        s.deniedPerSec = 3;
        s.lagMs = 12.5;
        s.activeKeys = 99;
        s.throttle = "high";
        s.shared = true;
        s.degraded = true;
        s.nodesUp = 2;
        s.nodes = 3;
        s.scoresShared = true;
        s.scoreChangesAlone = 17;
        s.histogram.assign(kHistogramBins, 0);
        s.histogram[9] = 90;
        s.histogram[2] = 9;
        s.tiers = {9, 90, 0};
        s.vipAssignments = 4;
        s.deniedByTierPerSec = {1.5, 2.5, 0};
        s.topDenied = {{"hot-1", 40}, {"hot 2 \"quoted\"", 7}};
        s.throttleAutomatic = false;
        s.throttleMultiplier = 0.4;
        s.cpuPercent = 93.5;
        s.memoryPercent = -1;  // not measured
        s.concurrency = 12;
        const auto back = decodeEngineSummary(encodeEngineSummary(s));
        QVERIFY(back.has_value());
        QCOMPARE(encodeEngineSummary(*back), encodeEngineSummary(s));
        QCOMPARE(back->histogram[9], std::uint64_t{90});
        QCOMPARE(back->tiers[0], std::uint64_t{9});
        QCOMPARE(back->vipAssignments, std::uint64_t{4});
        QCOMPARE(back->deniedByTierPerSec, (std::vector<double>{1.5, 2.5, 0}));
        QVERIFY(!back->throttleAutomatic);
        QCOMPARE(back->throttleMultiplier, 0.4);
        QCOMPARE(back->cpuPercent, 93.5);
        QCOMPARE(back->memoryPercent, -1.0);
        QCOMPARE(back->concurrency, 12.0);
        // Through /api/fleet too: a signal not measured is null there, and reads back as not measured.
        {
            FleetEntry entry;
            entry.summary = *back;
            const nlohmann::json answer = http::encodeFleetAnswer(http::fleetAnswerOf({entry}));
            QVERIFY(answer["engines"][0]["load"]["memory_percent"].is_null());
            std::string error;
            const auto read = http::decodeFleetAnswer(answer.dump(), error);
            QVERIFY2(read.has_value(), error.c_str());
            QCOMPARE(read->engines[0].summary.cpuPercent, 93.5);
            QCOMPARE(read->engines[0].summary.memoryPercent, -1.0);
            QCOMPARE(read->engines[0].summary.throttleMultiplier, 0.4);
            QVERIFY(!read->engines[0].summary.throttleAutomatic);
            QVERIFY(read->engines[0].summary.scoresShared);
            QCOMPARE(read->engines[0].summary.scoreChangesAlone, std::uint64_t{17});
            // From a server before scores were shared: neither, and the answer still reads.
            nlohmann::json older = answer;
            older["engines"][0]["redis"].erase("scores_shared");
            older["engines"][0]["redis"].erase("score_changes_alone");
            const auto old = http::decodeFleetAnswer(older.dump(), error);
            QVERIFY2(old.has_value(), error.c_str());
            QVERIFY(!old->engines[0].summary.scoresShared);
            QCOMPARE(old->engines[0].summary.scoreChangesAlone, std::uint64_t{0});
        }
        QVERIFY(back->scoresShared);
        QCOMPARE(back->scoreChangesAlone, std::uint64_t{17});
        // A load reading that is not one counts as not measured, in Redis and through /api/fleet alike: it must not
        // hide its engine from the fleet or the fleet from the console.
        {
            std::string huge = encodeEngineSummary(s);
            huge.replace(huge.find("[93.5,"), 6, "[5e13,");
            const auto read = decodeEngineSummary(huge);
            QVERIFY(read.has_value());
            QCOMPARE(read->cpuPercent, -1.0);
            FleetEntry entry;
            entry.summary = s;
            nlohmann::json answer = http::encodeFleetAnswer(http::fleetAnswerOf({entry}));
            answer["engines"][0]["load"]["cpu_percent"] = 5e13;
            std::string error;
            const auto fleet = http::decodeFleetAnswer(answer.dump(), error);
            QVERIFY2(fleet.has_value(), error.c_str());
            QCOMPARE(fleet->engines[0].summary.cpuPercent, -1.0);
        }
        EngineSummary overOne = s;
        overOne.throttleMultiplier = 1.5;
        QVERIFY(!decodeEngineSummary(encodeEngineSummary(overOne)).has_value());
        QCOMPARE(back->topDenied.size(), std::size_t{2});
        QCOMPARE(back->topDenied[1].key, std::string("hot 2 \"quoted\""));
        QCOMPARE(back->topDenied[0].denied, std::uint64_t{40});
        // Rates for another number of tiers, more keys than a summary carries, or a key without a name are refused.
        EngineSummary twoTiers = s;
        twoTiers.deniedByTierPerSec = {1, 2};
        QVERIFY(!decodeEngineSummary(encodeEngineSummary(twoTiers)).has_value());
        EngineSummary manyKeys = s;
        manyKeys.topDenied.assign(EngineSummary::kTopDenied + 1, {"k", 1});
        QVERIFY(!decodeEngineSummary(encodeEngineSummary(manyKeys)).has_value());
        // A key that is not one is left out, not the summary: one odd key must not hide its engine from the fleet.
        EngineSummary unnamed = s;
        unnamed.topDenied = {{"", 3}, {"k", 2}, {std::string(300, 'x'), 1}};
        const auto withoutOdd = decodeEngineSummary(encodeEngineSummary(unnamed));
        QVERIFY(withoutOdd.has_value());
        QCOMPARE(withoutOdd->topDenied.size(), std::size_t{1});
        QCOMPARE(withoutOdd->topDenied[0].key, std::string("k"));
        // A histogram of another length, or with a count that is not one, is not a summary.
        EngineSummary shortList = s;
        shortList.histogram.resize(5);
        QVERIFY(!decodeEngineSummary(encodeEngineSummary(shortList)).has_value());
        std::string negative = encodeEngineSummary(s);
        negative.replace(negative.find("[9,90,0]"), 8, "[9,-90,0]");
        QVERIFY(!decodeEngineSummary(negative).has_value());
        // An engine from before the reputation figures: none, not an error.
        nlohmann::json olderJson = nlohmann::json::parse(encodeEngineSummary(s));
        for (const char* field :
             {"histogram", "tiers", "vip", "denied_by_tier", "top_denied", "throttle_auto", "throttle_mult", "load"}) {
            olderJson.erase(field);
        }
        const std::string older = olderJson.dump();
        QVERIFY2(decodeEngineSummary(older).has_value(), older.c_str());
        QVERIFY(decodeEngineSummary(older)->histogram.empty());
        QVERIFY(decodeEngineSummary(older)->topDenied.empty());
        QVERIFY(decodeEngineSummary(older)->throttleAutomatic);
        QCOMPARE(decodeEngineSummary(older)->cpuPercent, -1.0);
        QVERIFY(!decodeEngineSummary("").has_value());
        QVERIFY(!decodeEngineSummary("[1]").has_value());
        std::string text = encodeEngineSummary(s);
        QVERIFY(!decodeEngineSummary(std::string(text).replace(text.find("\"v\":1"), 5, "\"v\":2")).has_value());
        QVERIFY(!decodeEngineSummary(std::string(text).replace(text.find("12.5"), 4, "-1.0")).has_value());
        s.id = std::string(300, 'x');
        QVERIFY(!decodeEngineSummary(encodeEngineSummary(s)).has_value());
    }

    // GET /api/fleet's totals: denials by tier added up, the most denied keys of all engines as one list, and the
    // VIP assignments every engine holds counted once; a silent engine's old figures count for nothing.
    void versionsCompareByTheirNumbersAndOnlyWhenTheyRead()
    {
        // The Fleet page names the engines older than the newest that reads, and the admin API refuses to pass a
        // change to an engine too old for it.
        QVERIFY(http::versionReads("0"));
        QVERIFY(http::versionReads("0.10.2"));
        QVERIFY(!http::versionReads(""));
        QVERIFY(!http::versionReads("1.0~rc1"));
        QVERIFY(!http::versionReads("1..2"));
        QVERIFY(!http::versionReads("1234567890"));  // beyond nine digits a part does not read
        QVERIFY(http::versionBefore("0.9.9", "0.10.0"));
        QVERIFY(http::versionBefore("0.1", "0.1.0"));
        QVERIFY(!http::versionBefore("0.1.0", "0.1.0"));
        QVERIFY(!http::versionBefore("0.2", "0.10~rc1"));
        QVERIFY(!http::versionBefore("", "0.1"));
    }

    void theFleetsAnswerAddsUpItsEngines()
    {
        const auto engine = [](const char* id, std::uint64_t vip, std::vector<double> tiers,
                               std::vector<EngineSummary::DeniedKey> top, bool silent) {
            FleetEntry e;
            e.summary.id = id;
            e.summary.vipAssignments = vip;
            e.summary.deniedPerSec = tiers.empty() ? 0 : tiers[0] + tiers[1] + tiers[2];
            e.summary.deniedByTierPerSec = std::move(tiers);
            e.summary.topDenied = std::move(top);
            e.silent = silent;
            return e;
        };
        FleetEntry older =
            engine("d:4", 4, {}, {}, false);  // an engine from before these figures: its denials standard
        older.summary.deniedPerSec = 2;
        const http::FleetAnswer answer = http::fleetAnswerOf({
            engine("a:1", 5, {1, 2, 0}, {{"hot-a", 15}, {"shared", 10}}, false),
            engine("b:2", 5, {0, 3, 0}, {{"hot-b", 25}, {"shared", 10}}, false),
            engine("c:3", 99, {50, 50, 50}, {{"ghost", 1000}}, true),
            older,
        });
        QCOMPARE(answer.vipAssignments, std::uint64_t{5});
        QCOMPARE(answer.deniedByTierPerSec, (std::vector<double>{1, 7, 0}));
        QStringList top;
        for (const EngineSummary::DeniedKey& k : answer.topDenied) {
            top << QStringLiteral("%1=%2").arg(QString::fromStdString(k.key)).arg(k.denied);
        }
        QCOMPARE(top,
                 (QStringList{QStringLiteral("hot-b=25"), QStringLiteral("shared=20"), QStringLiteral("hot-a=15")}));

        // The console reads the same back.
        std::string error;
        const auto back = http::decodeFleetAnswer(http::encodeFleetAnswer(answer).dump(), error);
        QVERIFY2(back.has_value(), error.c_str());
        QCOMPARE(back->topDenied.size(), std::size_t{3});
        QCOMPARE(back->deniedByTierPerSec, answer.deniedByTierPerSec);
        QCOMPARE(back->engines[1].summary.topDenied[0].key, std::string("hot-b"));
        // A newer server's answer, which says more of each engine, reads as far as this console understands it.
        nlohmann::json newer = http::encodeFleetAnswer(answer);
        newer["engines"][0]["anomalies"] = {{"open", 3}};
        newer["engines"][0]["redis"]["latency_ms"] = 1.5;
        newer["engines"][0]["load"]["disk_percent"] = 40;
        newer["generation"] = 2;
        const auto fromNewer = http::decodeFleetAnswer(newer.dump(), error);
        QVERIFY2(fromNewer.has_value(), error.c_str());
        QCOMPARE(fromNewer->engines.size(), answer.engines.size());
        QCOMPARE(fromNewer->topDenied.size(), std::size_t{3});
        // A key that is not one is left out; a list that is not one is named.
        nlohmann::json bad = http::encodeFleetAnswer(answer);
        bad["engines"][0]["top_denied"][0]["denied"] = -1;
        const auto withoutOdd = http::decodeFleetAnswer(bad.dump(), error);
        QVERIFY2(withoutOdd.has_value(), error.c_str());
        QCOMPARE(withoutOdd->engines[0].summary.topDenied.size(), std::size_t{1});
        bad["engines"][0]["top_denied"] = "many";
        QVERIFY(!http::decodeFleetAnswer(bad.dump(), error).has_value());
        QVERIFY2(error.find("engines[0].top_denied") != std::string::npos, error.c_str());
        bad = http::encodeFleetAnswer(answer);
        bad["engines"][1]["denied_by_tier_per_s"] = {1, 2};
        QVERIFY(!http::decodeFleetAnswer(bad.dump(), error).has_value());
        QVERIFY2(error.find("engines[1].denied_by_tier_per_s") != std::string::npos, error.c_str());
    }

    // An engine tells its fleet the anomaly alerts it has not resolved; /api/fleet lists them with their engine, and
    // the console reads them back. Odd entries are left out, never the engine.
    void theAlertsNotResolvedTravelWithTheSummary()
    {
        const auto alert = [](std::uint64_t id, AlertState state, TimeNs start) {
            AnomalyAlert a;
            a.id = id;
            a.kind = AnomalyKind::KeySurge;
            a.metric = "key:bot-" + std::to_string(id);
            a.state = state;
            a.confidence = 0.93;
            a.start = start;
            a.lastAnomalous = start + 60 * kNsPerSec;
            a.value = 420.5;
            a.expected = 12;
            a.spread = 3.25;
            for (int k = 0; k < 7; ++k) {
                a.affectedKeys.emplace_back("bot-" + std::to_string(k), 100 - k);
            }
            return a;
        };
        const TimeNs t0 = 1'780'000'000'000'000'000;
        auto view = std::make_shared<AnomalyView>();
        view->enabled = true;
        AnomalyAlert open = alert(7, AlertState::Open, t0 + 300 * kNsPerSec);
        open.response.throttleRaised = true;
        open.response.throttleLevel = ThrottleLevel::High;
        open.response.throttleUntil = t0 + 900 * kNsPerSec;
        open.response.reputationPenalty = 20;
        open.response.keysLowered = {"bot-0", "cut-\xC3", "bot-1", "bot-2", "bot-3", "bot-4", "bot-5"};
        open.response.pointsTaken = {20, 19, 18, 17, 16, 15, 12.5F};
        AnomalyAlert acknowledged = alert(5, AlertState::Acknowledged, t0 + 200 * kNsPerSec);
        acknowledged.acknowledgedBy = "ops-anna";
        acknowledged.acknowledgedAt = t0 + 250 * kNsPerSec;
        AnomalyAlert cut = alert(6, AlertState::Open, t0 + 250 * kNsPerSec);
        cut.metric = "key:cut-\xC3";  // a key cut inside a character: the alert is left out
        view->alerts = {open, cut, acknowledged, alert(4, AlertState::Resolved, t0 + 100 * kNsPerSec)};
        view->openAlerts = 3;
        Snapshot snapshot;
        snapshot.at = t0;
        snapshot.anomaly = view;
        SummaryMaker maker("host", "1.0", t0);
        EngineSummary s = maker.make(&snapshot, t0);
        s.id = "engine-a:1";
        QCOMPARE(s.unresolvedAlerts, std::uint64_t{3});
        QCOMPARE(s.alerts.size(), std::size_t{2});  // the resolved one and the cut one are not sent
        QCOMPARE(s.alerts[0].id, std::uint64_t{7});
        QCOMPARE(s.alerts[1].id, std::uint64_t{5});
        // Every key it has, but for the one a reader would refuse; the points stay with their keys.
        QCOMPARE(s.alerts[0].affectedKeys.size(), std::size_t{7});
        QCOMPARE(s.alerts[0].response.keysLowered,
                 (std::vector<std::string>{"bot-0", "bot-1", "bot-2", "bot-3", "bot-4", "bot-5"}));
        QCOMPARE(s.alerts[0].response.pointsTaken, (std::vector<float>{20, 18, 17, 16, 15, 12.5F}));

        // Through Redis: every field the console shows comes back to the nanosecond.
        const auto back = decodeEngineSummary(encodeEngineSummary(s));
        QVERIFY(back.has_value());
        QCOMPARE(encodeEngineSummary(*back), encodeEngineSummary(s));
        QCOMPARE(back->unresolvedAlerts, std::uint64_t{3});
        const AnomalyAlert& a = back->alerts[0];
        QCOMPARE(a.kind, AnomalyKind::KeySurge);
        QCOMPARE(a.state, AlertState::Open);
        QCOMPARE(a.metric, std::string("key:bot-7"));
        QCOMPARE(a.start, t0 + 300 * kNsPerSec);
        QCOMPARE(a.lastAnomalous, t0 + 360 * kNsPerSec);
        QCOMPARE(a.value, 420.5);
        QCOMPARE(a.spread, 3.25);
        QCOMPARE(a.affectedKeys[1], (std::pair<std::string, std::uint64_t>{"bot-1", 99}));
        QVERIFY(a.response.throttleRaised);
        QCOMPARE(a.response.throttleLevel, ThrottleLevel::High);
        QCOMPARE(a.response.throttleUntil, t0 + 900 * kNsPerSec);
        QCOMPARE(a.response.pointsTaken[5], 12.5F);
        QCOMPARE(back->alerts[1].acknowledgedBy, std::string("ops-anna"));
        QCOMPARE(back->alerts[1].acknowledgedAt, t0 + 250 * kNsPerSec);

        // An alert this reader cannot take (a kind a newer engine knows, a time that is not one) is left out, not the
        // summary; more alerts than a summary carries are not a summary.
        nlohmann::json odd = nlohmann::json::parse(encodeEngineSummary(s));
        odd["alerts"][0]["kind"] = "meteor_shower";
        odd["alerts"][1]["start"] = "yesterday";
        const auto withoutOdd = decodeEngineSummary(odd.dump());
        QVERIFY(withoutOdd.has_value());
        QVERIFY(withoutOdd->alerts.empty());
        QCOMPARE(withoutOdd->unresolvedAlerts, std::uint64_t{3});
        EngineSummary many = s;
        many.alerts.assign(EngineSummary::kAlerts + 1, s.alerts[0]);
        nlohmann::json tooMany = nlohmann::json::parse(encodeEngineSummary(s));
        tooMany["alerts"] = nlohmann::json::array();
        for (std::size_t i = 0; i <= EngineSummary::kAlerts; ++i) {
            tooMany["alerts"].push_back(anomaly::alertJson(s.alerts[0]));
        }
        QVERIFY(!decodeEngineSummary(tooMany.dump()).has_value());
        QCOMPARE(nlohmann::json::parse(encodeEngineSummary(many))["alerts"].size(), EngineSummary::kAlerts);

        // The fleet's list: every engine's alerts newest first, each with its engine (ids are each engine's own);
        // a silent engine's count for nothing.
        FleetEntry a1;
        a1.summary = *back;
        FleetEntry b2;
        b2.summary.id = "engine-b:2";
        b2.summary.alerts = {alert(7, AlertState::Open, t0 + 280 * kNsPerSec)};
        b2.summary.unresolvedAlerts = 1;
        FleetEntry c3;
        c3.summary.id = "engine-c:3";
        c3.summary.alerts = {alert(1, AlertState::Open, t0 + 999 * kNsPerSec)};
        c3.summary.unresolvedAlerts = 1;
        c3.silent = true;
        const http::FleetAnswer answer = http::fleetAnswerOf({a1, b2, c3});
        QCOMPARE(answer.unresolvedAlerts, std::uint64_t{4});
        QStringList listed;
        for (const http::FleetAlert& f : answer.alerts) {
            listed << QStringLiteral("%1#%2").arg(QString::fromStdString(f.engine)).arg(f.alert.id);
        }
        QCOMPARE(listed, (QStringList{QStringLiteral("engine-a:1#7"), QStringLiteral("engine-b:2#7"),
                                      QStringLiteral("engine-a:1#5")}));
        const nlohmann::json encoded = http::encodeFleetAnswer(answer);
        QCOMPARE(encoded["totals"]["alerts"][1]["engine"].get<std::string>(), std::string("engine-b:2"));
        QCOMPARE(encoded["totals"]["unresolved_alerts"].get<std::uint64_t>(), std::uint64_t{4});
        QCOMPARE(encoded["engines"][0]["alerts"][0]["response"]["throttle_level"].get<std::string>(),
                 std::string("high"));
        std::string error;
        const auto read = http::decodeFleetAnswer(encoded.dump(), error);
        QVERIFY2(read.has_value(), error.c_str());
        QCOMPARE(read->alerts.size(), std::size_t{3});
        QCOMPARE(read->alerts[1].engine, std::string("engine-b:2"));
        QCOMPARE(read->alerts[0].alert.response.throttleUntil, t0 + 900 * kNsPerSec);
        QCOMPARE(read->unresolvedAlerts, std::uint64_t{4});
        // An odd alert from a server is left out; a list that is not one is named.
        nlohmann::json bad = encoded;
        bad["engines"][0]["alerts"][0]["confidence"] = 7;
        const auto lessOne = http::decodeFleetAnswer(bad.dump(), error);
        QVERIFY2(lessOne.has_value(), error.c_str());
        QCOMPARE(lessOne->alerts.size(), std::size_t{2});
        bad["engines"][0]["alerts"] = "several";
        QVERIFY(!http::decodeFleetAnswer(bad.dump(), error).has_value());
        QVERIFY2(error.find("engines[0].alerts") != std::string::npos, error.c_str());
        // From a server before the alerts: none.
        nlohmann::json older = encoded;
        older["engines"][0].erase("alerts");
        older["engines"][0].erase("unresolved_alerts");
        const auto fromOlder = http::decodeFleetAnswer(older.dump(), error);
        QVERIFY2(fromOlder.has_value(), error.c_str());
        QCOMPARE(fromOlder->alerts.size(), std::size_t{1});
        QCOMPARE(fromOlder->unresolvedAlerts, std::uint64_t{1});
    }

    // An engine tells its fleet its ops inbox: the newest notifications and how many are unread; /api/fleet lists
    // them as one with their engines. An odd entry is left out, never the engine.
    void theOpsInboxTravelsWithTheSummary()
    {
        constexpr TimeNs t0 = 1'780'000'000'000'000'000;
        const auto note = [](std::uint64_t id, int seconds, const char* title) {
            EngineSummary::InboxNote n;
            n.id = id;
            n.type = "throttle_change";
            n.severity = 1;
            n.at = t0 + seconds * kNsPerSec;
            n.title = title;
            n.body = "The throttle follows the load.";
            return n;
        };
        EngineSummary s;
        s.id = "engine-a:1";
        s.host = "a";
        s.version = "1";
        s.throttle = "none";
        s.inbox = {note(9, 30, "Throttle raised to High"), note(8, 10, "Throttle back to None")};
        s.inbox[1].readAt = t0 + 20 * kNsPerSec;
        s.inbox[1].acknowledgedAt = t0 + 21 * kNsPerSec;
        s.inbox[1].acknowledgedBy = "ops-anna";
        s.unreadNotifications = 4;
        const auto back = decodeEngineSummary(encodeEngineSummary(s));
        QVERIFY(back.has_value());
        QCOMPARE(encodeEngineSummary(*back), encodeEngineSummary(s));
        QCOMPARE(back->unreadNotifications, std::uint64_t{4});
        QCOMPARE(back->inbox.size(), std::size_t{2});
        QCOMPARE(back->inbox[0].at, t0 + 30 * kNsPerSec);
        QCOMPARE(back->inbox[1].readAt, t0 + 20 * kNsPerSec);
        QCOMPARE(back->inbox[1].acknowledgedBy, std::string("ops-anna"));
        QCOMPARE(back->inbox[0].readAt, TimeNs{0});
        // An odd entry is left out; more than a summary carries is not a summary; an older engine tells none.
        nlohmann::json odd = nlohmann::json::parse(encodeEngineSummary(s));
        odd["inbox"][0]["severity"] = 5;
        QCOMPARE(decodeEngineSummary(odd.dump())->inbox.size(), std::size_t{1});
        nlohmann::json many = nlohmann::json::parse(encodeEngineSummary(s));
        for (std::size_t i = 0; i < EngineSummary::kInboxNotes; ++i) {
            many["inbox"].push_back(many["inbox"][0]);
        }
        QVERIFY(!decodeEngineSummary(many.dump()).has_value());
        nlohmann::json older = nlohmann::json::parse(encodeEngineSummary(s));
        older.erase("inbox");
        older.erase("unread_notifications");
        QVERIFY(decodeEngineSummary(older.dump())->inbox.empty());

        // The fleet's inbox: newest first, each with its engine (ids are each engine's own); a silent one's left out.
        FleetEntry a;
        a.summary = *back;
        FleetEntry b;
        b.summary.id = "engine-b:2";
        b.summary.inbox = {note(9, 20, "Key bot-7 went over its limit")};
        b.summary.unreadNotifications = 1;
        FleetEntry c;
        c.summary.id = "engine-c:3";
        c.summary.inbox = {note(1, 99, "gone")};
        c.summary.unreadNotifications = 50;
        c.silent = true;
        const http::FleetAnswer answer = http::fleetAnswerOf({a, b, c});
        QCOMPARE(answer.unreadNotifications, std::uint64_t{5});
        QStringList listed;
        for (const http::FleetNote& n : answer.inbox) {
            listed << QStringLiteral("%1#%2").arg(QString::fromStdString(n.engine)).arg(n.note.id);
        }
        QCOMPARE(listed, (QStringList{QStringLiteral("engine-a:1#9"), QStringLiteral("engine-b:2#9"),
                                      QStringLiteral("engine-a:1#8")}));
        const nlohmann::json encoded = http::encodeFleetAnswer(answer);
        QCOMPARE(encoded["totals"]["inbox"][1]["engine"].get<std::string>(), std::string("engine-b:2"));
        QCOMPARE(encoded["totals"]["unread_notifications"].get<std::uint64_t>(), std::uint64_t{5});
        std::string error;
        const auto read = http::decodeFleetAnswer(encoded.dump(), error);
        QVERIFY2(read.has_value(), error.c_str());
        QCOMPARE(read->inbox.size(), std::size_t{3});
        QCOMPARE(read->inbox[2].note.acknowledgedBy, std::string("ops-anna"));
        nlohmann::json bad = encoded;
        bad["engines"][0]["inbox"] = 3;
        QVERIFY(!http::decodeFleetAnswer(bad.dump(), error).has_value());
        QVERIFY2(error.find("engines[0].inbox") != std::string::npos, error.c_str());
    }

    void theSummaryTakesRatesAndLagFromSnapshots()
    {
        SummaryMaker maker("host", "1.0", 5 * kNsPerSec);
        QCOMPARE(maker.make(nullptr, 6 * kNsPerSec).decisionsPerSec, 0.0);
        Snapshot first;
        first.at = 10 * kNsPerSec;
        first.requests = 1000;
        first.denied = 100;
        first.activeKeys = 7;
        first.histogram[10] = 7;
        first.tierCounts = {0, 7, 0};
        first.vipAssignments = 2;
        QCOMPARE(maker.make(&first, 10 * kNsPerSec).decisionsPerSec, 0.0);  // nothing to compare with yet
        Snapshot second = first;
        second.at = 12 * kNsPerSec;
        second.requests = 5000;
        second.denied = 300;
        second.throttle.level = ThrottleLevel::Medium;
        second.throttle.multiplier = 0.6;
        second.throttle.automatic = false;
        second.throttle.hasSignals = true;
        second.throttle.load = {71, 40, 9};
        second.throttle.source.measures = {true, false, true};  // this source knows no memory
        // Denials by tier in the last closed seconds: 30 of flagged keys to 10 of standard ones, 3 : 1.
        for (std::uint32_t sec = 0; sec < 12; ++sec) {
            RollupBucket b;
            b.startSec = sec;
            b.denied = {sec < 2 ? 0U : 3U, sec < 2 ? 50U : 1U, 0};  // the oldest two are past the split's ten seconds
            second.lastHourBySecond.push_back(b);
        }
        second.topDenied = {{"k1", 9}, {"cut-\xC3", 6}, {"k2", 4}};  // a key cut inside a character is left out
        RollupBucket open;                                           // the second still open is left out of the split
        open.startSec = 12;
        open.denied = {0, 0, 1000};
        second.lastHourBySecond.push_back(open);
        const EngineSummary s = maker.make(&second, 12 * kNsPerSec + 250'000'000);
        QCOMPARE(s.decisionsPerSec, 2000.0);
        QCOMPARE(s.deniedPerSec, 100.0);
        QCOMPARE(s.lagMs, 250.0);
        QCOMPARE(s.activeKeys, std::uint64_t{7});
        QCOMPARE(s.histogram.size(), std::size_t{kHistogramBins});
        QCOMPARE(s.histogram[10], std::uint64_t{7});
        QCOMPARE(s.tiers, (std::vector<std::uint64_t>{0, 7, 0}));
        QCOMPARE(s.vipAssignments, std::uint64_t{2});
        QCOMPARE(s.deniedByTierPerSec, (std::vector<double>{75.0, 25.0, 0.0}));
        QCOMPARE(s.topDenied.size(), std::size_t{2});
        QCOMPARE(s.topDenied[0].key, std::string("k1"));
        QCOMPARE(s.topDenied[1].key, std::string("k2"));
        QCOMPARE(s.throttle, std::string("medium"));
        QCOMPARE(s.throttleMultiplier, 0.6);
        QVERIFY(!s.throttleAutomatic);
        QCOMPARE(s.cpuPercent, 71.0);
        QCOMPARE(s.memoryPercent, -1.0);
        QCOMPARE(s.concurrency, 9.0);
        QCOMPARE(s.startedAt, 5 * kNsPerSec);
        QVERIFY(!s.shared);
        // The same snapshot again keeps its rate; only its lag grows.
        const EngineSummary again = maker.make(&second, 13 * kNsPerSec);
        QCOMPARE(again.decisionsPerSec, 2000.0);
        QCOMPARE(again.lagMs, 1000.0);
        // A reading no reader would take (a scaled gauge gone wrong) is not sent as one.
        Snapshot odd = second;
        odd.throttle.load.cpuPercent = std::numeric_limits<double>::infinity();
        odd.throttle.load.concurrency = 5e13;
        const EngineSummary sent = maker.make(&odd, 13 * kNsPerSec);
        QCOMPARE(sent.cpuPercent, -1.0);
        QCOMPARE(sent.concurrency, kMaxLoadReading);
    }

private:
    std::unique_ptr<RedisServer> m_server;
};

QTEST_GUILESS_MAIN(TestFleetRoster)
#include "tst_fleet_roster.moc"
