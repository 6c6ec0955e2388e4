// SPDX-License-Identifier: Apache-2.0
// Scores a fleet shares, through a real redis-server: a window over the limit costs a key once however many engines
// saw it; clean traffic on every engine adds up; a change that moves a key to another tier reaches an engine that
// did not ask, and only the engine that made it tells of it; a key admitted reads the fleet's score, and one the
// fleet does not know starts there at this engine's; decay is applied once whoever looks; and without Redis a
// change is made here alone rather than lost.
#include "EngineTestSupport.h"
#include "RedisTestSupport.h"
#include "decision/Engine.h"
#include "redis/RedisReputation.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::engine::testing::burst;
using sluice::engine::testing::kT0;
using sluice::engine::testing::smallConfig;
using sluice::test::RedisServer;
using sluice::test::waitUntil;

namespace {

// 60 a minute with a burst of 10; a violation of severity 3 costs 9 points, or `points` x 3.
EngineConfig fleetConfig(double pointsPerSeverity = 3.0, std::uint32_t cleanPerPoint = 500)
{
    EngineConfig c = smallConfig();
    c.reputation.pointsPerSeverity = pointsPerSeverity;
    c.reputation.cleanRequestsPerPoint = cleanPerPoint;
    return c;
}

RedisOptions optionsOf(const RedisEndpoint& endpoint)
{
    RedisOptions options;
    options.seeds = {endpoint};
    return options;
}

// One engine of a fleet, shared by hand as the runtime does between batches.
struct Member {
    Member(const RedisEndpoint& redis, const std::string& prefix, const std::string& origin, EngineConfig config)
        : engine(std::move(config)), fleet(optionsOf(redis), prefix, origin)
    {
        engine.setReputationShared(true);
    }
    // Sends the changes and reads the engine has (and `sweep` of its key table to read again).
    void send(TimeNs now, double sweep = 0)
    {
        engine.takeScoreShare(changes, reads, sweep, now);
        fleet.send(changes, reads, engine.config().reputation, now);
    }
    // Applies the fleet's answers as they come, until `done`.
    template <typename Done>
    bool settle(TimeNs now, Done done)
    {
        return waitUntil([&] {
            fleet.take(answers);
            engine.applyFleetScores(answers, now);
            return done();
        });
    }
    // -1 for a key this engine knows nothing of.
    float score(std::string_view key) const
    {
        const auto view = engine.inspect(key);
        return view ? view->score : -1.0F;
    }
    ReputationTier tier(std::string_view key) const { return engine.inspect(key).value().tier; }
    std::vector<Event> events(EventKind kind) { return sluice::engine::testing::eventsOf(engine, kind); }

    Engine engine;
    RedisReputation fleet;
    std::vector<ScoreChange> changes;
    std::vector<ScoreRead> reads;
    std::vector<FleetScore> answers;
};

bool near(float a, double b) { return std::abs(static_cast<double>(a) - b) < 0.001; }

}  // namespace

class TestSharedReputation : public QObject {
    Q_OBJECT

    std::unique_ptr<RedisServer> m_redis;

    // The fleet's score of `key` as Redis holds it; -1 while it holds none.
    double stored(const std::string& prefix, const std::string& key)
    {
        const auto reply = m_redis->call({"HGET", RedisReputation::scoreKey(prefix, key), "s"});
        return reply.kind == RedisReply::Kind::String ? std::stod(reply.text) : -1.0;
    }

private slots:
    void initTestCase() { SLUICE_START_REDIS_OR_SKIP(m_redis); }

