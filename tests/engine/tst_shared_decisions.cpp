// SPDX-License-Identifier: Apache-2.0
// The engine with its limiter state in a real Redis: one request at a time it decides exactly as the engine alone
// does, reputation and all; and while Redis cannot be reached, each policy's failure rule decides.
#include "EngineTestSupport.h"
#include "RedisTestSupport.h"

#include "decision/Engine.h"
#include "query/KeyView.h"
#include "redis/RedisClient.h"
#include "redis/RedisLimiter.h"

#include <QTest>

#include <random>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::engine::testing::kT0;
using sluice::test::RedisServer;

namespace {

// Intervals of whole microseconds (60 s / 100 = 600 ms, 1 s / 8 = 125 ms, and every reputation and throttle
// multiple of them), so the script's microseconds are the engine's nanoseconds exactly.
EngineConfig fleetConfig()
{
    EngineConfig config;
    config.policies = {Policy{"", 100, kNsPerMin, 10}, Policy{"/login", 8, kNsPerSec, 4}};
    config.reputation.violationWindow = kNsPerSec;
    return config;
}

}  // namespace

class TestSharedDecisions final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { SLUICE_START_REDIS_OR_SKIP(m_server); }

    // 3,000 requests over 30 keys and two routes, at random moments: every decision of the engine whose limits
    // live in Redis is the lone engine's, and so is each key's reputation at the end (violations found alike).
    void oneAtATimeItDecidesAsTheEngineAlone()
    {
        RedisOptions options;
        options.seeds = {m_server->endpoint()};
        RedisClient client(options);
        RedisLimiter limiter(client, "same");
        Engine alone(fleetConfig());
        Engine shared(fleetConfig());
        shared.setSharedLimiter(&limiter);
        std::mt19937_64 random(11);
        TimeNs now = kT0;
        std::vector<std::string> keys;
        for (int i = 0; i < 30; ++i) {
            keys.push_back("10.1.0." + std::to_string(i));
        }
        int denied = 0;
        for (int i = 0; i < 3000; ++i) {
            now += static_cast<TimeNs>(random() % 20) * kNsPerMs;
            const Request q{keys[random() % keys.size()], 1, now, random() % 3 == 0 ? "/login" : "", {}, {}};
            const Decision a = alone.decide(q);
            const Decision b = shared.decide(q);
            QCOMPARE(b.allowed, a.allowed);
            QCOMPARE(b.remaining, a.remaining);
            QCOMPARE(b.limit, a.limit);
            QCOMPARE(b.retryAfter, a.retryAfter);
            QCOMPARE(b.resetAfter, a.resetAfter);
            QCOMPARE(b.reputationTier, a.reputationTier);
            denied += a.allowed ? 0 : 1;
        }
        QVERIFY(denied > 500);
        for (const std::string& key : keys) {
            QCOMPARE(shared.inspect(key)->score, alone.inspect(key)->score);
        }
        Snapshot snapshot;
        shared.fillSnapshot(now, snapshot);
        QVERIFY(snapshot.shared.configured);
        QCOMPARE(snapshot.shared.decided, 3000ULL);
        QVERIFY(!snapshot.shared.degraded);
    }

    // Nothing listens at the address: "open" allows, "closed" denies with a second to wait, "local" decides alone
    // at its fraction of the limit (a burst of 10 at 0.5: 5). The snapshot says degraded and counts each rule.
    void withoutRedisEachPolicysRuleDecides()
    {
        RedisOptions options;
        options.seeds = {RedisEndpoint{"127.0.0.1", sluice::test::freeLocalPort()}};
        RedisClient client(options);
        RedisLimiter limiter(client);
        EngineConfig config;
        config.policies = {Policy{"", 100, kNsPerMin, 10, SharedFailure::Local, 0.5},
                           Policy{"/open", 1, kNsPerMin, 1, SharedFailure::Open, 1.0},
                           Policy{"/closed", 1000, kNsPerMin, 1000, SharedFailure::Closed, 1.0}};
        Engine engine(config);
        engine.setSharedLimiter(&limiter);
        std::vector<Request> batch;
        for (int i = 0; i < 8; ++i) {
            batch.push_back(Request{"k", 1, kT0, "", {}, {}});
            batch.push_back(Request{"k", 1, kT0, "/open", {}, {}});
            batch.push_back(Request{"k", 1, kT0, "/closed", {}, {}});
        }
        std::vector<Decision> out(batch.size());
        engine.decide(batch, out);
        int localAllowed = 0;
        for (std::size_t i = 0; i < batch.size(); i += 3) {
            localAllowed += out[i].allowed ? 1 : 0;
            QVERIFY(out[i + 1].allowed);
            QVERIFY(!out[i + 2].allowed);
            QCOMPARE(out[i + 2].retryAfter, kNsPerSec);
        }
        QCOMPARE(localAllowed, 5);
        Snapshot snapshot;
        engine.fillSnapshot(kT0, snapshot);
        QVERIFY(snapshot.shared.degraded);
        QCOMPARE(snapshot.shared.decided, 0ULL);
        QCOMPARE(snapshot.shared.failedLocal, 8ULL);
        QCOMPARE(snapshot.shared.failedOpen, 8ULL);
        QCOMPARE(snapshot.shared.failedClosed, 8ULL);
        QVERIFY2(snapshot.shared.lastError.find(options.seeds[0].text()) != std::string::npos,
                 snapshot.shared.lastError.c_str());
        QCOMPARE(snapshot.requests, 24ULL);
    }

    // Under a Critical throttle (x0.2) a key at half its own limit is held back by Redis, but did nothing wrong:
    // no violation, its score stays. A key at three times its own limit still loses score.
    void aThrottledKeyWithinItsOwnLimitKeepsItsScore()
    {
        RedisOptions options;
        options.seeds = {m_server->endpoint()};
        RedisClient client(options);
        RedisLimiter limiter(client, "throttled");
        Engine engine(sluice::engine::testing::smallConfig());  // 60 a minute, burst 10
        engine.restore({}, kT0);
        engine.setSharedLimiter(&limiter);
        QVERIFY(engine.apply(cmd::SetThrottleOverride{ThrottleLevel::Critical, "incident", 0, "alice"}, kT0).ok);
        int partnerAllowed = 0;
        int partnerDenied = 0;
        for (TimeNs t = kT0 + kNsPerSec; t < kT0 + 121 * kNsPerSec; t += kNsPerSec / 3) {
            const bool partnerTurn = (t - kT0) % (2 * kNsPerSec) < kNsPerSec / 3;  // one in two seconds
            if (partnerTurn) {
                (engine.decide(sluice::engine::testing::request("partner", t)).allowed ? partnerAllowed
                                                                                       : partnerDenied) += 1;
            }
            engine.decide(sluice::engine::testing::request("bot", t));  // three a second
        }
        engine.tick(kT0 + 200 * kNsPerSec);  // every window assessed
        QVERIFY2(partnerDenied > partnerAllowed,
                 qPrintable(QStringLiteral("%1 %2").arg(partnerAllowed).arg(partnerDenied)));
        QCOMPARE(engine.inspect("partner")->score, 50.0F);
        QVERIFY(engine.inspect("bot")->score < 50.0F);
    }

private:
    std::unique_ptr<RedisServer> m_server;
};

QTEST_GUILESS_MAIN(TestSharedDecisions)
#include "tst_shared_decisions.moc"
