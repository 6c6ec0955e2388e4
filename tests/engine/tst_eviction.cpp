// SPDX-License-Identifier: Apache-2.0
#include "EngineTestSupport.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

// Idle keys leave the hot table, and what made them matter (their reputation) does not leave with them.
class TestEviction final : public QObject {
    Q_OBJECT

private slots:
    void idleNeutralKeysAreDropped();
    void idleKeysKeepTheirReputationWhenTheyReturn();
    void vipKeysStay();
    void evictedChangesStillReachTheStore();
    void snapshotCountsFollowEviction();
    void longKeysAreCutAt255Bytes();

private:
    static EngineConfig config();
};

EngineConfig TestEviction::config()
{
    EngineConfig c = smallConfig();
    c.idleEviction = kNsPerHour;
    c.maintenanceInterval = kNsPerMin;
    return c;
}

void TestEviction::idleNeutralKeysAreDropped()
{
    Engine e(config());
    e.decide(request("quiet", kT0));
    e.decide(request("busy", kT0));
    for (int m = 1; m <= 70; ++m) {
        e.decide(request("busy", kT0 + m * kNsPerMin));
    }
    QCOMPARE(e.keyCount(), std::uint64_t(1));
    QVERIFY(e.inspect("quiet") == std::nullopt);
    QVERIFY(e.inspect("busy")->active);
}

void TestEviction::idleKeysKeepTheirReputationWhenTheyReturn()
{
    Engine e(config());
    burst(e, "abuser", kT0, 30);  // severity 3: 50 -> 41
    e.tick(kT0 + 10 * kNsPerSec);
    QCOMPARE(e.inspect("abuser")->score, 41.0F);
    e.tick(kT0 + 2 * kNsPerHour + kNsPerMin);  // two decay steps, then evicted
    const auto dormant = e.inspect("abuser");
    QVERIFY(dormant);
    QVERIFY(!dormant->active);
    QCOMPARE(e.keyCount(), std::uint64_t(0));
    // It comes back a day later: the score it left with, decayed for every hour boundary since.
    const TimeNs back = kT0 + 26 * kNsPerHour + kNsPerSec;
    e.decide(request("abuser", back));
    const float expected = ReputationRules(ReputationConfig{}).decayed(41.0F, 26);
    QCOMPARE(e.inspect("abuser")->score, expected);
    QVERIFY(e.inspect("abuser")->active);
}

void TestEviction::vipKeysStay()
{
    Engine e(config());
    QVERIFY(e.apply(cmd::PutVipTier{"gold", 1.5}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"vip", "gold", 0, "", "ops"}, kT0).ok);
    e.decide(request("vip", kT0));
    e.tick(kT0 + 3 * kNsPerHour);
    QVERIFY(e.inspect("vip")->active);
}

void TestEviction::evictedChangesStillReachTheStore()
{
    Engine e(config());
    burst(e, "abuser", kT0, 30);
    e.tick(kT0 + 2 * kNsPerHour);  // assessed, then evicted before any checkpoint
    std::vector<store::KeyReputation> dirty;
    e.takeDirtyKeys(dirty, kT0 + 2 * kNsPerHour);
    QCOMPARE(dirty.size(), std::size_t(1));
    QCOMPARE(dirty[0].key, std::string("abuser"));
    QVERIFY(dirty[0].score < 50.0F);
    e.takeDirtyKeys(dirty, kT0 + 2 * kNsPerHour);
    QVERIFY(dirty.empty());  // handed over once
}

void TestEviction::snapshotCountsFollowEviction()
{
    Engine e(config());
    for (int i = 0; i < 50; ++i) {
        e.decide(request(std::string("k").append(std::to_string(i)), kT0));
    }
    burst(e, "k0", kT0, 30);
    e.tick(kT0 + 10 * kNsPerSec);
    Snapshot s;
    e.tick(kT0 + 10 * kNsPerSec);
    e.fillSnapshot(kT0 + 10 * kNsPerSec, s);
    QCOMPARE(s.activeKeys, std::uint64_t(50));
    QCOMPARE(s.requests, std::uint64_t(80));
    QCOMPARE(s.denied, std::uint64_t(21));  // k0 spent one of its burst of 10 before
    QCOMPARE(s.topDenied.size(), std::size_t(1));
    QCOMPARE(s.topDenied[0].key, std::string("k0"));
    QCOMPARE(s.topDenied[0].denied, std::uint64_t(21));
    e.tick(kT0 + 2 * kNsPerHour);
    e.fillSnapshot(kT0 + 2 * kNsPerHour, s);
    QCOMPARE(s.activeKeys, std::uint64_t(0));
    QCOMPARE(s.dormantKeys, std::uint64_t(1));
    std::uint64_t binned = 0;
    for (auto n : s.histogram) {
        binned += n;
    }
    QCOMPARE(binned, std::uint64_t(0));
    QCOMPARE(s.topDenied[0].key, std::string("k0"));  // the list remembers who was denied
}

void TestEviction::longKeysAreCutAt255Bytes()
{
    Engine e(config());
    const std::string a = std::string(255, 'x').append("-first");
    const std::string b = std::string(255, 'x').append("-second");
    e.decide(request(a, kT0));
    e.decide(request(b, kT0));
    QCOMPARE(e.keyCount(), std::uint64_t(1));  // documented: only the first 255 bytes identify a key
    QCOMPARE(e.inspect(a)->key.size(), std::size_t(255));
    QCOMPARE(e.inspect(b)->allowed, 2U);
}

QTEST_APPLESS_MAIN(TestEviction)
#include "tst_eviction.moc"
