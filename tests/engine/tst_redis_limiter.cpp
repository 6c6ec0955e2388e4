// SPDX-License-Identifier: Apache-2.0
// The shared limiter against one real redis-server: it decides exactly like the engine's GCRA, keys vanish when
// replenished, lost scripts are loaded again, and a server that dies is unavailable until it is back.
#include "RedisTestSupport.h"

#include "limiter/Gcra.h"
#include "limiter/Policy.h"
#include "limiter/RateTable.h"
#include "redis/RedisClient.h"
#include "redis/RedisLimiter.h"

#include <QTest>

#include <random>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::test::RedisServer;
using sluice::test::waitUntil;

namespace {

constexpr TimeNs kT0 = 1'700'000'000 * kNsPerSec;

RedisOptions optionsFor(const RedisServer& server)
{
    RedisOptions options;
    options.seeds = {server.endpoint()};
    return options;
}

GcraRate rateOf(std::uint32_t limit, TimeNs period, std::uint32_t burst)
{
    return RateTable::compute(Policy{"", limit, period, burst}, 1.0).gcra;
}

SharedVerdict decideOne(RedisLimiter& limiter, std::string_view key, const GcraRate& rate, TimeNs now,
                        std::uint32_t cost = 1, std::string_view route = {})
{
    const SharedCheck check{key, route, rate, cost, now};
    SharedVerdict verdict;
    limiter.decide(std::span<const SharedCheck>(&check, 1), std::span<SharedVerdict>(&verdict, 1));
    return verdict;
}

}  // namespace

