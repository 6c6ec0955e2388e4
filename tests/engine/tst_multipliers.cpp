// SPDX-License-Identifier: Apache-2.0
#include "EngineTestSupport.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

// final limit = base x reputation x VIP x throttle, as the decision reports it and as it is enforced.
class TestMultipliers final : public QObject {
    Q_OBJECT

private slots:
    void effectiveLimit_data();
    void effectiveLimit();
    void trustedAtCriticalLoadAdmitsExactly300AtOnce();
    void throttleGatedOffIgnoresTheThrottle();
    void perRoutePoliciesAreCountedSeparately();

private:
    static Engine engineWith(ThrottleLevel level);
};

Engine TestMultipliers::engineWith(ThrottleLevel level)
{
    EngineConfig c;
    c.policies = {Policy{"", 1000, kNsPerMin, 1000}, Policy{"/login", 10, kNsPerMin, 5}};
    Engine e(c);
    store::PersistedState state;
    state.vipTiers = {{"silver", 1.25}, {"gold", 1.5}, {"platinum", 2.0}};
    state.keys = {{"trusted-key", 90.0F, ReputationTier::Trusted, 0, kT0},
                  {"flagged-key", 10.0F, ReputationTier::Flagged, 0, kT0}};
    state.vipAssignments = {{"vip-key", "gold", 0, "", "test", kT0}};
    e.restore(state, kT0);
    if (level != ThrottleLevel::None) {
        e.apply(cmd::SetThrottleOverride{level, "test load", 0, "test"}, kT0);
    }
    return e;
}

void TestMultipliers::effectiveLimit_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("reputation");
    QTest::addColumn<double>("vip");
    QTest::addColumn<double>("throttle");
    QTest::addColumn<uint>("limit");
    QTest::newRow("trusted at medium load: 900")
        << "trusted-key" << int(ThrottleLevel::Medium) << 1.5 << 1.0 << 0.6 << 900U;
    QTest::newRow("trusted at critical load: 300")
        << "trusted-key" << int(ThrottleLevel::Critical) << 1.5 << 1.0 << 0.2 << 300U;
    QTest::newRow("standard, no load") << "new-key" << int(ThrottleLevel::None) << 1.0 << 1.0 << 1.0 << 1000U;
    QTest::newRow("flagged at low load") << "flagged-key" << int(ThrottleLevel::Low) << 0.5 << 1.0 << 0.8 << 400U;
    QTest::newRow("gold VIP at high load") << "vip-key" << int(ThrottleLevel::High) << 1.0 << 1.5 << 0.4 << 600U;
}

void TestMultipliers::effectiveLimit()
{
    QFETCH(QString, key);
    QFETCH(int, level);
    QFETCH(double, reputation);
    QFETCH(double, vip);
    QFETCH(double, throttle);
    QFETCH(uint, limit);
    Engine e = engineWith(static_cast<ThrottleLevel>(level));
    const std::string k = key.toStdString();
    const LimitBreakdown b = e.limitFor(k);
    QCOMPARE(b.baseLimit, 1000U);
    QCOMPARE(b.reputationMultiplier, reputation);
    QCOMPARE(b.vipMultiplier, vip);
    QCOMPARE(b.throttleMultiplier, throttle);
    QCOMPARE(b.effectiveLimit, limit);
    const Decision d = e.decide(request(k, kT0 + kNsPerSec));
    QVERIFY(d.allowed);
    QCOMPARE(d.limit, limit);
    QCOMPARE(d.remaining, limit - 1);
    QCOMPARE(d.throttleLevel, static_cast<ThrottleLevel>(level));
    QCOMPARE(d.multiplier, float(reputation * vip * throttle));
}

void TestMultipliers::trustedAtCriticalLoadAdmitsExactly300AtOnce()
{
    Engine e = engineWith(ThrottleLevel::Critical);
    QCOMPARE(burst(e, "trusted-key", kT0 + kNsPerSec, 400), 300);
    // One more passes after one emission interval: 60 s / 300 = 200 ms.
    QVERIFY(!e.decide(request("trusted-key", kT0 + kNsPerSec + 199 * kNsPerMs)).allowed);
    QVERIFY(e.decide(request("trusted-key", kT0 + kNsPerSec + 200 * kNsPerMs)).allowed);
}

void TestMultipliers::throttleGatedOffIgnoresTheThrottle()
{
    Engine e = engineWith(ThrottleLevel::Critical);
    e.apply(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 0, "ops"}, kT0);
    QCOMPARE(e.limitFor("trusted-key").throttleMultiplier, 1.0);
    const Decision d = e.decide(request("trusted-key", kT0 + kNsPerSec));
    QCOMPARE(d.limit, 1500U);
    QCOMPARE(d.throttleLevel, ThrottleLevel::None);
}

void TestMultipliers::perRoutePoliciesAreCountedSeparately()
{
    Engine e = engineWith(ThrottleLevel::None);
    QCOMPARE(burst(e, "new-key", kT0, 10, "/login"), 5);  // the login policy: burst 5
    QCOMPARE(burst(e, "new-key", kT0, 10), 10);           // the default policy is untouched
    const Decision d = e.decide(request("new-key", kT0, 1, "/login"));
    QVERIFY(!d.allowed);
    QCOMPARE(d.limit, 10U);
    QCOMPARE(d.retryAfter, 6 * kNsPerSec);                       // 60 s / 10
    QCOMPARE(burst(e, "new-key", kT0, 1, "/unknown-route"), 1);  // unknown routes use the default
}

QTEST_APPLESS_MAIN(TestMultipliers)
#include "tst_multipliers.moc"
