// SPDX-License-Identifier: Apache-2.0
// The shared limiter against a real Redis Cluster on 127.0.0.1 (3 masters, made by redis-cli --cluster create):
// slots are the cluster's own, keys spread over every master, a migrating slot is followed (ASK, then MOVED)
// without losing a key's state, and a killed master's replica takes over.
#include "RedisTestSupport.h"

#include "limiter/Gcra.h"
#include "limiter/Policy.h"
#include "limiter/RateTable.h"
#include "redis/HashSlot.h"
#include "redis/RedisClient.h"
#include "redis/RedisLimiter.h"

#include <QTest>

#include <random>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::test::RedisCluster;
using sluice::test::RedisServer;
using sluice::test::waitUntil;

namespace {

constexpr TimeNs kT0 = 1'700'000'000 * kNsPerSec;

GcraRate rateOf(std::uint32_t limit, TimeNs period, std::uint32_t burst)
{
    return RateTable::compute(Policy{"", limit, period, burst}, 1.0).gcra;
}

// `count` unit checks of `key` at `now`; how many were allowed, and whether all were decided.
std::pair<int, bool> admitted(RedisLimiter& limiter, const std::string& key, int count, TimeNs now,
                              std::string_view route = {})
{
    std::vector<SharedCheck> checks(static_cast<std::size_t>(count),
                                    SharedCheck{key, route, rateOf(3, kNsPerMin, 3), 1, now});
    std::vector<SharedVerdict> verdicts(checks.size());
    limiter.decide(checks, verdicts);
    int allowed = 0;
    bool decided = true;
    for (const SharedVerdict& verdict : verdicts) {
        allowed += verdict.allowed ? 1 : 0;
        decided = decided && verdict.decided;
    }
    return {allowed, decided};
}

std::string idOf(RedisServer& node) { return node.call({"CLUSTER", "MYID"}).text; }

}  // namespace

