// SPDX-License-Identifier: Apache-2.0
// What-if runs: one traffic judged by two configurations. The same question asked twice gets the same answer,
// A against A gets identical columns, a stricter limit moves the figures the way it must, injected faults make
// the throttle react, and a run can be cancelled.
#include "sim/ScenarioLoader.h"
#include "whatif/WhatIfReport.h"
#include "whatif/WhatIfRun.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <optional>
#include <thread>

using namespace sluice::engine;
using namespace sluice::engine::whatif;

namespace {

// Ten minutes of ordinary users and a few clients far over their limit on /search, under a per-route policy.
constexpr const char* kScenario = R"({
  "name": "whatif-test", "duration_s": 600, "seed": 7,
  "engine": {"policies": [{"limit": 120, "period_ms": 60000, "burst": 40},
                          {"route": "/search", "limit": 60, "period_ms": 60000, "burst": 20}]},
  "backend": {"capacity_rps": 2000, "latency_ms": 20},
  "populations": [
    {"class": "normal", "keys": 2000, "rate_per_key": {"distribution": "lognormal", "mean": 0.4, "sigma": 0.8},
     "routes": {"/": 50, "/search": 50}},
    {"class": "abusive", "keys": 20, "rate_per_key": 8, "routes": {"/search": 1}}
  ]
})";

WhatIfSpec baseSpec()
{
    WhatIfSpec spec;
    std::string error;
    if (!sim::parseScenario(kScenario, "whatif-test.json", spec.scenario, error)) {
        qFatal("%s", error.c_str());
    }
    for (EngineConfig& config : spec.configs) {
        if (auto problem = sim::applyEngineConfig(spec.scenario, config)) {
            qFatal("%s", problem->c_str());
        }
    }
    spec.seed = spec.scenario.seed;
    return spec;
}

WhatIfResult run(const WhatIfSpec& spec)
{
    WhatIfControl control;
    std::string error;
    auto result = runWhatIf(spec, control, error);
    if (!result) {
        qFatal("what-if run failed: %s", error.c_str());
    }
    return *result;
}

// The report without the one figure that depends on the machine.
nlohmann::ordered_json comparable(const WhatIfResult& result)
{
    auto doc = whatIfDocument(result);
    doc.erase("wall_seconds");
    return doc;
}

Policy* routePolicy(EngineConfig& config, const std::string& route)
{
    for (Policy& p : config.policies) {
        if (p.route == route) {
            return &p;
        }
    }
    return nullptr;
}

std::uint64_t deniedOn(const SideResult& side, const std::string& route)
{
    for (const RouteDecisions& r : side.summary.finalSnapshot.routeDecisions) {
        if (r.route == route) {
            return r.denied;
        }
    }
    return 0;
}

double secondsThrottled(const SideResult& side)
{
    double s = 0;
    for (int l = 1; l < kThrottleLevelCount; ++l) {
        s += side.summary.throttle.secondsInLevel[l];
    }
    return s;
}

}  // namespace

class TestWhatIf final : public QObject {
    Q_OBJECT

private slots:
    void bothEnginesJudgeTheSameRequests();
    void theSameQuestionGetsTheSameAnswer();
    void aAgainstAGivesIdenticalColumns();
    void halvingARouteLimitMovesTheFiguresTheWayItMust();
    void faultsMakeTheThrottleReact();
    void aRunCanBeCancelled();
    void theTallyPutsEachVerdictInItsInterval();
    void aReplayedLogIsComparedByKey();
    void eachSideDecidesWithItsOwnVipTiers();
};