    // Both engines saw the key go over its limit in the same window: the fleet takes 9 points once, and both engines
    // end at its score. Only the engine whose violation counted records one. A window after that span counts again.
    void aWindowOverTheLimitCostsTheKeyOnceAcrossTheFleet()
    {
        Member a(m_redis->endpoint(), "once", "host-a:1", fleetConfig());
        Member b(m_redis->endpoint(), "once", "host-b:2", fleetConfig());
        QCOMPARE(burst(a.engine, "k", kT0, 30), 10);  // 30 tried, 10 allowed: severity 3
        QCOMPARE(burst(b.engine, "k", kT0, 30), 10);
        const TimeNs later = kT0 + 11 * kNsPerSec;  // the window has ended
        a.engine.tick(later);
        b.engine.tick(later);
        QVERIFY(near(a.score("k"), 50.0));  // made on the fleet first, not here
        a.send(later);
        QVERIFY(a.settle(later, [&] { return near(a.score("k"), 41.0); }));
        b.send(later);
        QVERIFY(b.settle(later, [&] { return near(b.score("k"), 41.0); }));
        QVERIFY(near(static_cast<float>(stored("once", "k")), 41.0));
        const auto violationsA = a.events(EventKind::Violation);
        QCOMPARE(violationsA.size(), std::size_t{1});
        QCOMPARE(violationsA.front().severity, 3);
        QVERIFY(near(violationsA.front().scoreBefore, 50.0));
        QVERIFY(near(violationsA.front().scoreAfter, 41.0));
        QVERIFY(b.events(EventKind::Violation).empty());

        // B alone, a whole window's length later: it counts.
        const TimeNs next = kT0 + 20 * kNsPerSec;
        QCOMPARE(burst(b.engine, "k", next, 30), 10);
        b.engine.tick(next + 11 * kNsPerSec);
        b.send(next + 11 * kNsPerSec);
        QVERIFY(b.settle(next + 11 * kNsPerSec, [&] { return near(b.score("k"), 32.0); }));
        QCOMPARE(b.events(EventKind::Violation).size(), std::size_t{1});
        QVERIFY(near(static_cast<float>(stored("once", "k")), 32.0));
    }

    // Clean traffic earns points on each engine; the fleet's score is the sum, and a read brings it to both.
    void cleanTrafficOfEveryEngineAddsUp()
    {
        EngineConfig config = fleetConfig(3.0, 5);  // a point per 5 allowed requests
        Member a(m_redis->endpoint(), "clean", "host-a:1", config);
        Member b(m_redis->endpoint(), "clean", "host-b:2", config);
        QCOMPARE(burst(a.engine, "c", kT0, 10), 10);  // 2 points
        QCOMPARE(burst(b.engine, "c", kT0, 10), 10);  // 2 points
        for (int s = 1; s <= 5; ++s) {                // 1 more point on A
            QCOMPARE(burst(a.engine, "c", kT0 + s * kNsPerSec, 1), 1);
        }
        const TimeNs now = kT0 + 6 * kNsPerSec;
        a.send(now);
        b.send(now);
        QVERIFY(waitUntil([&] { return near(static_cast<float>(stored("clean", "c")), 55.0); }));
        // Each has the score its own change met; reading again (a whole sweep) brings both to the fleet's.
        a.send(now, 1.0);
        b.send(now, 1.0);
        QVERIFY(a.settle(now, [&] { return near(a.score("c"), 55.0); }));
        QVERIFY(b.settle(now, [&] { return near(b.score("c"), 55.0); }));
    }

