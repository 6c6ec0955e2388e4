// SPDX-License-Identifier: Apache-2.0
#include "EngineTestSupport.h"

#include "reputation/ReputationRules.h"
#include "reputation/ReputationTracker.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

class TestReputation final : public QObject {
    Q_OBJECT

private slots:
    void severityFollowsTheOverLimitRatio_data();
    void severityFollowsTheOverLimitRatio();
    void tierBoundaries_data();
    void tierBoundaries();
    void seedNumbers();
    void violationCostsThreeTimesSeverity_data();
    void violationCostsThreeTimesSeverity();
    void aFloodCostsOnePenaltyPerWindow();
    void aQuietKeyIsStillAssessed();
    void aFloodOfViolationsIsAssessedInPassesWhileDecisionsGoOn();
    void aStoppingEngineAssessesEveryClosedWindowAtOnce();
    void cleanTrafficEarnsOnePointPer500();
    void cleanCountIsConfigurable();
    void decayPullsTowardNeutralEveryHour();
    void tierChangesAreEvents();
    void reputationGatedOffMeansMultiplierOne();
    void histogramAndTierCountsFollowScores();
};

void TestReputation::severityFollowsTheOverLimitRatio_data()
{
    QTest::addColumn<quint64>("attempted");
    QTest::addColumn<quint64>("allowed");
    QTest::addColumn<int>("severity");
    QTest::newRow("just over") << quint64(11) << quint64(10) << 1;
    QTest::newRow("1.49x") << quint64(149) << quint64(100) << 1;
    QTest::newRow("1.5x") << quint64(15) << quint64(10) << 2;
    QTest::newRow("2.99x") << quint64(299) << quint64(100) << 2;
    QTest::newRow("3x") << quint64(30) << quint64(10) << 3;
    QTest::newRow("nothing allowed") << quint64(5) << quint64(0) << 3;
}

void TestReputation::severityFollowsTheOverLimitRatio()
{
    QFETCH(quint64, attempted);
    QFETCH(quint64, allowed);
    QFETCH(int, severity);
    QCOMPARE(ReputationRules(ReputationConfig{}).severity(attempted, allowed), severity);
}

void TestReputation::tierBoundaries_data()
{
    QTest::addColumn<float>("score");
    QTest::addColumn<int>("tier");
    QTest::newRow("0") << 0.0F << int(ReputationTier::Flagged);
    QTest::newRow("19.99") << 19.99F << int(ReputationTier::Flagged);
    QTest::newRow("20") << 20.0F << int(ReputationTier::Standard);
    QTest::newRow("50") << 50.0F << int(ReputationTier::Standard);
    QTest::newRow("80") << 80.0F << int(ReputationTier::Standard);
    QTest::newRow("80.01") << 80.01F << int(ReputationTier::Trusted);
    QTest::newRow("100") << 100.0F << int(ReputationTier::Trusted);
}

void TestReputation::tierBoundaries()
{
    QFETCH(float, score);
    QFETCH(int, tier);
    QCOMPARE(int(ReputationRules(ReputationConfig{}).tierOf(score)), tier);
}

void TestReputation::seedNumbers()
{
    const ReputationRules rules{ReputationConfig{}};
    QCOMPARE(rules.afterViolation(50.0F, 2), 44.0F);
    const float afterWeek = rules.decayed(44.0F, 7 * 24);
    QVERIFY2(afterWeek > 48.8F && afterWeek < 49.0F, qPrintable(QString::number(afterWeek)));
    QCOMPARE(qRound(afterWeek), 49);
    QCOMPARE(rules.decaySteps(kT0, kT0 + 7 * kNsPerDay), 168);
    QCOMPARE(rules.decaySteps(kT0 + 1, kT0 + kNsPerHour - 1), 0);  // no hour boundary crossed
}

void TestReputation::violationCostsThreeTimesSeverity_data()
{
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("severity");
    QTest::addColumn<float>("scoreAfter");
    // Burst 10 at one instant: 10 pass, the rest are denied; attempted/allowed decides the severity.
    QTest::newRow("12 sent: 1.2x") << 12 << 1 << 47.0F;
    QTest::newRow("20 sent: 2x") << 20 << 2 << 44.0F;
    QTest::newRow("30 sent: 3x") << 30 << 3 << 41.0F;
}

