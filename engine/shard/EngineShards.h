// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/SampleGather.h"
#include "decision/Engine.h"
#include "shard/ShardRollups.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace sluice::engine {

// Keys split over several engines by key hash (shard/KeyShard.h), each engine deciding its own keys alone, so
// that as many threads as engines can decide at once. Every key lives in one shard, so a key's decisions, score,
// VIP assignment and limiter state are exactly those one engine would have.
//
// Shard 0 leads; what concerns all keys at once is the leader's, and the others follow it:
//  - the throttle: the leader samples the load, and the others take its level (Engine::followThrottle) in the
//    same call that changed it, or with the next tick() for a change a batch made;
//  - flags the leader changed alone (a plan halted by an alert, a schedule's step): the others take its whole set;
//  - alerts and notifications: the leader's, the other shards' events routed by it;
//  - anomaly detection: every shard counts its own keys' traffic and closes its samples on the same grid; once every
//    shard has closed a grid point, the leader judges their samples added up (shard/ShardAnomaly.cpp), so its
//    detectors see all the traffic, as one engine's would. An alert's response lowers each key's score where the
//    key lives;
//  - what the engine changes on its own goes to the store from the leader alone (alerts, flag steps, baselines);
//    what every shard counts is added up (events, key checkpoints, traffic minutes, flag exposures, snapshots).
//
// Admin commands go to every shard, to the shard of the key they name (VIP assignments), or to the leader alone
// (throttle, alerts, notifications).
//
// Not thread-safe as a whole: decideOn() may run for different shards on different threads at once, and every
// other call needs all the shards to itself.
class EngineShards final {
public:
    EngineShards(const EngineConfig& config, std::uint32_t count);
    EngineShards(const EngineShards&) = delete;  // the leader keeps a way back to the shards
    EngineShards& operator=(const EngineShards&) = delete;

    std::uint32_t count() const { return static_cast<std::uint32_t>(m_shards.size()); }
    std::uint32_t shardOf(std::string_view key) const;
    Engine& shard(std::uint32_t i) { return *m_shards[i]; }
    const Engine& shard(std::uint32_t i) const { return *m_shards[i]; }
    Engine& leader() { return *m_shards[0]; }
    const Engine& leader() const { return *m_shards[0]; }

    // Set-up before the first batch. The throttle's signals are the leader's to read. A limiter or scores shared with
    // other engines (Redis) are for one engine (count() == 1): the runtime refuses them with more.
    void setBoundedPasses(bool bounded);
    void setLoadSource(std::unique_ptr<LoadSource> source) { leader().setLoadSource(std::move(source)); }
    void setSharedLimiter(SharedLimiter* limiter) { leader().setSharedLimiter(limiter); }
    void maintainShared() { leader().maintainShared(); }
    void setReputationShared(bool shared) { leader().setReputationShared(shared); }
    void takeScoreShare(std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads, double share, TimeNs now)
    {
        leader().takeScoreShare(changes, reads, share, now);
    }
    void applyFleetScores(std::span<const FleetScore> answers, TimeNs now) { leader().applyFleetScores(answers, now); }

    // Each shard restores the keys and VIP assignments that are its own; the leader also the alerts, the
    // detectors' baselines, the notifications' preferences and contacts, and the throttle override.
    void restore(const store::PersistedState& state, TimeNs now);

    // Splits the batch by shard and decides each part in turn on the calling thread, then lets the followers take
    // a throttle level the batch changed. Each key's requests keep their order.
    void decide(std::span<const Request> requests, std::span<Decision> out);
    // One shard's requests (all of them its own keys'): shards may be decided on different threads at once.
    void decideOn(std::uint32_t shard, std::span<const Request> requests, std::span<Decision> out)
    {
        m_shards[shard]->decide(requests, out);
    }

    CommandResult validate(const Command& command, TimeNs now) const;
    CommandResult apply(const Command& command, TimeNs now);

    // Every shard's timers up to `now`, then the followers take the leader's throttle level.
    void tick(TimeNs now);
    void settle(TimeNs now);
    // Whether a batch reaching `at` would run timed work on any shard.
    bool timedWorkDue(TimeNs at) const;
    TimeNs backlogDue() const;