class TestRedisLimiter final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { SLUICE_START_REDIS_OR_SKIP(m_server); }
    void init() { QCOMPARE(m_server->call({"FLUSHALL"}).text, std::string("OK")); }

    void aSingleServerIsFoundOut()
    {
        RedisClient client(optionsFor(*m_server));
        client.maintain();
        QCOMPARE(client.mode(), RedisMode::Single);
        const RedisHealth health = client.health();
        QVERIFY(!health.degraded);
        QCOMPARE(health.nodes.size(), std::size_t(1));
        QVERIFY(health.nodes[0].master);
    }

    // Random keys, routes, costs, rates and arrival times, in batches: every verdict is gcraCheck's on the same
    // microsecond rate, and every key's stored TAT is the reference's.
    void decidesExactlyLikeTheEnginesGcra()
    {
        RedisClient client(optionsFor(*m_server));
        RedisLimiter limiter(client);
        const std::vector<GcraRate> rates{rateOf(10, kNsPerSec, 10), rateOf(60, kNsPerMin, 5), rateOf(7, kNsPerSec, 3),
                                          rateOf(1000, kNsPerMin, 1000)};
        std::mt19937_64 random(7);
        std::map<std::string, TimeNs> tats;  // reference TATs in µs, by Redis key
        TimeNs now = kT0;
        std::size_t allowed = 0;
        std::size_t denied = 0;
        std::size_t never = 0;
        for (int batch = 0; batch < 40; ++batch) {
            std::vector<std::string> keys(256);
            std::vector<SharedCheck> checks(256);
            for (std::size_t i = 0; i < checks.size(); ++i) {
                keys[i] = "user-" + std::to_string(random() % 40);
                now += static_cast<TimeNs>(random() % 40'000'000);  // up to 40 ms apart, whole ns
                const auto cost = static_cast<std::uint32_t>(random() % 4 == 0 ? random() % 12 : 1);
                const std::string_view route = random() % 3 == 0 ? "/login" : "";
                checks[i] = SharedCheck{keys[i], route, rates[random() % rates.size()], cost, now};
            }
            std::vector<SharedVerdict> verdicts(checks.size());
            limiter.decide(checks, verdicts);
            for (std::size_t i = 0; i < checks.size(); ++i) {
                const SharedCheck& check = checks[i];
                const MicroRate micro = microRate(check.rate);
                TimeNs& tat = tats[limiter.stateKey(check.key, check.route)];
                const TimeNs nowUs = check.now / 1000;
                const GcraOutcome expected =
                    gcraCheck(tat, nowUs, check.cost, makeGcraRate(micro.interval, micro.tolerance));
                const SharedVerdict& got = verdicts[i];
                QVERIFY2(got.decided, got.error.c_str());
                QCOMPARE(got.allowed, expected.allowed);
                QCOMPARE(got.remaining, expected.remaining);
                QCOMPARE(got.retryAfter, expected.retryAfter == kRetryNever ? kRetryNever : expected.retryAfter * 1000);
                QCOMPARE(got.resetAfter, expected.resetAfter * 1000);
                if (expected.tat > nowUs) {  // a key at rest (cost 0) is not stored, and needs not be
                    tat = expected.tat;
                }
                allowed += got.allowed ? 1 : 0;
                denied += got.allowed ? 0 : 1;
                never += got.retryAfter == kRetryNever ? 1 : 0;
            }
        }
        // The sequence exercised every branch.
        QVERIFY(allowed > 1000);
        QVERIFY(denied > 1000);
        QVERIFY(never > 10);
        for (const auto& [key, tat] : tats) {
            const RedisReply stored = m_server->call({"GET", key});
            long long value = 0;
            if (tat > now / 1000 || stored.kind != RedisReply::Kind::Nil) {
                QVERIFY2(stored.asInteger(value), key.c_str());
                QCOMPARE(value, static_cast<long long>(tat));
            }
        }
    }

    // A key's TTL is its reset time: a fully replenished key is gone from Redis.
    void aKeyLivesUntilItIsReplenished()
    {
        RedisClient client(optionsFor(*m_server));
        RedisLimiter limiter(client);
        const GcraRate rate = rateOf(60, kNsPerMin, 10);  // one a second, ten at once
        SharedVerdict last;
        for (int i = 0; i < 4; ++i) {
            last = decideOne(limiter, "ttl-key", rate, 0);  // Redis' own clock
            QVERIFY(last.decided && last.allowed);
        }
        QCOMPARE(last.remaining, 6U);
        // Four requests from rest hold the key for four seconds, less the moments between them.
        QVERIFY(last.resetAfter > 3 * kNsPerSec && last.resetAfter <= 4 * kNsPerSec);
        long long ttl = 0;
        QVERIFY(m_server->call({"PTTL", limiter.stateKey("ttl-key", {})}).asInteger(ttl));
        QVERIFY2(ttl > 3000 && ttl <= 4000, std::to_string(ttl).c_str());
        // A cost 0 check of a key at rest stores nothing.
        QVERIFY(decideOne(limiter, "resting-key", rate, 0, 0).allowed);
        QCOMPARE(m_server->call({"EXISTS", limiter.stateKey("resting-key", {})}).integer, 0LL);
    }

    // With no time given, the server's clock decides: a burst at rest passes, the next one waits an interval.
    void theServersClockIsSharedWhenNoTimeIsGiven()
    {
        RedisClient client(optionsFor(*m_server));
        RedisLimiter limiter(client);
        const GcraRate rate = rateOf(5, kNsPerSec, 5);
        std::vector<std::string> keys(6, "clock-key");
        std::vector<SharedCheck> checks;
        for (const auto& key : keys) {
            checks.push_back(SharedCheck{key, {}, rate, 1, 0});
        }
        std::vector<SharedVerdict> verdicts(checks.size());
        limiter.decide(checks, verdicts);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(verdicts[static_cast<std::size_t>(i)].allowed);
            QCOMPARE(verdicts[static_cast<std::size_t>(i)].remaining, static_cast<std::uint32_t>(4 - i));
        }
        QVERIFY(!verdicts[5].allowed);
        QVERIFY(verdicts[5].retryAfter > 0 && verdicts[5].retryAfter <= 200 * kNsPerMs);
    }

    // SCRIPT FLUSH (or a restarted server) loses the script: NOSCRIPT loads it again and the batch still decides.
    void aLostScriptIsLoadedAgain()
    {
        RedisClient client(optionsFor(*m_server));
        RedisLimiter limiter(client);
        const GcraRate rate = rateOf(100, kNsPerSec, 100);
        QVERIFY(decideOne(limiter, "script-key", rate, kT0).decided);
        QCOMPARE(m_server->call({"SCRIPT", "FLUSH"}).text, std::string("OK"));
        std::vector<std::string> keys;
        for (int i = 0; i < 50; ++i) {
            keys.push_back("script-key-" + std::to_string(i));
        }
        std::vector<SharedCheck> checks;
        for (const auto& key : keys) {
            checks.push_back(SharedCheck{key, {}, rate, 1, kT0});
        }
        std::vector<SharedVerdict> verdicts(checks.size());
        limiter.decide(checks, verdicts);
        for (const SharedVerdict& verdict : verdicts) {
            QVERIFY2(verdict.decided, verdict.error.c_str());
            QVERIFY(verdict.allowed);
        }
    }

    // A server that dies: its calls are unavailable at once, naming it, the breaker opens and the client says it
    // is degraded; once the server is back, a health check within a second closes the breaker again.
    void aDeadServerIsUnavailableUntilItIsBack()
    {
        RedisServer server;
        QVERIFY(server.waitAnswering());
        RedisClient client(optionsFor(server));
        RedisLimiter limiter(client);
        const GcraRate rate = rateOf(100, kNsPerSec, 100);
        QVERIFY(decideOne(limiter, "k", rate, kT0).decided);

        server.kill();
        SharedVerdict lost = decideOne(limiter, "k", rate, kT0);
        QVERIFY(!lost.decided);
        QVERIFY2(lost.error.find(server.endpoint().text()) != std::string::npos, lost.error.c_str());
        lost = decideOne(limiter, "k", rate, kT0);
        QVERIFY(!lost.decided);
        RedisHealth health = client.health();
        QVERIFY(health.degraded);
        QCOMPARE(health.nodes[0].breaker, BreakerState::Open);
        QVERIFY(health.nodes[0].failures >= 2);

        server.start();
        QVERIFY(server.waitAnswering());
        QElapsedTimer back;
        back.start();
        QVERIFY(waitUntil([&] {
            client.maintain();
            return client.health().nodes[0].breaker != BreakerState::Open;
        }));
        QVERIFY2(back.elapsed() < 1500, std::to_string(back.elapsed()).c_str());
        const SharedVerdict again = decideOne(limiter, "k", rate, kT0);
        QVERIFY2(again.decided, again.error.c_str());
        health = client.health();
        QVERIFY(!health.degraded);
        QCOMPARE(health.nodes[0].breaker, BreakerState::Closed);
    }

    // Two engines with leases of 5 units over one key, burst 20, all at one instant: each passes most of its
    // requests from its lease without Redis, and together they pass no more than the burst; what one engine holds
    // unspent the other cannot have. Once a lease's time is up its units are dropped, and Redis decides again.
    void leasesSpendTheSharedBudgetWithoutRoundTrips()
    {
        RedisClient clientA(optionsFor(*m_server));
        RedisClient clientB(optionsFor(*m_server));
        const RedisLease lease{5, 500 * kNsPerMs};
        RedisLimiter a(clientA, "sluice", false, lease);
        RedisLimiter b(clientB, "sluice", false, lease);
        const GcraRate rate = rateOf(60, kNsPerMin, 20);
        int allowed = 0;
        for (int i = 0; i < 60; ++i) {
            RedisLimiter& engine = i % 2 == 0 ? a : b;
            const SharedVerdict verdict = decideOne(engine, "leased", rate, kT0);
            QVERIFY2(verdict.decided, verdict.error.c_str());
            allowed += verdict.allowed ? 1 : 0;
        }
        QVERIFY2(allowed <= 20 && allowed >= 20 - 2 * 5, std::to_string(allowed).c_str());
        QVERIFY(a.leasedDecisions() >= 5 && b.leasedDecisions() >= 5);
        // Redis holds the TAT of all twenty units taken, leased or not: the burst is spent.
        long long tat = 0;
        QVERIFY(m_server->call({"GET", a.stateKey("leased", {})}).asInteger(tat));
        QCOMPARE(tat, static_cast<long long>(kT0 / 1000 + 20 * 1'000'000));

        // A lease's first unit at a later moment, then its time runs out: the next request is Redis' again.
        const TimeNs later = kT0 + 30 * kNsPerSec;  // 30 units back in the bucket
        QVERIFY(decideOne(a, "leased", rate, later).allowed);
        const std::uint64_t leased = a.leasedDecisions();
        QVERIFY(decideOne(a, "leased", rate, later + kNsPerMs).allowed);
        QCOMPARE(a.leasedDecisions(), leased + 1);
        QVERIFY(decideOne(a, "leased", rate, later + lease.ttl + kNsPerMs).allowed);
        QCOMPARE(a.leasedDecisions(), leased + 1);
    }

    // A node that takes connections and never answers (a hung server): the first batches wait for the command
    // timeout until its breaker opens; after that a batch is answered at once (Unavailable, naming it), because
    // health checks run on a thread of their own.
    void aSilentNodeCostsTheDecidingThreadNoWaiting()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        QVERIFY(::listen(fd, 64) == 0);
        QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        RedisOptions options;
        options.seeds = {RedisEndpoint{"127.0.0.1", ntohs(address.sin_port)}};
        options.timeouts.command = std::chrono::milliseconds(400);
        RedisClient client(options);
        RedisLimiter limiter(client);
        const GcraRate rate = rateOf(10, kNsPerSec, 10);
        QVERIFY(waitUntil([&] {
            return !decideOne(limiter, "k", rate, kT0).decided && !client.health().nodes.empty() &&
                   client.health().nodes[0].breaker == BreakerState::Open;
        }));
        // Batches keep coming while two more health checks time out on their own thread.
        const std::uint64_t failuresBefore = client.health().nodes[0].failures;
        QElapsedTimer timer;
        QVERIFY(waitUntil([&] {
            timer.start();
            const SharedVerdict verdict = decideOne(limiter, "k", rate, kT0);
            client.maintain();
            const qint64 took = timer.elapsed();
            if (verdict.decided || verdict.error.find(options.seeds[0].text()) == std::string::npos || took >= 200) {
                qWarning("decided %d in %lld ms: %s", verdict.decided, took, verdict.error.c_str());
                return true;  // fails below
            }
            return client.health().nodes[0].failures >= failuresBefore + 2;
        }));
        QVERIFY(client.health().nodes[0].failures >= failuresBefore + 2);  // the timeout is 400 ms each
        QVERIFY(client.health().degraded);
        ::close(fd);
    }

    void aPasswordIsSentAndAWrongOneNamed()
    {
        RedisServer server;
        QVERIFY(server.waitAnswering());
        QCOMPARE(server.call({"CONFIG", "SET", "requirepass", "s3cret"}).text, std::string("OK"));
        RedisOptions options = optionsFor(server);
        options.credentials.password = "s3cret";
        {
            RedisClient client(options);
            RedisLimiter limiter(client);
            const SharedVerdict verdict = decideOne(limiter, "k", rateOf(10, kNsPerSec, 10), kT0);
            QVERIFY2(verdict.decided, verdict.error.c_str());
        }
        options.credentials.password = "wrong";
        RedisClient client(options);
        RedisLimiter limiter(client);
        const SharedVerdict verdict = decideOne(limiter, "k", rateOf(10, kNsPerSec, 10), kT0);
        QVERIFY(!verdict.decided);
        QVERIFY2(verdict.error.find("WRONGPASS") != std::string::npos, verdict.error.c_str());
    }

private:
    std::unique_ptr<RedisServer> m_server;
};

QTEST_GUILESS_MAIN(TestRedisLimiter)
#include "tst_redis_limiter.moc"