void TestReputation::violationCostsThreeTimesSeverity()
{
    QFETCH(int, sent);
    QFETCH(int, severity);
    QFETCH(float, scoreAfter);
    Engine e(smallConfig());
    QCOMPARE(burst(e, "k", kT0, sent), 10);
    e.tick(kT0 + 10 * kNsPerSec);  // the window closes
    const auto violations = eventsOf(e, EventKind::Violation);
    QCOMPARE(violations.size(), std::size_t(1));
    QCOMPARE(violations[0].severity, severity);
    QCOMPARE(violations[0].scoreBefore, 50.0F);
    QCOMPARE(violations[0].scoreAfter, scoreAfter);
    QCOMPARE(violations[0].at, kT0 + 10 * kNsPerSec);
    QCOMPARE(e.inspect("k")->score, scoreAfter);
}

void TestReputation::aFloodCostsOnePenaltyPerWindow()
{
    Engine e(smallConfig());
    // 10,000 requests a second for 30 seconds: three windows, three penalties, not thousands.
    for (int s = 0; s < 30; ++s) {
        burst(e, "flood", kT0 + s * kNsPerSec, 10000 / 30);
    }
    e.tick(kT0 + 30 * kNsPerSec);
    const auto violations = eventsOf(e, EventKind::Violation);
    QCOMPARE(violations.size(), std::size_t(3));
    for (const auto& v : violations) {
        QCOMPARE(v.severity, 3);
    }
    QCOMPARE(e.inspect("flood")->score, 50.0F - 3 * 9.0F);
}

void TestReputation::aQuietKeyIsStillAssessed()
{
    Engine e(smallConfig());
    burst(e, "once", kT0, 20);
    e.tick(kT0 + 9 * kNsPerSec);
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), std::size_t(0));  // the window is still open
    e.tick(kT0 + 10 * kNsPerSec);
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), std::size_t(1));
}

// Three and a half passes' worth of keys go over their limit in one window. When the windows close, one pass
// assesses at most kAssessPerPass of them, so the decisions waiting then are not held up for all of them; the rest
// follow a millisecond of engine time apart, each key exactly once. A key that comes back meanwhile meets its
// violation at once.
void TestReputation::aFloodOfViolationsIsAssessedInPassesWhileDecisionsGoOn()
{
    constexpr std::size_t kPass = ReputationTracker::kAssessPerPass;
    constexpr std::size_t kKeys = 3 * kPass + kPass / 2;
    EngineConfig c;
    c.policies = {Policy{"", 1, kNsPerMin, 1}};
    Engine e(c);
    e.setBoundedPasses(true);  // as a live engine's
    std::vector<std::string> keys;
    std::vector<Request> requests;
    for (std::size_t k = 0; k < kKeys; ++k) {
        keys.push_back("flood-" + std::to_string(k));
    }
    for (std::size_t k = 0; k < kKeys; ++k) {
        for (int twice = 0; twice < 2; ++twice) {
            requests.push_back(request(keys[k], kT0 + static_cast<TimeNs>(k) * 1000));
        }
    }
    std::vector<Decision> out(requests.size());
    e.decide(requests, out);
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), std::size_t(0));

    const TimeNs closed = kT0 + 11 * kNsPerSec;
    QCOMPARE(e.backlogDue(), TimeNs{0});
    e.tick(closed);
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), kPass);
    QCOMPARE(e.backlogDue(), closed + kNsPerMs);  // what the runtime wakes for when no traffic comes
    // Decisions within the pause do not wait for the next pass.
    e.decide(request("bystander", closed + kNsPerMs / 2));
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), std::size_t(0));
    // The last key of the flood comes back: its own window is assessed before it is judged.
    const std::string& last = keys.back();
    QCOMPARE(e.inspect(last)->score, 50.0F);
    e.decide(request(last, closed + kNsPerMs / 2));
    const auto own = eventsOf(e, EventKind::Violation);
    QCOMPARE(own.size(), std::size_t(1));
    QCOMPARE(own[0].key, last);
    QVERIFY(e.inspect(last)->score < 50.0F);
    // The rest, a pass a millisecond.
    std::size_t assessed = kPass + 1;
    for (int ms = 1; ms <= 4; ++ms) {
        e.tick(closed + ms * kNsPerMs);
        const std::size_t pass = eventsOf(e, EventKind::Violation).size();
        QVERIFY2(pass <= kPass, std::to_string(pass).c_str());
        assessed += pass;
    }
    QCOMPARE(assessed, kKeys);
    QCOMPARE(e.backlogDue(), TimeNs{0});
    e.tick(closed + kNsPerSec);
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), std::size_t(0));
    for (const std::string& key : {keys.front(), keys[kKeys / 2]}) {
        QVERIFY(e.inspect(key)->score < 50.0F);
    }
}