    // The shards' snapshots added up, with the leader's throttle, alerts and notifications; run tick(now) first.
    void fillSnapshot(TimeNs now, Snapshot& out);
    void takeEvents(EventBatch& out);
    void takeDirtyKeys(std::vector<store::KeyReputation>& out, TimeNs now);
    void takeNotifications(std::vector<Notification>& out);
    void takeAlertWrites(std::vector<store::AlertWrite>& out) { leader().takeAlertWrites(out); }
    void takeFlagWrites(std::vector<store::FlagWrite>& out);
    void takeFlagExposures(std::vector<store::FlagExposureRow>& out);
    void takeTrafficMinutes(std::vector<store::TrafficMinuteRow>& out, bool final);
    void takeBaselines(std::vector<std::pair<std::string, std::string>>& out, TimeNs now, bool force)
    {
        leader().takeBaselines(out, now, force);
    }

    std::uint64_t keyCount() const;
    std::size_t memoryBytes() const;

    // The questions the console and the admin API ask (shard/ShardQueries.cpp), answered as one engine would: by
    // the leader for what concerns all keys, by the key's shard for one key, and by every shard, merged, for pages
    // and counts.
    const AutoThrottle& throttle() const { return leader().throttle(); }
    const EngineConfig& config() const { return leader().config(); }
    const VipCatalog& vipCatalog() const { return leader().vipCatalog(); }
    const flags::FlagSet& flagSet() const { return leader().flagSet(); }
    const FlagBook& flagBook() const { return leader().flagBook(); }
    const anomaly::AnomalyMonitor& anomaly() const { return leader().anomaly(); }
    const notify::NotificationRouter& notifications() const { return leader().notifications(); }
    LoadSource* loadSource() const { return leader().loadSource(); }
    Engine::AlertUndoPlan planUndo(std::uint64_t alertId, TimeNs now) const { return leader().planUndo(alertId, now); }
    // The latest time any shard has seen, and the latest request time decided.
    TimeNs now() const;
    TimeNs latestRequestTime() const;
    std::optional<KeyView> inspect(std::string_view key, std::string_view route = {}) const;
    LimitBreakdown limitFor(std::string_view key, std::string_view route = {}) const;
    std::optional<Engine::VipAssignmentView> vipAssignment(std::string_view key) const;
    std::vector<store::VipAssignment> vipAssignments() const;
    std::uint64_t vipTierUsers(int tierIndex) const;
    KeyPage queryKeys(const KeyQuery& query) const;
    VipPage queryVip(const VipQuery& query) const;
    FlagPreview previewFlag(const flags::FeatureFlag& candidate) const;

private:
    CommandResult validateTierRemoval(const cmd::RemoveVipTier& remove, TimeNs now) const;
    void followLeader(TimeNs now);
    // tick() or settle() on every shard, the followers first.
    void runTimers(TimeNs now, bool settle);
    // The followers' events go to the leader's notifications before anyone takes events or notifications.
    void routeFollowerEvents();
    // The shards' anomaly samples closed up to now() and gathered; the grid points all shards closed judged by the
    // leader. `timers`: called from tick() or settle().
    void judgeAnomalies(bool timers);
    std::vector<const Rollups*> rollups() const;

    std::vector<std::unique_ptr<Engine>> m_shards;
    ShardRollups m_rollups;
    anomaly::SampleGather m_samples;
    std::vector<anomaly::ClosedSample> m_closed;  // reused by judgeAnomalies()
    std::vector<TimeNs> m_nextSamples;
    std::uint64_t m_snapshotSequence = 0;
    std::uint64_t m_leaderFlags = 0;  // the leader's flag revision the followers have
    // Reused by decide(): each shard's requests, where each came from, and their decisions.
    std::vector<std::vector<Request>> m_parts;
    std::vector<std::vector<std::uint32_t>> m_origins;
    std::vector<Decision> m_decisions;
    // Followers' events already routed by the leader, not yet taken by the store; reused to take them.
    EventBatch m_routed;
    EventBatch m_taken;
};

}  // namespace sluice::engine
