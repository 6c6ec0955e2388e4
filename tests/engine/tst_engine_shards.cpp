// SPDX-License-Identifier: Apache-2.0
#include "EngineTestSupport.h"
#include "FlagTestSupport.h"

#include "config/ConfigJson.h"
#include "query/FlagPreview.h"
#include "query/KeyQuery.h"
#include "query/KeyView.h"
#include "shard/EngineShards.h"
#include "shard/KeyShard.h"
#include "vip/VipQuery.h"

#include <QtTest>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

// Keys split over several engines decide as one engine would: the same verdicts, limits, tiers and throttle, the
// same snapshot, and the same rows for the store.
class TestEngineShards final : public QObject {
    Q_OBJECT

private slots:
    void keysSpreadOverEveryShard();
    void decidesLikeOneEngine_data();
    void decidesLikeOneEngine();
    void commandsReachTheShardsTheyConcern();
    void restoreGivesEachShardItsOwnKeys();
    void lastMinutesWithoutATick();

private:
    static EngineConfig config();
};

namespace {
constexpr std::uint32_t kKeys = 400;
constexpr int kMinutes = 12;

std::string keyName(std::uint32_t i) { return "user-" + std::to_string(i); }

// A run both engines go through: traffic of kKeys keys (a few of them abusive), VIP keys, route policies, and
// admin changes between batches.
struct Traffic {
    std::vector<std::string> keys;
    std::vector<Request> requests;
};

Traffic makeTraffic()
{
    Traffic t;
    for (std::uint32_t i = 0; i < kKeys; ++i) {
        t.keys.push_back(keyName(i));
    }
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::uint32_t> pick(0, kKeys - 1);
    const TimeNs step = kNsPerSec / 40;  // 40 requests a second on average, for kMinutes
    for (TimeNs at = kT0; at < kT0 + kMinutes * kNsPerMin; at += step) {
        // Every tenth key is abusive: it sends bursts far over its limit, so violations lower its score.
        const std::uint32_t key = pick(rng);
        const int copies = key % 10 == 0 ? 6 : 1;
        for (int c = 0; c < copies; ++c) {
            Request r = request(t.keys[key], at, 1, key % 3 == 0 ? std::string_view("/login") : std::string_view());
            t.requests.push_back(r);
        }
    }
    return t;
}

// A key of shard `shard`.
std::string keyIn(const EngineShards& shards, std::uint32_t shard)
{
    for (std::uint32_t i = 0;; ++i) {
        if (shards.shardOf(keyName(i)) == shard) {
            return keyName(i);
        }
    }
}

Decision decideOne(EngineShards& shards, const std::string& key, TimeNs at)
{
    const Request r = request(key, at);
    Decision d;
    shards.decide(std::span<const Request>(&r, 1), std::span<Decision>(&d, 1));
    return d;
}

bool sameDecision(const Decision& a, const Decision& b)
{
    return a.allowed == b.allowed && a.limit == b.limit && a.remaining == b.remaining && a.retryAfter == b.retryAfter &&
           a.resetAfter == b.resetAfter && a.reputationTier == b.reputationTier && a.vipTier == b.vipTier &&
           a.throttleLevel == b.throttleLevel && a.multiplier == b.multiplier;
}

// Events as the store gets them, in an order that does not depend on which shard raised them. A closed violation
// window is assessed when its engine's timers next look at the queue of closed windows, at a request that engine
// decides, so the time of a violation (and of the tier change it makes) may differ, by less than one window; every
// other event's may not.
using EventRow = std::tuple<int, std::string, float, float, int, TimeNs>;
std::vector<EventRow> rowsOf(const EventBatch& events)
{
    std::vector<EventRow> rows;
    for (const Event& e : events) {
        rows.emplace_back(static_cast<int>(e.kind), e.key, e.scoreBefore, e.scoreAfter,
                          static_cast<int>(e.throttle.level), e.at);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool sameEvents(const EventBatch& a, const EventBatch& b)
{
    const std::vector<EventRow> ra = rowsOf(a);
    const std::vector<EventRow> rb = rowsOf(b);
    if (ra.size() != rb.size()) {
        return false;
    }
    for (std::size_t i = 0; i < ra.size(); ++i) {
        const auto kind = static_cast<EventKind>(std::get<0>(ra[i]));
        const bool assessed = kind == EventKind::Violation || kind == EventKind::TierChanged;
        const TimeNs apart = std::abs(std::get<5>(ra[i]) - std::get<5>(rb[i]));
        if (std::get<0>(ra[i]) != std::get<0>(rb[i]) || std::get<1>(ra[i]) != std::get<1>(rb[i]) ||
            std::get<2>(ra[i]) != std::get<2>(rb[i]) || std::get<3>(ra[i]) != std::get<3>(rb[i]) ||
            std::get<4>(ra[i]) != std::get<4>(rb[i]) || apart >= (assessed ? ReputationConfig{}.violationWindow : 1)) {
            return false;
        }
    }
    return true;
}

std::vector<std::tuple<std::string, float, int>> keysOf(std::vector<store::KeyReputation> keys)
{
    std::vector<std::tuple<std::string, float, int>> rows;
    for (const auto& k : keys) {
        rows.emplace_back(k.key, k.score, static_cast<int>(k.tier));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool sameBuckets(const std::vector<RollupBucket>& a, const std::vector<RollupBucket>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].startSec != b[i].startSec || a[i].allowed != b[i].allowed || a[i].denied != b[i].denied ||
            a[i].peakTotal != b[i].peakTotal || a[i].peakDenied != b[i].peakDenied) {
            return false;
        }
    }
    return true;
}
}  // namespace

EngineConfig TestEngineShards::config()
{
    EngineConfig c;
    c.policies = {Policy{"", 60, kNsPerMin, 10}, Policy{"/login", 20, kNsPerMin, 4}};
    c.policies[1].route = "/login";
    return c;
}

void TestEngineShards::keysSpreadOverEveryShard()
{
    // A million keys over 8 shards: each holds its eighth within 1 %, and a key is always in the same one.
    std::vector<std::uint64_t> perShard(8);
    for (std::uint32_t i = 0; i < 1'000'000; ++i) {
        ++perShard[shardOfKey(keyName(i), 8)];
    }
    for (const std::uint64_t n : perShard) {
        QVERIFY2(n > 123'750 && n < 126'250, qPrintable(QString::number(n)));
    }
    QCOMPARE(shardOfKey("user-7", 8), shardOfKey(std::string("user-7"), 8));
    QCOMPARE(shardOfKey("anything", 1), 0U);
    // Keys the engine cuts to 255 bytes are the same key, in the same shard.
    const std::string longKey(300, 'k');
    QCOMPARE(shardOfKey(longKey, 8), shardOfKey(longKey.substr(0, 255) + "different tail", 8));
}

void TestEngineShards::decidesLikeOneEngine_data()
{
    QTest::addColumn<int>("shards");
    QTest::newRow("one shard") << 1;
    QTest::newRow("two shards") << 2;
    QTest::newRow("five shards") << 5;
}

void TestEngineShards::decidesLikeOneEngine()
{
    QFETCH(int, shards);
    Engine one(config());
    EngineShards many(config(), static_cast<std::uint32_t>(shards));
    QCOMPARE(many.count(), static_cast<std::uint32_t>(shards));
    // Anomaly detection's automatic responses would lower scores: here the engines are compared without them.
    const Command noDetection = cmd::SetFlagEnabled{flags::kAnomalyDetection, false, "ops"};
    const std::vector<std::pair<TimeNs, Command>> admin = {
        {kT0, noDetection},
        {kT0, cmd::PutVipTier{"gold", 2.0}},
        {kT0 + kNsPerMin, cmd::AssignVip{keyName(3), "gold", 0, "", "ops"}},
        {kT0 + kNsPerMin, cmd::AssignVip{keyName(11), "gold", kT0 + 5 * kNsPerMin, "", "ops"}},
        {kT0 + 2 * kNsPerMin, cmd::ImportVip{{cmd::AssignVip{keyName(20), "gold", 0, "", "ops"},
                                              cmd::AssignVip{keyName(21), "gold", 0, "", "ops"},
                                              cmd::AssignVip{keyName(22), "gold", 0, "", "ops"}},
                                             {}}},
        {kT0 + 3 * kNsPerMin, cmd::SetThrottleOverride{ThrottleLevel::High, "incident", 0, "ops"}},
        {kT0 + 5 * kNsPerMin, cmd::RevokeVip{keyName(20)}},
        {kT0 + 6 * kNsPerMin, cmd::ClearThrottleOverride{"ops"}},
    };
    const Traffic traffic = makeTraffic();
    std::size_t next = 0;
    std::vector<Decision> byOne(traffic.requests.size());
    std::vector<Decision> byMany(traffic.requests.size());
    constexpr std::size_t kBatch = 64;
    for (std::size_t from = 0; from < traffic.requests.size(); from += kBatch) {
        const TimeNs at = traffic.requests[from].timestamp;
        for (; next < admin.size() && admin[next].first <= at; ++next) {
            const CommandResult a = one.apply(admin[next].second, at);
            const CommandResult b = many.apply(admin[next].second, at);
            QVERIFY2(a.ok, a.error.c_str());
            QVERIFY2(b.ok, b.error.c_str());
        }
        const std::size_t n = std::min(kBatch, traffic.requests.size() - from);
        const std::span<const Request> batch(traffic.requests.data() + from, n);
        one.decide(batch, std::span<Decision>(byOne.data() + from, n));
        many.decide(batch, std::span<Decision>(byMany.data() + from, n));
    }
    QCOMPARE(next, admin.size());
    std::size_t throttled = 0;
    std::size_t denied = 0;
    std::size_t gold = 0;
    std::size_t flagged = 0;
    for (std::size_t i = 0; i < byOne.size(); ++i) {
        if (!sameDecision(byOne[i], byMany[i])) {
            QFAIL(qPrintable(QStringLiteral("request %1 (key %2) decided differently")
                                 .arg(i)
                                 .arg(QString::fromStdString(std::string(traffic.requests[i].key)))));
        }
        throttled += byOne[i].throttleLevel != ThrottleLevel::None ? 1 : 0;
        denied += byOne[i].allowed ? 0 : 1;
        gold += byOne[i].vipTier != 0 ? 1 : 0;
        flagged += byOne[i].reputationTier == ReputationTier::Flagged ? 1 : 0;
    }
    // The run exercised what it is meant to compare.
    QVERIFY(throttled > 1000);
    QVERIFY(denied > 1000);
    QVERIFY(gold > 100);
    QVERIFY(flagged > 100);

    const TimeNs end = kT0 + (kMinutes + 1) * kNsPerMin;
    one.tick(end);
    many.tick(end);
    Snapshot a;
    Snapshot b;
    one.fillSnapshot(end, a);
    many.fillSnapshot(end, b);
    QCOMPARE(b.requests, a.requests);
    QCOMPARE(b.allowed, a.allowed);
    QCOMPARE(b.denied, a.denied);
    QCOMPARE(b.activeKeys, a.activeKeys);
    QCOMPARE(b.dormantKeys, a.dormantKeys);
    QCOMPARE(b.vipAssignments, a.vipAssignments);
    QVERIFY(b.tierCounts == a.tierCounts);
    QVERIFY(b.histogram == a.histogram);
    QCOMPARE(b.routeDecisions.size(), a.routeDecisions.size());
    for (std::size_t r = 0; r < a.routeDecisions.size(); ++r) {
        QCOMPARE(b.routeDecisions[r].route, a.routeDecisions[r].route);
        QCOMPARE(b.routeDecisions[r].allowed, a.routeDecisions[r].allowed);
        QCOMPARE(b.routeDecisions[r].denied, a.routeDecisions[r].denied);
    }
    QCOMPARE(b.topDenied.size(), a.topDenied.size());
    for (std::size_t k = 0; k < a.topDenied.size(); ++k) {
        QCOMPARE(b.topDenied[k].key, a.topDenied[k].key);
        QCOMPARE(b.topDenied[k].denied, a.topDenied[k].denied);
    }
    // The busiest second of every minute is that of all shards together.
    QVERIFY(sameBuckets(b.lastHourBySecond, a.lastHourBySecond));
    QVERIFY(sameBuckets(b.lastDayByMinute, a.lastDayByMinute));
    QVERIFY(sameBuckets(b.lastWeekByTenMinutes, a.lastWeekByTenMinutes));
    QCOMPARE(b.throttle.level, a.throttle.level);
    QCOMPARE(b.throttle.since, a.throttle.since);
    QCOMPARE(b.flags->flags.size(), a.flags->flags.size());
    for (std::size_t f = 0; f < a.flags->flags.size(); ++f) {
        QCOMPARE(b.flags->flags[f].keysInside, a.flags->flags[f].keysInside);
        QCOMPARE(b.flags->flags[f].keysActive, a.flags->flags[f].keysActive);
        QCOMPARE(b.flags->flags[f].exposure.size(), a.flags->flags[f].exposure.size());
        for (std::size_t e = 0; e < a.flags->flags[f].exposure.size(); ++e) {
            QCOMPARE(b.flags->flags[f].exposure[e].yes, a.flags->flags[f].exposure[e].yes);
            QCOMPARE(b.flags->flags[f].exposure[e].no, a.flags->flags[f].exposure[e].no);
        }
    }

    // The console's questions get one engine's answers.
    const auto sameKeyPage = [&](const KeyQuery& query) {
        const KeyPage x = one.queryKeys(query);
        const KeyPage y = many.queryKeys(query);
        if (x.totalMatching != y.totalMatching || x.offset != y.offset || x.rows.size() != y.rows.size()) {
            return false;
        }
        for (std::size_t r = 0; r < x.rows.size(); ++r) {
            if (x.rows[r].key != y.rows[r].key || x.rows[r].score != y.rows[r].score ||
                x.rows[r].vipTier != y.rows[r].vipTier || x.rows[r].denied != y.rows[r].denied) {
                return false;
            }
        }
        return !x.rows.empty();
    };
    QVERIFY(sameKeyPage(KeyQuery{}));
    QVERIFY(sameKeyPage(KeyQuery{"", std::nullopt, KeySort::Key, true, 40, 30}));
    QVERIFY(sameKeyPage(KeyQuery{"", std::nullopt, KeySort::Denied, true, 5, 20}));
    QVERIFY(sameKeyPage(KeyQuery{"", std::nullopt, KeySort::Vip, true, 0, 10}));
    QVERIFY(sameKeyPage(KeyQuery{"1", ReputationTier::Flagged, KeySort::LastSeen, false, 2, 7}));
    const auto sameVipPage = [&](const VipQuery& query) {
        const VipPage x = one.queryVip(query);
        const VipPage y = many.queryVip(query);
        if (x.totalMatching != y.totalMatching || x.totalAssignments != y.totalAssignments ||
            x.rows.size() != y.rows.size() || x.tiers.size() != y.tiers.size()) {
            return false;
        }
        for (std::size_t r = 0; r < x.rows.size(); ++r) {
            if (x.rows[r].key != y.rows[r].key || x.rows[r].effectiveLimit != y.rows[r].effectiveLimit) {
                return false;
            }
        }
        for (std::size_t t = 0; t < x.tiers.size(); ++t) {
            if (x.tiers[t].name != y.tiers[t].name || x.tiers[t].keys != y.tiers[t].keys) {
                return false;
            }
        }
        return !x.rows.empty();
    };
    QVERIFY(sameVipPage(VipQuery{}));
    VipQuery byExpiry;
    byExpiry.sort = VipSort::ExpiresAt;
    byExpiry.descending = true;
    byExpiry.offset = 1;
    byExpiry.limit = 2;
    byExpiry.route = "/login";
    QVERIFY(sameVipPage(byExpiry));
    QCOMPARE(many.vipAssignments().size(), one.vipAssignments().size());
    QCOMPARE(many.vipTierUsers(1), one.vipTierUsers(1));
    for (const std::uint32_t k : {0U, 3U, 20U, 21U, 57U, 250U, 399U}) {
        const auto x = one.inspect(traffic.keys[k], "/login");
        const auto y = many.inspect(traffic.keys[k], "/login");
        QVERIFY(x && y);
        QCOMPARE(y->score, x->score);
        QCOMPARE(y->vipTier, x->vipTier);
        QCOMPARE(many.limitFor(traffic.keys[k]).effectiveLimit, one.limitFor(traffic.keys[k]).effectiveLimit);
    }
    const FlagPreview previewOne = one.previewFlag(flags::test::rolloutFlag("beta", 40));
    const FlagPreview previewMany = many.previewFlag(flags::test::rolloutFlag("beta", 40));
    QCOMPARE(previewMany.keys, previewOne.keys);
    QCOMPARE(previewMany.inside, previewOne.inside);
    QVERIFY(previewOne.inside > 0 && previewOne.inside < previewOne.keys);

    // What the store gets: the same events (once each: the throttle's from the leader alone), keys and minutes.
    EventBatch eventsA;
    EventBatch eventsB;
    std::vector<Notification> notesA;
    std::vector<Notification> notesB;
    one.takeNotifications(notesA);
    many.takeNotifications(notesB);
    one.takeEvents(eventsA);
    many.takeEvents(eventsB);
    QVERIFY(eventsA.size() > 100);
    QVERIFY(sameEvents(eventsA, eventsB));
    // Every shard's events reached the one notification router: the same notices, as many of each kind.
    QVERIFY(!notesA.empty());
    const auto kinds = [](const std::vector<Notification>& notes) {
        std::map<std::pair<int, std::string>, int> count;
        for (const Notification& n : notes) {
            ++count[{static_cast<int>(n.type), n.key}];
        }
        return count;
    };
    QVERIFY(kinds(notesB) == kinds(notesA));
    // The followers hold nothing of their own that nobody takes.
    for (std::uint32_t f = 1; f < many.count(); ++f) {
        std::vector<Notification> left;
        many.shard(f).takeNotifications(left);
        QVERIFY(left.empty());
    }
    std::vector<store::KeyReputation> keysA;
    std::vector<store::KeyReputation> keysB;
    one.takeDirtyKeys(keysA, end);
    many.takeDirtyKeys(keysB, end);
    QVERIFY(!keysA.empty());
    QVERIFY(keysOf(keysB) == keysOf(keysA));
    std::vector<store::TrafficMinuteRow> minutesA;
    std::vector<store::TrafficMinuteRow> minutesB;
    one.takeTrafficMinutes(minutesA, true);
    many.takeTrafficMinutes(minutesB, true);
    QCOMPARE(minutesB.size(), minutesA.size());
    for (std::size_t m = 0; m < minutesA.size(); ++m) {
        QCOMPARE(minutesB[m].start, minutesA[m].start);
        QVERIFY(minutesB[m].allowed == minutesA[m].allowed);
        QVERIFY(minutesB[m].denied == minutesA[m].denied);
        QCOMPARE(minutesB[m].peakTotal, minutesA[m].peakTotal);
        QCOMPARE(minutesB[m].peakDenied, minutesA[m].peakDenied);
    }
    std::vector<store::FlagExposureRow> exposuresA;
    std::vector<store::FlagExposureRow> exposuresB;
    one.takeFlagExposures(exposuresA);
    many.takeFlagExposures(exposuresB);
    const auto exposureRows = [](const std::vector<store::FlagExposureRow>& rows) {
        std::vector<std::tuple<std::string, std::string, TimeNs, std::uint64_t, std::uint64_t>> out;
        for (const auto& r : rows) {
            out.emplace_back(r.flag, r.variant, r.bucketStart, r.yes, r.no);
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    QVERIFY(!exposuresA.empty());
    QVERIFY(exposureRows(exposuresB) == exposureRows(exposuresA));
}

void TestEngineShards::commandsReachTheShardsTheyConcern()
{
    EngineShards many(config(), 4);
    const std::string inLeader = keyIn(many, 0);
    const std::string inFollower = keyIn(many, 1);
    const std::string inOther = keyIn(many, 2);
    const std::string inLast = keyIn(many, 3);

    // Tiers, like every setting, reach every shard.
    QVERIFY(many.apply(cmd::PutVipTier{"gold", 2.0}, kT0).ok);
    for (std::uint32_t s = 0; s < many.count(); ++s) {
        QVERIFY(many.shard(s).vipCatalog().indexOf("gold").has_value());
    }
    // An assignment lives with its key alone, and its key's limit doubles.
    QVERIFY(many.apply(cmd::AssignVip{inFollower, "gold", 0, "", "ops"}, kT0).ok);
    for (std::uint32_t s = 0; s < many.count(); ++s) {
        QCOMPARE(many.shard(s).vipAssignment(inFollower).has_value(), s == 1);
    }
    QCOMPARE(decideOne(many, inFollower, kT0).limit, 120U);
    QCOMPARE(decideOne(many, inOther, kT0).limit, 60U);

    // The tier is in use on a follower: the leader alone would let it go, the shards together do not.
    QVERIFY(many.leader().validate(cmd::RemoveVipTier{"gold"}, kT0).ok);
    const CommandResult inUse = many.apply(cmd::RemoveVipTier{"gold"}, kT0);
    QVERIFY(!inUse.ok);
    QVERIFY2(inUse.error.find("gold") != std::string::npos, inUse.error.c_str());
    // Counted over every shard.
    QVERIFY(many.apply(cmd::AssignVip{inOther, "gold", 0, "", "ops"}, kT0).ok);
    const CommandResult inUseTwice = many.apply(cmd::RemoveVipTier{"gold"}, kT0);
    QVERIFY2(inUseTwice.error.find("2 keys") != std::string::npos, inUseTwice.error.c_str());
    QVERIFY(many.apply(cmd::RevokeVip{inOther}, kT0).ok);
    for (std::uint32_t s = 0; s < many.count(); ++s) {
        QVERIFY(many.shard(s).vipCatalog().indexOf("gold").has_value());
    }
    // Revoking asks the key's own shard: a key without an assignment is refused.
    QVERIFY(!many.apply(cmd::RevokeVip{inOther}, kT0).ok);
    QVERIFY(many.apply(cmd::RevokeVip{inFollower}, kT0).ok);
    QVERIFY(many.apply(cmd::RemoveVipTier{"gold"}, kT0).ok);
    for (std::uint32_t s = 0; s < many.count(); ++s) {
        QVERIFY(!many.shard(s).vipCatalog().indexOf("gold").has_value());
    }

    // An import is judged whole (a bad line refuses all of it, by its line), then each shard takes its keys.
    QVERIFY(many.apply(cmd::PutVipTier{"silver", 1.5}, kT0).ok);
    const cmd::ImportVip bad{
        {cmd::AssignVip{inLeader, "silver", 0, "", "ops"}, cmd::AssignVip{inOther, "platinum", 0, "", "ops"}}, {2, 3}};
    const CommandResult refused = many.apply(bad, kT0);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.find("3") != std::string::npos, refused.error.c_str());
    QVERIFY(!many.shard(0).vipAssignment(inLeader).has_value());
    const cmd::ImportVip good{{cmd::AssignVip{inLeader, "silver", 0, "", "ops"},
                               cmd::AssignVip{inOther, "silver", 0, "", "ops"},
                               cmd::AssignVip{inLast, "silver", 0, "", "ops"}},
                              {2, 3, 4}};
    QVERIFY(many.apply(good, kT0).ok);
    QVERIFY(many.shard(0).vipAssignment(inLeader).has_value());
    QVERIFY(many.shard(2).vipAssignment(inOther).has_value());
    QVERIFY(many.shard(3).vipAssignment(inLast).has_value());
    QVERIFY(!many.shard(1).vipAssignment(inOther).has_value());
    QCOMPARE(decideOne(many, inLast, kT0).limit, 90U);

    // The throttle is the leader's: an override applies to every shard's keys at once, and only the leader holds it.
    QVERIFY(many.apply(cmd::SetThrottleOverride{ThrottleLevel::High, "incident", 0, "ops"}, kT0).ok);
    QVERIFY(many.leader().throttle().override().has_value());
    for (std::uint32_t s = 1; s < many.count(); ++s) {
        QVERIFY(!many.shard(s).throttle().override().has_value());
        QCOMPARE(many.shard(s).throttle().level(), ThrottleLevel::High);
    }
    QCOMPARE(decideOne(many, inFollower, kT0 + kNsPerSec).throttleLevel, ThrottleLevel::High);
    QCOMPARE(decideOne(many, inOther, kT0 + kNsPerSec).limit, 36U);  // 60 x 1.5 x 0.4
    QVERIFY(many.apply(cmd::ClearThrottleOverride{"ops"}, kT0 + 2 * kNsPerSec).ok);
    QCOMPARE(decideOne(many, inFollower, kT0 + 3 * kNsPerSec).throttleLevel, ThrottleLevel::None);
    // The leader alone tells of it: one period start for each change, none from the followers.
    EventBatch events;
    many.takeEvents(events);
    const auto throttleEvents = std::count_if(events.begin(), events.end(),
                                              [](const Event& e) { return e.kind == EventKind::ThrottleChanged; });
    QCOMPARE(throttleEvents, 2);

    // Flags reach every shard; a flag the leader changes alone (as when an alert halts a rollout plan) the followers
    // take with the next tick.
    QVERIFY(many.apply(cmd::PutFlag{flags::test::rolloutFlag("checkout", 30), "ops"}, kT0 + 3 * kNsPerSec).ok);
    for (std::uint32_t s = 0; s < many.count(); ++s) {
        QVERIFY(many.shard(s).flagSet().find("checkout") != nullptr);
    }
    QVERIFY(many.leader().apply(cmd::SetFlagEnabled{"checkout", false, "ops"}, kT0 + 3 * kNsPerSec).ok);
    QVERIFY(many.shard(2).flagSet().find("checkout")->enabled);
    many.tick(kT0 + 3 * kNsPerSec);
    for (std::uint32_t s = 0; s < many.count(); ++s) {
        QVERIFY(!many.shard(s).flagSet().find("checkout")->enabled);
    }

    // New policies reach every shard.
    EngineConfig stricter = config();
    stricter.policies[0].limit = 30;
    QVERIFY(many.apply(cmd::SetPolicies{stricter.policies}, kT0 + 4 * kNsPerSec).ok);
    QCOMPARE(decideOne(many, inFollower, kT0 + 5 * kNsPerSec).limit, 30U);
    QCOMPARE(decideOne(many, inLeader, kT0 + 5 * kNsPerSec).limit, 45U);
}

void TestEngineShards::restoreGivesEachShardItsOwnKeys()
{
    store::PersistedState state;
    for (std::uint32_t i = 0; i < 300; ++i) {
        state.keys.push_back(store::KeyReputation{keyName(i), 30.0F + static_cast<float>(i % 50), {}, 0, kT0});
    }
    state.vipTiers.push_back(store::VipTierRow{"gold", 2.0});
    for (std::uint32_t i = 0; i < 12; ++i) {
        state.vipAssignments.push_back(store::VipAssignment{keyName(i), "gold", 0, "", "ops", kT0});
    }
    const auto overrideRow =
        ConfigJson::settingsFor(cmd::SetThrottleOverride{ThrottleLevel::Low, "maintenance", 0, "ops"});
    state.settings.insert(state.settings.end(), overrideRow.begin(), overrideRow.end());

    EngineShards many(config(), 3);
    many.restore(state, kT0 + kNsPerSec);
    QCOMPARE(many.keyCount(), std::uint64_t(300));
    for (std::uint32_t i = 0; i < 300; ++i) {
        const std::string key = keyName(i);
        const std::uint32_t own = many.shardOf(key);
        for (std::uint32_t s = 0; s < many.count(); ++s) {
            const auto view = many.shard(s).inspect(key);
            if (s == own) {
                QVERIFY(view && view->active);
                QCOMPARE(view->score, 30.0F + static_cast<float>(i % 50));
            } else {
                QVERIFY(!view || !view->active);
            }
            QCOMPARE(many.shard(s).vipAssignment(key).has_value(), s == own && i < 12);
        }
    }
    // Only the leader holds the override; the followers run at its level.
    QVERIFY(many.leader().throttle().override().has_value());
    for (std::uint32_t s = 1; s < many.count(); ++s) {
        QVERIFY(!many.shard(s).throttle().override().has_value());
        QCOMPARE(many.shard(s).throttle().level(), ThrottleLevel::Low);
    }
    // Restoring tells the store where the throttle starts, once; the keys are what it already holds.
    EventBatch events;
    many.takeEvents(events);
    QCOMPARE(std::count_if(events.begin(), events.end(),
                           [](const Event& e) { return e.kind == EventKind::ThrottleChanged; }),
             1);
    std::vector<store::KeyReputation> dirty;
    many.takeDirtyKeys(dirty, kT0 + kNsPerSec);
    QVERIFY(dirty.empty());
    Snapshot snapshot;
    many.tick(kT0 + 2 * kNsPerSec);
    many.fillSnapshot(kT0 + 2 * kNsPerSec, snapshot);
    QCOMPARE(snapshot.activeKeys, std::uint64_t(300));
    QCOMPARE(snapshot.vipAssignments, std::uint64_t(12));
}

void TestEngineShards::lastMinutesWithoutATick()
{
    // An engine that stops hands over its last minutes as they went, whatever seconds each shard has closed.
    Engine one(config());
    EngineShards many(config(), 3);
    std::vector<std::string> names;
    for (std::uint32_t k = 0; k < 97; ++k) {
        names.push_back(keyName(k));
    }
    std::vector<Request> requests;  // their keys are views: into `names`
    for (std::uint32_t i = 0; i < 2000; ++i) {
        requests.push_back(request(names[i % 97], kT0 + static_cast<TimeNs>(i) * (kNsPerSec / 20)));
    }
    // The last seconds bring one shard's key alone: it closes seconds the others never reach.
    const std::string late = keyIn(many, 1);
    for (std::uint32_t i = 0; i < 200; ++i) {
        requests.push_back(request(late, kT0 + 100 * kNsPerSec + static_cast<TimeNs>(i) * (kNsPerSec / 10)));
    }
    std::vector<Decision> decisions(requests.size());
    one.decide(requests, decisions);
    many.decide(requests, decisions);
    std::vector<store::TrafficMinuteRow> a;
    std::vector<store::TrafficMinuteRow> b;
    one.takeTrafficMinutes(a, true);
    many.takeTrafficMinutes(b, true);
    QCOMPARE(b.size(), a.size());
    QVERIFY(a.size() >= 2);
    for (std::size_t m = 0; m < a.size(); ++m) {
        QCOMPARE(b[m].start, a[m].start);
        QVERIFY(b[m].allowed == a[m].allowed);
        QVERIFY(b[m].denied == a[m].denied);
        QCOMPARE(b[m].peakTotal, a[m].peakTotal);
    }
}

QTEST_GUILESS_MAIN(TestEngineShards)
#include "tst_engine_shards.moc"