// An engine that stops records every violation whose window closed, without pausing between passes: its last
// checkpoint then holds them all.
void TestReputation::aStoppingEngineAssessesEveryClosedWindowAtOnce()
{
    constexpr std::size_t kKeys = 2 * ReputationTracker::kAssessPerPass + 10;
    EngineConfig c;
    c.policies = {Policy{"", 1, kNsPerMin, 1}};
    Engine e(c);
    e.setBoundedPasses(true);
    std::vector<std::string> keys;
    for (std::size_t k = 0; k < kKeys; ++k) {
        keys.push_back("stop-" + std::to_string(k));
    }
    std::vector<Request> requests;
    for (const std::string& key : keys) {
        requests.push_back(request(key, kT0));
        requests.push_back(request(key, kT0));
    }
    std::vector<Decision> out(requests.size());
    e.decide(requests, out);
    e.settle(kT0 + 11 * kNsPerSec);
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), kKeys);
    e.tick(kT0 + 12 * kNsPerSec);
    QCOMPARE(eventsOf(e, EventKind::Violation).size(), std::size_t(0));

    // New reputation rules judge only windows that close under them: those closed already are assessed first, by
    // the rules and window length they closed under.
    Engine bounded(c);
    bounded.setBoundedPasses(true);
    bounded.decide(requests, out);
    bounded.tick(kT0 + 11 * kNsPerSec);
    QCOMPARE(eventsOf(bounded, EventKind::Violation).size(), ReputationTracker::kAssessPerPass);
    ReputationConfig longer;
    longer.violationWindow = 60 * kNsPerSec;
    QVERIFY(bounded.apply(cmd::SetReputationConfig{longer}, kT0 + 11 * kNsPerSec).ok);
    QCOMPARE(eventsOf(bounded, EventKind::Violation).size(), kKeys - ReputationTracker::kAssessPerPass);

    // A simulation's engine (unbounded, the default) records them all in one pass.
    Engine simulated(c);
    simulated.decide(requests, out);
    simulated.tick(kT0 + 11 * kNsPerSec);
    QCOMPARE(eventsOf(simulated, EventKind::Violation).size(), kKeys);
}

void TestReputation::cleanTrafficEarnsOnePointPer500()
{
    EngineConfig c;
    c.policies = {Policy{"", 1'000'000, kNsPerMin, 1'000'000}};
    Engine e(c);
    for (int i = 0; i < 499; ++i) {
        e.decide(request("clean", kT0 + i * kNsPerMs));
    }
    QCOMPARE(e.inspect("clean")->score, 50.0F);
    e.decide(request("clean", kT0 + 499 * kNsPerMs));
    QCOMPARE(e.inspect("clean")->score, 51.0F);
    for (int i = 500; i < 1000; ++i) {
        e.decide(request("clean", kT0 + i * kNsPerMs));
    }
    QCOMPARE(e.inspect("clean")->score, 52.0F);
}

void TestReputation::cleanCountIsConfigurable()
{
    EngineConfig c;
    c.policies = {Policy{"", 1'000'000, kNsPerMin, 1'000'000}};
    c.reputation.cleanRequestsPerPoint = 100;
    Engine e(c);
    for (int i = 0; i < 1000; ++i) {
        e.decide(request("clean", kT0 + i * kNsPerMs));
    }
    QCOMPARE(e.inspect("clean")->score, 60.0F);
}