void TestWhatIf::bothEnginesJudgeTheSameRequests()
{
    const WhatIfResult r = run(baseSpec());
    QVERIFY(r.requests > 100'000);
    for (const SideResult& side : r.sides) {
        std::uint64_t requests = 0;
        for (const auto& o : side.summary.outcomes) {
            requests += o.requests;
            QCOMPARE(o.allowed + o.denied, o.requests);
        }
        QCOMPARE(requests, r.requests);
        QCOMPARE(side.summary.finalSnapshot.requests, r.requests);
        std::uint64_t timeline = 0;
        for (const TimelinePoint& p : side.timeline) {
            timeline += p.allowed + p.denied;
        }
        QCOMPARE(timeline, r.requests);
    }
    QCOMPARE(r.sides[0].summary.keysPerClass, r.sides[1].summary.keysPerClass);
    QCOMPARE(r.interval, 1 * kNsPerSec);  // ten minutes: a point a second
    QCOMPARE(r.sides[0].timeline.size(), std::size_t{600});
}

void TestWhatIf::theSameQuestionGetsTheSameAnswer()
{
    WhatIfSpec spec = baseSpec();
    routePolicy(spec.configs[1], "/search")->limit = 30;
    const auto first = comparable(run(spec));
    const auto second = comparable(run(spec));
    QCOMPARE(QString::fromStdString(second.dump()), QString::fromStdString(first.dump()));
    // Another seed is other traffic.
    spec.seed = 8;
    QVERIFY(comparable(run(spec))["requests_per_side"] != first["requests_per_side"]);
}

void TestWhatIf::aAgainstAGivesIdenticalColumns()
{
    const WhatIfResult r = run(baseSpec());
    const auto doc = comparable(r);
    QCOMPARE(QString::fromStdString(doc["sides"]["b"].dump()), QString::fromStdString(doc["sides"]["a"].dump()));
    QCOMPARE(compare(r).verdict, Verdict::Same);
    QCOMPARE(doc["verdict"]["kind"].get<std::string>(), std::string("same"));
    for (const auto& point : doc["timeline"]["points"]) {
        QCOMPARE(point["a"], point["b"]);
    }
}

void TestWhatIf::halvingARouteLimitMovesTheFiguresTheWayItMust()
{
    WhatIfSpec spec = baseSpec();
    Policy* search = routePolicy(spec.configs[1], "/search");
    QVERIFY(search != nullptr);
    search->limit /= 2;
    search->burst /= 2;
    const WhatIfResult r = run(spec);
    const Comparison c = compare(r);
    // Stricter on /search: more denied there, less abuse through, and some legitimate users pay for it.
    QVERIFY(deniedOn(r.sides[1], "/search") > deniedOn(r.sides[0], "/search"));
    QVERIFY(c.sides[1].abusiveAllowedPercent < c.sides[0].abusiveAllowedPercent);
    QVERIFY(c.sides[1].legitimateDeniedPercent >= c.sides[0].legitimateDeniedPercent);
    // The default route has the same policy on both sides, but the users denied more often on /search lost
    // reputation, and with it some of their limit everywhere.
    QVERIFY(deniedOn(r.sides[1], "") >= deniedOn(r.sides[0], ""));
    QVERIFY(c.verdict == Verdict::BBetter || c.verdict == Verdict::BStricter);
    const std::string sentence = verdictSentence(c);
    QVERIFY2(sentence.find("abusive requests allowed") != std::string::npos, sentence.c_str());
}

void TestWhatIf::faultsMakeTheThrottleReact()
{
    WhatIfSpec spec = baseSpec();
    const WhatIfResult calm = run(spec);
    QCOMPARE(secondsThrottled(calm.sides[0]), 0.0);  // the backend has room to spare
    // A dependency outage from minute 2 to minute 6: every request waits two seconds for its timeout.
    std::string error;
    QVERIFY2(sim::parseFaults(R"({"faults": [{"kind": "outage", "at_s": 120, "duration_s": 240, "timeout_ms": 2000}]})",
                              "faults.json", spec.faults, error),
             error.c_str());
    const WhatIfResult faulted = run(spec);
    for (const SideResult& side : faulted.sides) {
        QVERIFY(secondsThrottled(side) > 60);
        const auto& transitions = side.summary.throttle.transitions;
        QVERIFY(!transitions.empty());
        // The throttle rose once the outage began, not before.
        const TimeNs outageStart = faulted.start + 120 * kNsPerSec;
        QVERIFY(transitions.front().at >= outageStart);
        QVERIFY(transitions.front().automatic);
    }
    // Throttled, the same traffic meets lower limits: more is denied than without the fault.
    QVERIFY(compare(faulted).sides[0].legitimateDeniedPercent > compare(calm).sides[0].legitimateDeniedPercent);
    const auto doc = whatIfDocument(faulted);
    QCOMPARE(doc["faults"][0]["kind"].get<std::string>(), std::string("outage"));
}

void TestWhatIf::aRunCanBeCancelled()
{
    WhatIfSpec spec = baseSpec();
    spec.duration = 30 * 86400 * kNsPerSec;  // far longer than the test waits
    WhatIfControl control;
    std::string error = "untouched";
    std::optional<WhatIfResult> result;
    std::thread runner([&] { result = runWhatIf(spec, control, error); });
    QTRY_VERIFY_WITH_TIMEOUT(control.progress.load() > 0, 60000);  // the default 5 s is short on a loaded machine
    control.cancel = true;
    runner.join();
    QVERIFY(!result);
    QVERIFY(error.empty());
    QVERIFY(control.progress.load() < 1);
}

void TestWhatIf::theTallyPutsEachVerdictInItsInterval()
{
    const TimeNs start = 1000 * kNsPerSec;
    WhatIfTally tally(start, 3 * kNsPerSec, kNsPerSec);  // three points of a second
    RequestBatch batch;
    // Before the start, in each second (on and around the boundaries), and after the end.
    const TimeNs times[] = {
        start - 5, start, start + kNsPerSec - 1, start + kNsPerSec, start + 2 * kNsPerSec + 7, start + 9 * kNsPerSec};
    const bool allowed[] = {true, false, true, false, true, false};
    const std::uint8_t classes[] = {0, 0, 3, 3, 1, 6};  // normal, normal, abusive, abusive, bursty, ddos
    for (std::size_t i = 0; i < std::size(times); ++i) {
        Request r;
        r.timestamp = times[i];
        batch.requests.push_back(r);
        Decision d;
        d.allowed = allowed[i];
        d.reputationTier = i == 3 ? ReputationTier::Flagged : ReputationTier::Standard;
        batch.decisions.push_back(d);
        batch.tags.push_back(classes[i]);
    }
    tally.add(batch);
    const auto& t = tally.timeline();
    QCOMPARE(t.size(), std::size_t{3});
    QCOMPARE(t[0].allowed, 2u);  // before the start counts to the first second
    QCOMPARE(t[0].denied, 1u);
    QCOMPARE(t[0].legitimateDenied, 1u);
    QCOMPARE(t[0].abusiveAllowed, 1u);
    QCOMPARE(t[1].denied, 1u);
    QCOMPARE(t[1].legitimateDenied, 0u);
    QCOMPARE(t[2].allowed, 1u);  // after the end counts to the last second
    QCOMPARE(t[2].denied, 1u);
    QCOMPARE(tally.deniedByTier()[static_cast<int>(ReputationTier::Flagged)], 1u);
    QCOMPARE(tally.deniedByTier()[static_cast<int>(ReputationTier::Standard)], 2u);
    QCOMPARE(tally.outcomes()[static_cast<int>(sim::TrafficClass::Abusive)].requests, 2u);
    QCOMPARE(tally.outcomes()[static_cast<int>(sim::TrafficClass::Ddos)].denied, 1u);
}

void TestWhatIf::aReplayedLogIsComparedByKey()
{
    // Ten minutes of a combined log: 10.0.0.1 sends two requests a second, nine other addresses one a minute.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("access.log"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QDateTime start(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
        for (int sec = 0; sec < 600; ++sec) {
            const QString at = start.addSecs(sec).toString(QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
            const auto line = [&](const QString& ip) {
                file.write(QStringLiteral("%1 - - [%2] \"GET /p HTTP/1.1\" 200 5 \"-\" \"t\"\n").arg(ip, at).toUtf8());
            };
            line(QStringLiteral("10.0.0.1"));
            line(QStringLiteral("10.0.0.1"));
            if (sec % 60 == 0) {
                for (int k = 2; k <= 10; ++k) {
                    line(QStringLiteral("10.0.0.%1").arg(k));
                }
            }
        }
        file.write("not a log line\n");
    }
    std::string formatError;
    WhatIfSpec spec;
    spec.log = LogInput{path.toStdString(), {}};
    spec.log->ingest.format = *logs::logFormatFromText("combined", formatError);
    spec.configs[0].policies = {Policy{"", 600, kNsPerMin, 60}};
    spec.configs[1].policies = {Policy{"", 30, kNsPerMin, 10}};
    const WhatIfResult r = run(spec);
    QCOMPARE(r.requests, std::uint64_t(600 * 2 + 10 * 9));
    QCOMPARE(r.linesRead, std::uint64_t(600 * 2 + 10 * 9 + 1));
    QCOMPARE(r.linesRejected, std::uint64_t(1));
    QCOMPARE(r.keysSeen, std::uint64_t(10));
    // Only the busy address feels B's lower limit; the others stay far below both.
    QCOMPARE(r.keysChanged, std::uint64_t(1));
    QCOMPARE(r.keyChanges.size(), std::size_t(1));
    QCOMPARE(r.keyChanges[0].key, std::string("10.0.0.1"));
    QCOMPARE(r.keyChanges[0].requests, std::uint64_t(1200));
    QCOMPARE(r.keyChanges[0].denied[0], std::uint64_t(0));
    QVERIFY(r.keyChanges[0].denied[1] > 800);
    QCOMPARE(r.start, fromUnixMs(QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch()));
    const auto doc = whatIfDocument(r);
    QCOMPARE(doc["verdict"]["kind"].get<std::string>(), std::string("by_key"));
    QCOMPARE(doc["log"]["keys_changed"].get<int>(), 1);
    QCOMPARE(doc["log"]["top_changed_keys"][0]["key"].get<std::string>(), std::string("10.0.0.1"));
    // The same log twice, and A against A: the same answer, and no key changed.
    QCOMPARE(comparable(run(spec)), comparable(r));
    spec.configs[1] = spec.configs[0];
    const WhatIfResult same = run(spec);
    QCOMPARE(same.keysChanged, std::uint64_t(0));
    const auto sameDoc = whatIfDocument(same);
    QCOMPARE(sameDoc["sides"]["a"]["figures"], sameDoc["sides"]["b"]["figures"]);
    // A log with no line in the format is refused with its name.
    WhatIfSpec bad;
    bad.log = LogInput{path.toStdString(), {}};
    bad.log->ingest.format = *logs::logFormatFromText("json", formatError);
    WhatIfControl control;
    std::string error;
    QVERIFY(!runWhatIf(bad, control, error));
    QVERIFY2(error.find("access.log") != std::string::npos, error.c_str());
}

void TestWhatIf::eachSideDecidesWithItsOwnVipTiers()
{
    // Five minutes of one address at two requests a second, a VIP of tier gold on both sides: gold doubles its
    // limit in B.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vip.log"));
    const QDateTime start(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int sec = 0; sec < 300; ++sec) {
            const QString at = start.addSecs(sec).toString(QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
            for (int i = 0; i < 2; ++i) {
                file.write(
                    QStringLiteral("10.0.0.1 - - [%1] \"GET /p HTTP/1.1\" 200 5 \"-\" \"t\"\n").arg(at).toUtf8());
            }
        }
    }
    std::string formatError;
    WhatIfSpec spec;
    spec.log = LogInput{path.toStdString(), {}};
    spec.log->ingest.format = *logs::logFormatFromText("combined", formatError);
    spec.configs[0].policies = {Policy{"", 60, kNsPerMin, 10}};
    spec.configs[1] = spec.configs[0];
    const TimeNs begin = fromUnixMs(start.toMSecsSinceEpoch());
    const store::VipAssignment gold{"10.0.0.1", "gold", 0, "", "admin", 0};
    // An assignment that ended before the log begins decides nothing: it is left out, not refused.
    const store::VipAssignment ended{"10.0.0.2", "gold", begin - kNsPerHour, "", "admin", 0};
    spec.vip[0] = VipSetup{{VipTier{"gold", 1.0}}, {gold, ended}};
    spec.vip[1] = VipSetup{{VipTier{"gold", 2.0}}, {gold, ended}};
    const WhatIfResult r = run(spec);
    QCOMPARE(r.sides[0].vipAllowed + r.sides[0].vipDenied, std::uint64_t(600));
    QCOMPARE(r.sides[1].vipAllowed + r.sides[1].vipDenied, std::uint64_t(600));
    // 120 a minute against 60 (A) and 120 (B): A denies about half, B almost nothing.
    QVERIFY2(r.sides[0].vipDenied > 200, std::to_string(r.sides[0].vipDenied).c_str());
    QVERIFY2(r.sides[1].vipDenied < r.sides[0].vipDenied / 4, std::to_string(r.sides[1].vipDenied).c_str());
    QCOMPARE(r.keysChanged, std::uint64_t(1));
    // Without the assignment the key is no VIP at all.
    spec.vip[0].assignments.clear();
    spec.vip[1].assignments.clear();
    const WhatIfResult plain = run(spec);
    QCOMPARE(plain.sides[1].vipAllowed + plain.sides[1].vipDenied, std::uint64_t(0));
    QCOMPARE(plain.keysChanged, std::uint64_t(0));
    // An assignment to a tier the side does not have is named.
    spec.vip[1] = VipSetup{{}, {gold}};
    WhatIfControl control;
    std::string error;
    QVERIFY(!runWhatIf(spec, control, error));
    QVERIFY2(error.rfind("B: VIP assignments:", 0) == 0, error.c_str());
}

QTEST_APPLESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
