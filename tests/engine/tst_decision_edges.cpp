// SPDX-License-Identifier: Apache-2.0
// A decision is one consistent answer: its tier, limit and multiplier come from the same moment, and a request
// that can never pass says so instead of naming a wait.
#include "EngineTestSupport.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

class TestDecisionEdges final : public QObject {
    Q_OBJECT

private slots:
    void theRequestThatEarnsTrustIsJudgedAtTheOldTier();
    void aClosedWindowsVerdictAppliesToTheNextRequest();
    void aCostBeyondTheBurstNeverPasses();
    void aCostWithinTheBurstGetsAWait();
    void underTheThrottleTheBurstShrinksToo();
};

void TestDecisionEdges::theRequestThatEarnsTrustIsJudgedAtTheOldTier()
{
    EngineConfig c = smallConfig();
    c.reputation.initialScore = 80.0F;  // standard; one clean point makes it trusted
    c.reputation.cleanRequestsPerPoint = 1;
    Engine e(c);
    e.restore({}, kT0);
    const Decision first = e.decide(request("k", kT0));
    QVERIFY(first.allowed);
    QCOMPARE(e.inspect("k")->tier, ReputationTier::Trusted);
    // The request was judged at the standard limit: the decision names that tier with that limit.
    QCOMPARE(first.reputationTier, ReputationTier::Standard);
    QCOMPARE(first.limit, 60U);
    QCOMPARE(first.multiplier, 1.0F);
    QCOMPARE(first.remaining, 9U);
    // The next request meets the new tier.
    const Decision second = e.decide(request("k", kT0 + kNsPerSec));
    QCOMPARE(second.reputationTier, ReputationTier::Trusted);
    QCOMPARE(second.limit, 90U);
    QCOMPARE(second.multiplier, 1.5F);
}

void TestDecisionEdges::aClosedWindowsVerdictAppliesToTheNextRequest()
{
    EngineConfig c = smallConfig();
    c.reputation.initialScore = 21.0F;  // one violation of severity 1 or more makes the key flagged
    Engine e(c);
    e.restore({}, kT0);
    // "b" violates first in a window that ends later than "a"'s, so "a"'s window is still open in the queue when
    // "a" comes back: it is closed by that request.
    e.decide(request("a", kT0));
    e.decide(request("b", kT0 + kNsPerSec));
    burst(e, "b", kT0 + 2 * kNsPerSec, 20);
    burst(e, "a", kT0 + 9 * kNsPerSec, 20);
    QCOMPARE(e.inspect("a")->tier, ReputationTier::Standard);
    const Decision d = e.decide(request("a", kT0 + 10 * kNsPerSec + 500 * kNsPerMs));
    QCOMPARE(e.inspect("a")->tier, ReputationTier::Flagged);
    QCOMPARE(d.reputationTier, ReputationTier::Flagged);
    QCOMPARE(d.limit, 30U);  // 60/min x 0.5
    QCOMPARE(d.multiplier, 0.5F);
    QCOMPARE(d.limit, e.limitFor("a").effectiveLimit);
}

void TestDecisionEdges::aCostBeyondTheBurstNeverPasses()
{
    Engine e(smallConfig());  // burst 10
    e.restore({}, kT0);
    const Decision d = e.decide(request("k", kT0, 11));
    QVERIFY(!d.allowed);
    QVERIFY(d.neverPasses());
    QCOMPARE(d.retryAfter, kRetryNever);
    // Not even with a full allowance, much later.
    QVERIFY(e.decide(request("k", kT0 + kNsPerHour, 11)).neverPasses());
}

void TestDecisionEdges::aCostWithinTheBurstGetsAWait()
{
    Engine e(smallConfig());
    e.restore({}, kT0);
    QVERIFY(e.decide(request("k", kT0, 10)).allowed);
    const Decision d = e.decide(request("k", kT0, 10));
    QVERIFY(!d.allowed);
    QVERIFY(!d.neverPasses());
    QCOMPARE(d.retryAfter, 10 * kNsPerSec);
}

void TestDecisionEdges::underTheThrottleTheBurstShrinksToo()
{
    Engine e(smallConfig());
    e.restore({}, kT0);
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::Critical, "incident", 0, "alice"}, kT0).ok);
    // Critical (x0.2): a burst of 2, so a cost of 3 cannot pass while the throttle lasts.
    QVERIFY(e.decide(request("k", kT0 + kNsPerSec, 3)).neverPasses());
    QVERIFY(e.decide(request("k", kT0 + kNsPerSec, 2)).allowed);
}

QTEST_APPLESS_MAIN(TestDecisionEdges)
#include "tst_decision_edges.moc"