void TestReputation::decayPullsTowardNeutralEveryHour()
{
    EngineConfig c = smallConfig();
    c.idleEviction = 30 * kNsPerDay;  // keep the key in the hot table all week
    Engine e(c);
    burst(e, "k", kT0, 20);
    e.tick(kT0 + 10 * kNsPerSec);
    QCOMPARE(e.inspect("k")->score, 44.0F);
    e.tick(kT0 + kNsPerHour);
    QCOMPARE(e.inspect("k")->score, 50.0F - 6.0F * 0.99F);
    for (int h = 2; h <= 168; ++h) {
        e.tick(kT0 + h * kNsPerHour);
    }
    const float score = e.inspect("k")->score;
    QVERIFY2(score > 48.8F && score < 49.0F, qPrintable(QString::number(score)));
}

void TestReputation::tierChangesAreEvents()
{
    Engine e(smallConfig());
    eventsOf(e, EventKind::TierChanged);
    // Severity 3 costs 9 points a window: 50 -> 41 -> 32 -> 23 -> 14 (flagged on the fourth).
    for (int w = 0; w < 4; ++w) {
        burst(e, "bad", kT0 + w * 10 * kNsPerSec, 40);
    }
    e.tick(kT0 + 40 * kNsPerSec);
    EventBatch all;
    e.takeEvents(all);
    int violations = 0;
    std::vector<Event> tiers;
    for (const auto& ev : all) {
        violations += ev.kind == EventKind::Violation ? 1 : 0;
        if (ev.kind == EventKind::TierChanged) {
            tiers.push_back(ev);
        }
    }
    QCOMPARE(violations, 4);
    QCOMPARE(tiers.size(), std::size_t(1));
    QCOMPARE(tiers[0].key, std::string("bad"));
    QCOMPARE(tiers[0].tierBefore, ReputationTier::Standard);
    QCOMPARE(tiers[0].tierAfter, ReputationTier::Flagged);
    QCOMPARE(tiers[0].scoreAfter, 14.0F);
    QCOMPARE(e.inspect("bad")->tier, ReputationTier::Flagged);
}

void TestReputation::reputationGatedOffMeansMultiplierOne()
{
    EngineConfig c = smallConfig();
    Engine e(c);
    for (int w = 0; w < 4; ++w) {
        burst(e, "bad", kT0 + w * 10 * kNsPerSec, 40);
    }
    e.tick(kT0 + 40 * kNsPerSec);
    QCOMPARE(e.inspect("bad")->tier, ReputationTier::Flagged);
    QCOMPARE(e.limitFor("bad").reputationMultiplier, 0.5);
    QCOMPARE(e.limitFor("bad").effectiveLimit, 30U);
    e.apply(cmd::SetFlagEnabled{flags::kReputationSystem, false, "ops"}, kT0 + 41 * kNsPerSec);
    QCOMPARE(e.limitFor("bad").reputationMultiplier, 1.0);
    QCOMPARE(e.limitFor("bad").effectiveLimit, 60U);
    const Decision d = e.decide(request("bad", kT0 + 100 * kNsPerSec));
    QCOMPARE(d.limit, 60U);
    QCOMPARE(d.multiplier, 1.0F);
    QCOMPARE(d.reputationTier, ReputationTier::Flagged);  // still tracked, just not applied
}

void TestReputation::histogramAndTierCountsFollowScores()
{
    Engine e(smallConfig());
    for (int i = 0; i < 100; ++i) {
        e.decide(request("key-" + std::to_string(i), kT0));
    }
    burst(e, "key-0", kT0, 40);
    e.tick(kT0 + 10 * kNsPerSec);
    Snapshot s;
    e.tick(kT0 + 10 * kNsPerSec);
    e.fillSnapshot(kT0 + 10 * kNsPerSec, s);
    std::uint64_t total = 0;
    for (auto n : s.histogram) {
        total += n;
    }
    QCOMPARE(total, s.activeKeys);
    QCOMPARE(s.activeKeys, std::uint64_t(100));
    QCOMPARE(s.histogram[10], std::uint64_t(99));  // score 50 is bin 10 (50..55)
    QCOMPARE(s.histogram[8], std::uint64_t(1));    // 41 is bin 8 (40..45)
    QCOMPARE(s.tierCounts[1], std::uint64_t(100));
}

QTEST_APPLESS_MAIN(TestReputation)
#include "tst_reputation.moc"
