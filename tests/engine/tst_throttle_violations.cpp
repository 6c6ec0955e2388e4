// SPDX-License-Identifier: Apache-2.0
// The throttle protects the service without costing well-behaved keys their reputation: a denial the throttle
// alone caused is not a violation; one the key's own limit would also have caused still is.
#include "EngineTestSupport.h"

#include "config/ConfigJson.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

// 60/min, burst 10: one request a second unthrottled; 12/min with a burst of 2 at Critical (x0.2).
Engine criticalEngine(ViolationBasis basis)
{
    EngineConfig c = smallConfig();
    c.reputation.violationBasis = basis;
    Engine e(c);
    e.restore({}, kT0);
    if (!e.apply(cmd::SetThrottleOverride{ThrottleLevel::Critical, "incident", 0, "alice"}, kT0).ok) {
        qFatal("the override was refused");
    }
    return e;
}

struct Sent {
    int allowed = 0;
    int denied = 0;
};

// `perSec` requests a second, evenly spaced, for `seconds`.
Sent send(Engine& e, std::string_view key, double perSec, int seconds)
{
    Sent s;
    const auto gap = static_cast<TimeNs>(static_cast<double>(kNsPerSec) / perSec);
    for (TimeNs t = kT0 + kNsPerSec; t < kT0 + kNsPerSec + seconds * kNsPerSec; t += gap) {
        (e.decide(request(key, t)).allowed ? s.allowed : s.denied) += 1;
    }
    e.tick(kT0 + (seconds + 60) * kNsPerSec);  // every window assessed
    return s;
}

}  // namespace

class TestThrottleViolations final : public QObject {
    Q_OBJECT

private slots:
    void aKeyWithinItsOwnLimitKeepsItsScore();
    void aKeyAboveItsOwnLimitStillLosesScore();
    void judgingTheEffectiveLimitPunishesThrottledKeys();
    void withoutAThrottleNothingChanges();
    void theBasisIsReadFromTheConfiguration();
    void aBadBasisNamesTheField();
};

void TestThrottleViolations::aKeyWithinItsOwnLimitKeepsItsScore()
{
    Engine e = criticalEngine(ViolationBasis::Unthrottled);
    // Half its own limit, more than twice the throttled one: the throttle still holds it back ...
    const Sent s = send(e, "partner", 0.5, 120);
    QVERIFY(s.denied > s.allowed);
    // ... but the key did nothing wrong.
    QVERIFY(eventsOf(e, EventKind::Violation).empty());
    QCOMPARE(e.inspect("partner")->score, 50.0F);
}

void TestThrottleViolations::aKeyAboveItsOwnLimitStillLosesScore()
{
    Engine e = criticalEngine(ViolationBasis::Unthrottled);
    send(e, "bot", 3.0, 120);  // three times its own limit
    const auto violations = eventsOf(e, EventKind::Violation);
    QVERIFY(violations.size() >= 10);  // one per ten-second window, the first may still be covered by the burst
    QVERIFY(e.inspect("bot")->score < 20.0F);
    QCOMPARE(e.inspect("bot")->tier, ReputationTier::Flagged);
}

void TestThrottleViolations::judgingTheEffectiveLimitPunishesThrottledKeys()
{
    Engine e = criticalEngine(ViolationBasis::Effective);
    send(e, "partner", 0.5, 120);
    QVERIFY(eventsOf(e, EventKind::Violation).size() >= 10);
    QVERIFY(e.inspect("partner")->score < 50.0F);
}

void TestThrottleViolations::withoutAThrottleNothingChanges()
{
    for (const ViolationBasis basis : {ViolationBasis::Unthrottled, ViolationBasis::Effective}) {
        EngineConfig c = smallConfig();
        c.reputation.violationBasis = basis;
        Engine e(c);
        e.restore({}, kT0);
        send(e, "bot", 3.0, 60);
        QCOMPARE(eventsOf(e, EventKind::Violation).size(), std::size_t(6));  // every window over the limit
    }
}

void TestThrottleViolations::theBasisIsReadFromTheConfiguration()
{
    EngineConfig c;
    QCOMPARE(c.reputation.violationBasis, ViolationBasis::Unthrottled);
    QVERIFY(!ConfigJson::decode(R"({"reputation": {"violation_basis": "effective"}})", c).has_value());
    QCOMPARE(c.reputation.violationBasis, ViolationBasis::Effective);
    QVERIFY(!ConfigJson::decode(R"({"reputation": {"violation_basis": "unthrottled"}})", c).has_value());
    QCOMPARE(c.reputation.violationBasis, ViolationBasis::Unthrottled);
    // What is written reads back the same.
    c.reputation.violationBasis = ViolationBasis::Effective;
    EngineConfig back;
    QVERIFY(!ConfigJson::decode(ConfigJson::encode(c), back).has_value());
    QCOMPARE(back.reputation.violationBasis, ViolationBasis::Effective);
}

void TestThrottleViolations::aBadBasisNamesTheField()
{
    EngineConfig c;
    const auto error = ConfigJson::decode(R"({"reputation": {"violation_basis": "throttled"}})", c);
    QVERIFY(error.has_value());
    QVERIFY2(error->find("reputation.violation_basis") != std::string::npos, error->c_str());
    QVERIFY2(error->find("expected unthrottled or effective") != std::string::npos, error->c_str());
    QVERIFY(ConfigJson::decode(R"({"reputation": {"violation_basis": 1}})", c).has_value());
}

QTEST_APPLESS_MAIN(TestThrottleViolations)
#include "tst_throttle_violations.moc"