    // A violation on A moves the key to flagged: B, which has the key but asked nothing, follows within a second,
    // quietly; A's tier change is its news.
    void aTierChangeReachesAnEngineThatDidNotAsk()
    {
        const EngineConfig config = fleetConfig(11.0);  // severity 3: 33 points, 50 -> 17: flagged
        Member a(m_redis->endpoint(), "tier", "host-a:1", config);
        Member b(m_redis->endpoint(), "tier", "host-b:2", config);
        QVERIFY(waitUntil([&] { return a.fleet.listening() && b.fleet.listening(); }));
        QCOMPARE(burst(b.engine, "t", kT0, 1), 1);
        b.send(kT0);  // B's read of the new key
        QVERIFY(b.settle(kT0, [&] { return !b.answers.empty(); }));
        QCOMPARE(b.tier("t"), ReputationTier::Standard);
        b.events(EventKind::TierChanged);

        // A key B never met is flagged first: its announcement comes before t's, and B keeps nothing of it.
        QCOMPARE(burst(a.engine, "stranger", kT0, 30), 10);
        QCOMPARE(burst(a.engine, "t", kT0, 30), 10);
        const TimeNs later = kT0 + 11 * kNsPerSec;
        a.engine.tick(later);
        a.send(later);
        QVERIFY(a.settle(later, [&] { return a.tier("t") == ReputationTier::Flagged; }));
        QVERIFY(b.settle(later, [&] { return b.tier("t") == ReputationTier::Flagged; }));
        QVERIFY(near(b.score("t"), 17.0));
        QVERIFY(!b.engine.inspect("stranger"));  // neither live nor dormant: unknown here
        Snapshot snapshot;
        b.engine.fillSnapshot(later, snapshot);
        QCOMPARE(snapshot.dormantKeys, std::uint64_t{0});
        const auto fromA = a.events(EventKind::TierChanged);
        QCOMPARE(fromA.size(), std::size_t{2});  // stranger and t
        QVERIFY(!fromA.front().byFleet);
        const auto fromB = b.events(EventKind::TierChanged);
        QCOMPARE(fromB.size(), std::size_t{1});
        QVERIFY(fromB.front().byFleet);
        QCOMPARE(fromB.front().tierAfter, ReputationTier::Flagged);

        // Ten hours of decay bring 17 back over 20 on every engine at the same boundary: nobody tells of it.
        b.engine.tick(later + 10 * kNsPerHour);
        const auto decayed = b.events(EventKind::TierChanged);
        QCOMPARE(decayed.size(), std::size_t{1});
        QVERIFY(decayed.front().byDecay && decayed.front().byFleet);
        QCOMPARE(decayed.front().tierAfter, ReputationTier::Standard);
    }

    // A new engine meets a key the fleet knows: admitting it reads the fleet's score. A key the fleet does not know
    // starts there at the score this engine kept for it.
    void aKeyAdmittedReadsTheFleetsScoreAndSeedsAnUnknownOne()
    {
        Member a(m_redis->endpoint(), "admit", "host-a:1", fleetConfig());
        QCOMPARE(burst(a.engine, "known", kT0, 30), 10);
        a.engine.tick(kT0 + 11 * kNsPerSec);
        a.send(kT0 + 11 * kNsPerSec);
        QVERIFY(a.settle(kT0 + 11 * kNsPerSec, [&] { return near(a.score("known"), 41.0); }));

        Member c(m_redis->endpoint(), "admit", "host-c:3", fleetConfig());
        const TimeNs now = kT0 + 12 * kNsPerSec;
        QCOMPARE(burst(c.engine, "known", now, 1), 1);
        QVERIFY(near(c.score("known"), 50.0));
        c.send(now);
        QVERIFY(c.settle(now, [&] { return near(c.score("known"), 41.0); }));

        // An engine that kept its own scores before it shared them.
        Member d(m_redis->endpoint(), "admit", "host-d:4", fleetConfig());
        d.engine.setReputationShared(false);
        QCOMPARE(burst(d.engine, "veteran", kT0, 30), 10);
        d.engine.tick(kT0 + 11 * kNsPerSec);
        QVERIFY(near(d.score("veteran"), 41.0));
        d.engine.setReputationShared(true);
        d.send(kT0 + 11 * kNsPerSec, 1.0);  // the sweep reads it, with its score here
        QVERIFY(waitUntil([&] {
            return m_redis->call({"HEXISTS", RedisReputation::scoreKey("admit", "veteran"), "s"}).integer == 1;
        }));
        QVERIFY(near(static_cast<float>(stored("admit", "veteran")), 41.0));
        QVERIFY(m_redis->call({"PTTL", RedisReputation::scoreKey("admit", "veteran")}).integer > 0);

        // The fleet forgot the key (its TTL ran out, or Redis lost it): a change starts from this engine's score.
        m_redis->call({"DEL", RedisReputation::scoreKey("admit", "veteran")});
        const TimeNs next = kT0 + 30 * kNsPerSec;
        QCOMPARE(burst(d.engine, "veteran", next, 30), 10);
        d.engine.tick(next + 11 * kNsPerSec);
        d.send(next + 11 * kNsPerSec);
        QVERIFY(d.settle(next + 11 * kNsPerSec, [&] { return near(d.score("veteran"), 32.0); }));
        QVERIFY(near(static_cast<float>(stored("admit", "veteran")), 32.0));
    }

