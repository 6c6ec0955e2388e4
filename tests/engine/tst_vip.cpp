// SPDX-License-Identifier: Apache-2.0
#include "EngineTestSupport.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

class TestVip final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void assignmentAppliesAndExpiresAtTheExactInstant();
    void expiryIsAnEventEvenWithoutTraffic();
    void anUnknownKeyWaitsForTraffic();
    void reassigningReplacesTheExpiry();
    void revokeEndsTheMultiplier();
    void invalidAssignmentsAreRefused();
    void catalogBounds();
    void aTierInUseCannotBeRemoved();

private:
    std::unique_ptr<Engine> m_engine;
};

void TestVip::init()
{
    EngineConfig c;
    c.policies = {Policy{"", 1000, kNsPerMin, 1000}};
    m_engine = std::make_unique<Engine>(c);
    QVERIFY(m_engine->apply(cmd::PutVipTier{"gold", 1.5}, kT0).ok);
    QVERIFY(m_engine->apply(cmd::PutVipTier{"platinum", 2.0}, kT0).ok);
}

void TestVip::assignmentAppliesAndExpiresAtTheExactInstant()
{
    Engine& e = *m_engine;
    e.decide(request("alice", kT0));
    const TimeNs expiry = kT0 + kNsPerHour + 123 * kNsPerMs;
    QVERIFY(e.apply(cmd::AssignVip{"alice", "gold", expiry, "launch partner", "admin"}, kT0).ok);
    QCOMPARE(e.decide(request("alice", kT0 + kNsPerSec)).limit, 1500U);
    const Decision before = e.decide(request("alice", expiry - 1));
    QCOMPARE(before.limit, 1500U);
    QCOMPARE(int(before.vipTier), 1);
    const Decision at = e.decide(request("alice", expiry));
    QCOMPARE(at.limit, 1000U);
    QCOMPARE(int(at.vipTier), 0);
    const auto expired = eventsOf(e, EventKind::VipExpired);
    QCOMPARE(expired.size(), std::size_t(1));
    QCOMPARE(expired[0].at, expiry);
    QCOMPARE(expired[0].key, std::string("alice"));
    QCOMPARE(expired[0].detail, std::string("gold"));
}

void TestVip::expiryIsAnEventEvenWithoutTraffic()
{
    Engine& e = *m_engine;
    const TimeNs expiry = kT0 + 90 * kNsPerSec;
    QVERIFY(e.apply(cmd::AssignVip{"bob", "platinum", expiry, "", "admin"}, kT0).ok);
    e.tick(expiry - 1);
    QCOMPARE(eventsOf(e, EventKind::VipExpired).size(), std::size_t(0));
    e.tick(expiry + 5 * kNsPerSec);
    const auto expired = eventsOf(e, EventKind::VipExpired);
    QCOMPARE(expired.size(), std::size_t(1));
    QCOMPARE(expired[0].at, expiry);  // stamped with the instant itself, not when it was noticed
    QVERIFY(e.inspect("bob") == std::nullopt);
}

void TestVip::anUnknownKeyWaitsForTraffic()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"not-seen-yet", "platinum", 0, "", "admin"}, kT0).ok);
    QCOMPARE(e.inspect("not-seen-yet")->vipTier, std::string("platinum"));
    QCOMPARE(e.decide(request("not-seen-yet", kT0 + kNsPerSec)).limit, 2000U);
}

void TestVip::reassigningReplacesTheExpiry()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"carol", "gold", kT0 + kNsPerMin, "", "admin"}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"carol", "platinum", kT0 + kNsPerHour, "", "admin"}, kT0 + kNsPerSec).ok);
    e.tick(kT0 + 2 * kNsPerMin);  // the old expiry passes: nothing happens
    QCOMPARE(eventsOf(e, EventKind::VipExpired).size(), std::size_t(0));
    QCOMPARE(e.decide(request("carol", kT0 + 2 * kNsPerMin)).limit, 2000U);
    e.tick(kT0 + kNsPerHour);
    QCOMPARE(eventsOf(e, EventKind::VipExpired).size(), std::size_t(1));
}

void TestVip::revokeEndsTheMultiplier()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"dave", "gold", 0, "", "admin"}, kT0).ok);
    QCOMPARE(e.decide(request("dave", kT0)).limit, 1500U);
    QVERIFY(e.apply(cmd::RevokeVip{"dave"}, kT0 + kNsPerSec).ok);
    QCOMPARE(e.decide(request("dave", kT0 + kNsPerSec)).limit, 1000U);
    const auto revoked = eventsOf(e, EventKind::VipRevoked);
    QCOMPARE(revoked.size(), std::size_t(1));
    QCOMPARE(revoked[0].detail, std::string("gold"));
    QVERIFY(!e.apply(cmd::RevokeVip{"dave"}, kT0 + 2 * kNsPerSec).ok);
}

void TestVip::invalidAssignmentsAreRefused()
{
    Engine& e = *m_engine;
    const CommandResult unknownTier = e.apply(cmd::AssignVip{"eve", "diamond", 0, "", "admin"}, kT0);
    QVERIFY(!unknownTier.ok);
    QVERIFY(unknownTier.error.find("diamond") != std::string::npos);
    const CommandResult past = e.apply(cmd::AssignVip{"eve", "gold", kT0 - 1, "", "admin"}, kT0);
    QVERIFY(!past.ok);
    QVERIFY(past.error.find("future") != std::string::npos);
    QVERIFY(!e.apply(cmd::AssignVip{"", "gold", 0, "", "admin"}, kT0).ok);
    QVERIFY(e.inspect("eve") == std::nullopt);
}

void TestVip::catalogBounds()
{
    Engine& e = *m_engine;
    QVERIFY(!e.apply(cmd::PutVipTier{"tiny", 0.9}, kT0).ok);
    QVERIFY(!e.apply(cmd::PutVipTier{"huge", 5.01}, kT0).ok);
    QVERIFY(e.apply(cmd::PutVipTier{"max", 5.0}, kT0).ok);
    QVERIFY(e.apply(cmd::PutVipTier{"gold", 1.75}, kT0).ok);  // editing a tier changes its multiplier
    QVERIFY(e.apply(cmd::AssignVip{"frank", "gold", 0, "", "admin"}, kT0).ok);
    QCOMPARE(e.decide(request("frank", kT0)).limit, 1750U);
}

void TestVip::aTierInUseCannotBeRemoved()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"grace", "gold", 0, "", "admin"}, kT0).ok);
    QVERIFY(!e.apply(cmd::RemoveVipTier{"gold"}, kT0).ok);
    QVERIFY(e.apply(cmd::RemoveVipTier{"platinum"}, kT0).ok);
    QVERIFY(!e.apply(cmd::AssignVip{"grace", "platinum", 0, "", "admin"}, kT0).ok);
}

QTEST_APPLESS_MAIN(TestVip)
#include "tst_vip.moc"