class TestRedisCluster final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!RedisServer::available()) {
            QSKIP("redis-server is not installed");
        }
        m_cluster = std::make_unique<RedisCluster>(3, 0);
        QVERIFY2(m_cluster->ready(), qPrintable(m_cluster->error()));
    }

    void hashSlotsAreTheClustersOwn()
    {
        QCOMPARE(hashSlot("123456789"), std::uint16_t(12739));  // CRC16/XMODEM's check value, 0x31C3
        std::vector<std::string> keys{"user1000",
                                      "{user1000}.following",
                                      "foo{}{bar}",
                                      "foo{{bar}}zap",
                                      "foo{bar}{zap}",
                                      "{}",
                                      "}{",
                                      "a{b",
                                      "",
                                      "sluice:gcra:{10.0.0.1}:/login"};
        std::mt19937_64 random(3);
        for (int i = 0; i < 300; ++i) {
            std::string key(random() % 24, '\0');
            for (char& c : key) {
                c = static_cast<char>(random() % 256);
            }
            keys.push_back(key);
        }
        for (const std::string& key : keys) {
            long long slot = -1;
            QVERIFY(m_cluster->node(0).call({"CLUSTER", "KEYSLOT", key}).asInteger(slot));
            QCOMPARE(static_cast<long long>(hashSlot(key)), slot);
        }
    }

    // 3,000 keys, four checks each in one batch at one instant against a burst of three: exactly three pass for
    // every key, as on one server, and every master holds some of the keys.
    void keysSpreadOverEveryMasterAndDecideAsOnOneServer()
    {
        RedisOptions options;
        options.seeds = m_cluster->seeds();
        RedisClient client(options);
        RedisLimiter limiter(client);
        std::vector<std::string> keys;
        for (int i = 0; i < 3000; ++i) {
            keys.push_back("spread-" + std::to_string(i));
        }
        std::vector<SharedCheck> checks;
        for (int round = 0; round < 4; ++round) {
            for (const std::string& key : keys) {
                checks.push_back(SharedCheck{key, {}, rateOf(3, kNsPerMin, 3), 1, kT0});
            }
        }
        std::vector<SharedVerdict> verdicts(checks.size());
        limiter.decide(checks, verdicts);
        QCOMPARE(client.mode(), RedisMode::Cluster);
        for (std::size_t i = 0; i < verdicts.size(); ++i) {
            QVERIFY2(verdicts[i].decided, verdicts[i].error.c_str());
            QCOMPARE(verdicts[i].allowed, i < 3 * keys.size());
        }
        long long total = 0;
        for (std::size_t n = 0; n < m_cluster->size(); ++n) {
            long long keysHere = 0;
            QVERIFY(m_cluster->node(n).call({"DBSIZE"}).asInteger(keysHere));
            QVERIFY2(keysHere > 800, std::to_string(keysHere).c_str());
            total += keysHere;
        }
        QVERIFY(total >= 3000);
        const RedisHealth health = client.health();
        QVERIFY(!health.degraded);
        QCOMPARE(std::count_if(health.nodes.begin(), health.nodes.end(), [](const auto& n) { return n.master; }), 3L);
    }

    // A slot moves from one master to another while the limiter runs: a key not yet moved is decided where it is,
    // a new key of the slot goes to the target (ASK), and once the slot has moved the client follows MOVED. The key
    // keeps its state across the move: three checks pass in all, whichever node answered.
    void aMigratingSlotIsFollowedWithoutLosingState()
    {
        RedisOptions options;
        options.seeds = m_cluster->seeds();
        RedisClient client(options);
        RedisLimiter limiter(client);
        const std::string key = "migrating-key";
        const std::string stored = limiter.stateKey(key, {});
        const int slot = hashSlot(stored);
        RedisServer* from = m_cluster->masterOf(slot);
        QVERIFY(from != nullptr);
        RedisServer* to = nullptr;
        for (std::size_t n = 0; n < m_cluster->size(); ++n) {
            if (&m_cluster->node(n) != from) {
                to = &m_cluster->node(n);
                break;
            }
        }
        QCOMPARE(admitted(limiter, key, 1, kT0), std::make_pair(1, true));

        const std::string slotText = std::to_string(slot);
        QCOMPARE(to->call({"CLUSTER", "SETSLOT", slotText, "IMPORTING", idOf(*from)}).text, std::string("OK"));
        QCOMPARE(from->call({"CLUSTER", "SETSLOT", slotText, "MIGRATING", idOf(*to)}).text, std::string("OK"));
        // The same key on another route: the same slot (the key is the hash tag), not on the source yet: ASK.
        QCOMPARE(admitted(limiter, key, 1, kT0, "/login"), std::make_pair(1, true));
        long long onTarget = 0;
        QVERIFY(to->call({"CLUSTER", "COUNTKEYSINSLOT", slotText}).asInteger(onTarget));
        QCOMPARE(onTarget, 1LL);
        // The key itself is still on the source, which answers it.
        QCOMPARE(admitted(limiter, key, 1, kT0), std::make_pair(1, true));

        const RedisReply moved =
            from->call({"MIGRATE", "127.0.0.1", std::to_string(to->port()), "", "0", "5000", "KEYS", stored});
        QCOMPARE(moved.text, std::string("OK"));
        for (std::size_t n = 0; n < m_cluster->size(); ++n) {
            QCOMPARE(m_cluster->node(n).call({"CLUSTER", "SETSLOT", slotText, "NODE", idOf(*to)}).text,
                     std::string("OK"));
        }
        // The client still thinks the source serves the slot: MOVED, followed. One more passes, then none.
        QCOMPARE(admitted(limiter, key, 3, kT0), std::make_pair(1, true));
        QCOMPARE(m_cluster->masterOf(slot), to);
    }

    // Three masters with a replica each. The master of a key is killed (SIGKILL) mid-run: its checks are
    // unavailable, naming it, and the client says it is degraded, while keys of the other masters are still
    // decided; once the replica has taken over, the key is decided again and the client is whole. The killed
    // node comes back as a replica and nothing changes for the client.
    void aKilledMastersReplicaTakesOver()
    {
        RedisCluster cluster(3, 1);
        QVERIFY2(cluster.ready(), qPrintable(cluster.error()));
        RedisOptions options;
        options.seeds = cluster.seeds();
        RedisClient client(options);
        RedisLimiter limiter(client);
        const std::string key = "failover-key";
        const int slot = hashSlot(limiter.stateKey(key, {}));
        QCOMPARE(admitted(limiter, key, 1, kT0), std::make_pair(1, true));
        // Let the replica have the key before its master dies (replication is asynchronous).
        RedisServer* master = cluster.masterOf(slot);
        QVERIFY(master != nullptr);
        QVERIFY(waitUntil([&] {
            long long replicas = 0;
            return master->call({"WAIT", "1", "1000"}).asInteger(replicas) && replicas >= 1;
        }));
        std::string otherKey;
        for (int i = 0; otherKey.empty(); ++i) {
            const std::string candidate = "other-" + std::to_string(i);
            if (cluster.masterOf(hashSlot(limiter.stateKey(candidate, {}))) != master) {
                otherKey = candidate;
            }
        }

        master->kill();
        SharedVerdict verdict;
        const SharedCheck check{key, {}, rateOf(3, kNsPerMin, 3), 1, kT0};
        limiter.decide(std::span<const SharedCheck>(&check, 1), std::span<SharedVerdict>(&verdict, 1));
        QVERIFY(!verdict.decided);
        QVERIFY2(verdict.error.find(master->endpoint().text()) != std::string::npos, verdict.error.c_str());
        QVERIFY(client.health().degraded);
        QCOMPARE(admitted(limiter, otherKey, 1, kT0).second, true);

        QVERIFY(waitUntil([&] { return admitted(limiter, key, 1, kT0).second; }, 30000));
        QVERIFY(waitUntil([&] {
            client.maintain();
            return !client.health().degraded;
        }));
        // The replica had the key: one passed before, one while waiting; the third is the last.
        QCOMPARE(admitted(limiter, key, 2, kT0), std::make_pair(1, true));

        master->start();
        QVERIFY(master->waitAnswering());
        QVERIFY(waitUntil([&] {
            return cluster.allAgree() && master->call({"ROLE"}).elements.size() > 0 &&
                   master->call({"ROLE"}).elements[0].text == "slave";
        }));
        QCOMPARE(admitted(limiter, key, 1, kT0), std::make_pair(0, true));
        client.maintain();
        QVERIFY(!client.health().degraded);
    }

private:
    std::unique_ptr<RedisCluster> m_cluster;
};

QTEST_GUILESS_MAIN(TestRedisCluster)
#include "tst_redis_cluster.moc"