    // Three decay intervals passed since the fleet's score was written: every engine that reads it gets it decayed
    // three times, and a change decays it once before it adds.
    void decayIsAppliedOnceWhoeverLooks()
    {
        const std::string key = RedisReputation::scoreKey("decay", "d");
        const std::int64_t written = (kT0 - 3 * kNsPerHour) / 1'000'000;
        m_redis->call({"HSET", key, "s", "70", "t", std::to_string(written)});
        const EngineConfig config = fleetConfig();
        const ReputationRules rules(config.reputation);
        const TimeNs now = kT0 + kNsPerSec;  // kT0 is on the hour grid: 3 boundaries since
        const double expected = rules.decayed(70.0F, rules.decaySteps(written * 1'000'000, now));
        QVERIFY(std::abs(expected - (50.0 + 20.0 * std::pow(0.99, 3))) < 0.001);
        Member a(m_redis->endpoint(), "decay", "host-a:1", config);
        Member b(m_redis->endpoint(), "decay", "host-b:2", config);
        QCOMPARE(burst(a.engine, "d", now, 1), 1);
        QCOMPARE(burst(b.engine, "d", now, 1), 1);
        a.send(now);
        b.send(now);
        QVERIFY(a.settle(now, [&] { return near(a.score("d"), expected); }));
        QVERIFY(b.settle(now, [&] { return near(b.score("d"), expected); }));
        QCOMPARE(m_redis->call({"HGET", key, "t"}).text, std::to_string(written));  // reads write nothing

        // A violation on A: decayed up to now once, then 9 points; B reads the same.
        QCOMPARE(burst(a.engine, "d", now, 30), 9);
        a.engine.tick(now + 11 * kNsPerSec);
        a.send(now + 11 * kNsPerSec);
        QVERIFY(a.settle(now + 11 * kNsPerSec, [&] { return near(a.score("d"), expected - 9.0); }));
        b.send(now + 11 * kNsPerSec, 1.0);
        QVERIFY(b.settle(now + 11 * kNsPerSec, [&] { return near(b.score("d"), expected - 9.0); }));
    }

    // The key left the hot table before the fleet answered: its violation is still recorded, and the fleet's score
    // is kept as the key's dormant score, which it meets when it comes back.
    void aKeyEvictedBeforeTheAnswerKeepsTheFleetsScore()
    {
        EngineConfig config = fleetConfig();
        config.idleEviction = 60 * kNsPerSec;
        Member a(m_redis->endpoint(), "evicted", "host-a:1", config);
        QCOMPARE(burst(a.engine, "gone", kT0, 30), 10);
        a.engine.tick(kT0 + 11 * kNsPerSec);  // the violation is queued
        const TimeNs later = kT0 + 10 * kNsPerMin;
        a.engine.tick(later);  // and the idle key evicted; its score was neutral, so nothing of it is kept
        QVERIFY(!a.engine.inspect("gone"));
        a.send(later);
        const bool settled = a.settle(later, [&] { return near(a.score("gone"), 41.0); });
        QVERIFY2(settled, std::to_string(a.score("gone")).c_str());
        QVERIFY(!a.engine.inspect("gone").value().active);
        const auto violations = a.events(EventKind::Violation);
        QCOMPARE(violations.size(), std::size_t{1});
        QVERIFY(near(violations.front().scoreAfter, 41.0));
    }

    // No Redis answers: the violation is made here with this engine's own arithmetic, and counted as unshared.
    void withoutRedisAChangeIsMadeHereAlone()
    {
        Member a(RedisEndpoint{"127.0.0.1", sluice::test::freeLocalPort()}, "alone", "host-a:1", fleetConfig());
        QCOMPARE(burst(a.engine, "k", kT0, 30), 10);
        a.engine.tick(kT0 + 11 * kNsPerSec);
        a.send(kT0 + 11 * kNsPerSec);
        QVERIFY(a.settle(kT0 + 11 * kNsPerSec, [&] { return near(a.score("k"), 41.0); }));
        QCOMPARE(a.fleet.unshared(), std::uint64_t{1});
        QCOMPARE(a.events(EventKind::Violation).size(), std::size_t{1});
    }

    // Answers and announcements come on two connections: one older than what the engine was handed already is not
    // handed over again. Here an announcement of version 2^60 (a later write than Redis holds) comes first; the
    // read that follows finds the key's real, older version and is left out.
    void anOlderAnswerDoesNotUndoANewerOne()
    {
        Member b(m_redis->endpoint(), "order", "host-b:2", fleetConfig());
        QVERIFY(waitUntil([&] { return b.fleet.listening(); }));
        Member a(m_redis->endpoint(), "order", "host-a:1", fleetConfig());
        QCOMPARE(burst(a.engine, "k", kT0, 30), 10);
        a.engine.tick(kT0 + 11 * kNsPerSec);
        a.send(kT0 + 11 * kNsPerSec);
        QVERIFY(a.settle(kT0 + 11 * kNsPerSec, [&] { return near(a.score("k"), 41.0); }));

        const TimeNs now = kT0 + 12 * kNsPerSec;
        QCOMPARE(burst(b.engine, "k", now, 1), 1);
        m_redis->call({"PUBLISH", "order:reputation", "host-x:9\n12\n1800000012000\n1152921504606846976\norder:rep:k"});
        QVERIFY(b.settle(now, [&] { return near(b.score("k"), 12.0); }));
        b.send(now, 1.0);  // reads k: version of A's write, older
        QVERIFY(b.settle(now, [&] { return b.fleet.flush(std::chrono::milliseconds(100)); }));  // the reads are made
        b.fleet.take(b.answers);
        QVERIFY(b.answers.empty());
        QVERIFY(near(b.score("k"), 12.0));
    }

    void announcementsAreReadOrRefused()
    {
        const auto ok = parseAnnouncedScore("host-a:1\n17.5\n1800000011000\n7\nsluice:rep:user\n1", "sluice");
        QVERIFY(ok);
        QCOMPARE(ok->origin, std::string("host-a:1"));
        QCOMPARE(ok->key, std::string("user\n1"));  // a key may hold any bytes
        QVERIFY(near(ok->score, 17.5));
        QCOMPARE(ok->atMs, std::int64_t{1800000011000});
        QCOMPARE(ok->version, std::uint64_t{7});
        QVERIFY(!parseAnnouncedScore("host-a:1\n17.5\n1\n7\nother:rep:user", "sluice"));  // another fleet's
        QVERIFY(!parseAnnouncedScore("host-a:1\n101\n1\n7\nsluice:rep:user", "sluice"));
        QVERIFY(!parseAnnouncedScore("host-a:1\nnan\n1\n7\nsluice:rep:user", "sluice"));
        QVERIFY(!parseAnnouncedScore("host-a:1\n17\n-1\n7\nsluice:rep:user", "sluice"));
        QVERIFY(!parseAnnouncedScore("host-a:1\n17\n9000000000001\n7\nsluice:rep:user", "sluice"));
        QVERIFY(!parseAnnouncedScore("host-a:1\n17\n1\n-7\nsluice:rep:user", "sluice"));
        QVERIFY(!parseAnnouncedScore("host-a:1\n17\n1\n7\nsluice:rep:", "sluice"));
        QVERIFY(!parseAnnouncedScore("\n17\n1\n7\nsluice:rep:user", "sluice"));
        QVERIFY(!parseAnnouncedScore("host-a:1\n17\n1\nsluice:rep:user", "sluice"));  // no version
        // A day at least, and the time decay needs to bring 50 points within a hundredth of neutral: 848 hours.
        QCOMPARE(RedisReputation::idleTtlMs(ReputationConfig{}), std::int64_t{(848 + 1) * 3600 * 1000LL});
    }
};

QTEST_GUILESS_MAIN(TestSharedReputation)
#include "tst_shared_reputation.moc"
