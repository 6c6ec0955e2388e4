// SPDX-License-Identifier: Apache-2.0
#pragma once

// The engine includes its parts; what the decision loop also holds comes with them: the key table and the
// dormant map with the reputation tracker, commands, the VIP catalog and its rate table with the VIP roster,
// the flags with the configuration, the top-denied list with the snapshot.
#include "anomaly/AnomalyMonitor.h"
#include "anomaly/ResponseAudit.h"
#include "core/Decision.h"
#include "core/Notification.h"
#include "core/Request.h"
#include "flagbook/FlagBook.h"
#include "limiter/SharedLimiter.h"
#include "limiter/ThrottleShadow.h"
#include "notify/NotificationRouter.h"
#include "reputation/ReputationTracker.h"
#include "rollup/Rollups.h"
#include "rollup/RouteCounts.h"
#include "throttle/ThrottleSampler.h"
#include "vip/VipRoster.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sluice::engine {

// The console's queries and their answers (query/KeyQuery.h, query/KeyView.h, vip/VipQuery.h).
struct KeyQuery;
struct KeyPage;
struct KeyView;
struct LimitBreakdown;
struct VipQuery;
struct VipPage;
struct QuerySources;
struct FlagPreview;

// The decision loop, and the parts it is made of. Single-threaded by design: one thread owns an Engine and
// everything in it, so the decision path needs no locks. Time comes from the requests and from the caller
// (virtual or real). Each concept keeps its own state (reputation/, vip/, throttle/); the engine wires them
// together, calls them directly on the decision path, and through forEachPart() for timers, snapshots and
// commands.
class Engine final {
public:
    explicit Engine(EngineConfig config = {});

    // Loads what a previous run persisted (reputation, VIP catalog and assignments) as of `now`.
    void restore(const store::PersistedState& state, TimeNs now);

    // Decides a batch in order; `out` must be at least as long as `requests`.
    void decide(std::span<const Request> requests, std::span<Decision> out);
    // From now on keys' limiter state lives in `limiter`, which other engines share (decision/EngineShared.cpp);
    // null: in this engine. The engine does not own it. Reputation, VIP and throttle stay this engine's.
    void setSharedLimiter(SharedLimiter* limiter) { m_shared = limiter; }
    // The shared limiter's health checks, between batches.
    void maintainShared();
    // From now on keys' scores are the fleet's (reputation/SharedReputation.h, decision/EngineReputationShare.cpp):
    // violations and clean points become changes to send, and the fleet's answers are applied here.
    void setReputationShared(bool shared) { m_reputation.setShared(shared); }
    // Hands over the changes to send and the keys to read; `share` of the key table is swept for reads as well.
    void takeScoreShare(std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads, double share, TimeNs now);
    void applyFleetScores(std::span<const FleetScore> answers, TimeNs now);
    Decision decide(const Request& request);

    // Whether `apply` would accept the command now, without changing anything.
    CommandResult validate(const Command& command, TimeNs now) const;
    CommandResult apply(const Command& command, TimeNs now);
    // Runs timers (VIP expiry, violation windows, decay, idle eviction) up to `now` when traffic is quiet.
    void tick(TimeNs now);
    // Runs every timer due up to `now` at once, with no pause between passes (see ReputationTracker::kAssessPerPass):
    // for an engine that stops, whose checks no longer wait.
    void settle(TimeNs now);
    // Whether closed violation windows are assessed in bounded passes, a millisecond of engine time apart (a live
    // engine, whose checks wait while a pass runs), or all at once (the default: simulations).
    void setBoundedPasses(bool bounded) { m_reputation.setBoundedPasses(bounded); }
    // Whether a batch reaching `at` would run timed work first (timers due, or idle eviction's sweep of the key
    // table): a runtime leaves such a batch to its own thread rather than to a caller with connections to serve.
    bool timedWorkDue(TimeNs at) const { return at >= m_nextDue || m_nextMaintenance == 0 || at >= m_nextMaintenance; }
    // When the next bounded pass is due, 0 when no closed windows wait for one: a live engine without traffic runs
    // tick() then rather than at its next snapshot, so a flood's violations are not recorded a tenth of a second apart.
    TimeNs backlogDue() const { return m_reputation.backlogDue(); }

    // The picture of the engine as it stands; run tick(now) first to bring the timers up to `now`.
    void fillSnapshot(TimeNs now, Snapshot& out);
    // Hands over what happened since the last call: events, and reputations that changed (for the store).
    void takeEvents(EventBatch& out);
    void takeDirtyKeys(std::vector<store::KeyReputation>& out, TimeNs now);
    // Hands over the notifications produced since the last call (decision/EngineNotify.cpp), oldest first.
    void takeNotifications(std::vector<Notification>& out);

    KeyPage queryKeys(const KeyQuery& query) const;
    VipPage queryVip(const VipQuery& query) const;
    // Every VIP assignment, by key: what an export writes.
    std::vector<store::VipAssignment> vipAssignments() const { return m_vip.assignments(); }
    // How many assignments use the tier.
    std::uint64_t vipTierUsers(int tierIndex) const { return m_vip.tierUsers(tierIndex); }
    std::optional<KeyView> inspect(std::string_view key, std::string_view route = {}) const;
    LimitBreakdown limitFor(std::string_view key, std::string_view route = {}) const;
    // Where the auto-throttle's signals come from; without one the level changes only by override.
    void setLoadSource(std::unique_ptr<LoadSource> source);
    LoadSource* loadSource() const { return m_throttle.loadSource(); }
    const AutoThrottle& throttle() const { return m_throttle.throttle(); }
    const EngineConfig& config() const { return m_config; }
    const VipCatalog& vipCatalog() const { return m_vip.catalog(); }
    struct VipAssignmentView {
        std::string tier;
        TimeNs expiresAt = 0;  // 0 = never
    };
    // The VIP assignment of `key`, whether or not the key is in the hot table; nullopt when it has none.
    std::optional<VipAssignmentView> vipAssignment(std::string_view key) const;
    std::uint64_t keyCount() const { return m_keys.size(); }
    // The latest request time decided so far (0 before the first request).
    TimeNs latestRequestTime() const { return m_latestRequest; }
    // The latest time the engine has seen, from requests or from its caller.
    TimeNs now() const { return std::max(m_now, m_latestRequest); }
    std::size_t memoryBytes() const;
    // The traffic history by second, minute and ten minutes (a sharded engine adds its shards' up).
    const Rollups& rollups() const { return m_rollups; }

    // Anomaly detection (decision/EngineAnomaly.cpp). Findings of one sample from outside the detectors (a test,
    // a replay that brings its own): grouped into alerts and responded to as the detectors' would be.
    void observeAnomalies(std::span<const anomaly::Finding> findings, TimeNs now);
    const anomaly::AnomalyMonitor& anomaly() const { return m_anomaly; }
    // Who hears what (notify/NotificationRouter): preferences and contacts, for audit rows and exports.
    const notify::NotificationRouter& notifications() const { return m_notify; }
    // What undoing the automatic response to an alert would do now, said by its audit row before it is done.
    struct AlertUndoPlan {
        bool clearsOverride = false;  // the override in force is still the one the response set
        std::vector<anomaly::KeyScore> before;
        std::vector<anomaly::KeyScore> after;
        std::vector<std::pair<std::string, float>> points;  // given back, per key
    };
    AlertUndoPlan planUndo(std::uint64_t alertId, TimeNs now) const;
    // Hands over the alerts that changed (with their responses' audit rows) and, when due, the learned baselines.
    void takeAlertWrites(std::vector<store::AlertWrite>& out) { m_anomaly.takeWrites(out); }
    // Flags the engine changed on its own (schedules, plan steps and halts), and the exposure counts of the
    // buckets that closed since the last call: both for the store writer.
    void takeFlagWrites(std::vector<store::FlagWrite>& out) { m_flags.takeWrites(out); }
    void takeFlagExposures(std::vector<store::FlagExposureRow>& out) { m_flags.takeExposures(out); }
    // The minutes of traffic that closed since the last call, for the store's traffic history; with `final` (the
    // engine stops) the minute still open too, as far as it went.
    void takeTrafficMinutes(std::vector<store::TrafficMinuteRow>& out, bool final);
    // The flags in force (what FlagSetQuery answers), and a candidate flag over the keys the engine knows.
    const flags::FlagSet& flagSet() const { return m_flags.flags(); }
    const FlagBook& flagBook() const { return m_flags; }
    FlagPreview previewFlag(const flags::FeatureFlag& candidate) const;
    void takeBaselines(std::vector<std::pair<std::string, std::string>>& out, TimeNs now, bool force)
    {
        m_anomaly.takeBaselines(out, now, force);
    }

    // A shard of a sharded engine (shard/EngineShards.h) other than its leader, from before restore() on: it decides
    // its own keys alone, but judges no anomalies (it closes its samples for the leader), routes no notifications
    // (the leader routes its events), restores no throttle override and runs at the level the leader gives it
    // (followThrottle).
    void setFollower();
    bool follower() const { return m_follower; }
    void followThrottle(ThrottleLevel level, TimeNs now);
    // The leader: another shard's events, for this engine's notifications.
    void routeEventsOf(const EventBatch& events);
    // Every shard: the keys are split over `engines` engines. Anomaly detection then closes this engine's samples
    // (takeClosedSamples) and the leader judges each grid point's samples of all shards together (judgeSamples).
    void setAnomalyEngines(std::uint32_t engines) { m_anomaly.setEngines(engines); }
    void takeClosedSamples(std::vector<anomaly::ClosedSample>& out) { m_anomaly.takeClosed(out); }
    // The earliest grid point this engine has still to close (kNever: no traffic yet, nothing of it to wait for).
    TimeNs nextAnomalySample() const { return m_anomaly.nextToClose(); }
    // Closes this engine's samples of the grid points up to `now` alone, without its other timers: an engine of
    // several that had no request since, so that the leader need not wait for it.
    void closeAnomalySamples(TimeNs now);
    // The leader: samples of every shard added up, judged; with none, what is open still resolves once calm.
    void judgeSamples(std::span<const anomaly::ClosedSample> samples, TimeNs now);
    // The leader: the engine each key lives in, for what an alert's response and its undo do to key scores.
    void setKeyOwner(std::function<Engine&(std::string_view)> owner) { m_keyOwner = std::move(owner); }

private:
    // The engine's parts, in the order their hooks run (see decision/EngineParts.h). A new part is a member
    // and one entry here.
    template <class Self, class Fn>
    static void forEachPart(Self& self, Fn&& fn)
    {
        fn(self.m_vip);
        fn(self.m_throttle);
        fn(self.m_reputation);
        fn(self.m_anomaly);
        fn(self.m_flags);
        fn(self.m_notify);  // last: it routes the events the others raised
    }

    [[gnu::always_inline]] inline void decideOne(std::uint32_t index, std::uint64_t hash, const Request& request,
                                                 Decision& out);
    // What a request is judged against, worked out before its limiter state is read (decision/EngineJudge.h).
    struct Judgement {
        const EffectiveRate* rate = nullptr;
        std::uint32_t policy = 0;
        int reputationSlot = 0;
        std::uint8_t vipTier = 0;
        std::uint8_t tierApplied = 0;
        bool throttleOn = false;
    };
    // The first half of a decision: the key's window, its policy and the rate in force.
    [[gnu::always_inline]] inline Judgement judge(std::uint32_t index, const Request& q);
    // The second half: what the limiter's outcome does to the key, the counters and `out`. `shadow`: judge a
    // throttled denial again without the throttle (needs the key's state here, so not with a shared limiter).
    // True when this request queued its key's window as a violation.
    [[gnu::always_inline]] inline bool record(std::uint32_t index, std::uint64_t hash, const Request& q,
                                              const Judgement& j, const GcraOutcome& g, bool shadow, Decision& out);
    // A batch decided by the engine's own limiter.
    void decideLocal(std::span<const Request> requests, std::span<Decision> out);
    // A batch decided by the shared limiter: judged here, its limits asked for at once, then recorded here.
    void decideShared(std::span<const Request> requests, std::span<Decision> out);
    // Asks the shared limiter for requests [from, to) judged so far and records them.
    void finishShared(std::span<const Request> requests, std::span<Decision> out, std::size_t from, std::size_t to);
    // A denial by the shared limiter under the throttle, judged at the key's unthrottled limit against the state
    // the denial reports: within it, the window counts the request as allowed and a violation it queued is withdrawn.
    void forgiveThrottledDenial(std::uint32_t index, const Request& q, const Judgement& j, const GcraOutcome& g,
                                bool queued);
    // A request the shared limiter could not decide: its policy's failure rule decides.
    GcraOutcome decideWithoutShared(std::uint32_t index, std::uint64_t hash, const Request& q, const Judgement& j);
    // Whether a request under the throttle counts as a violation when judged without it (see ThrottleShadow).
    // Judges a request again without the throttle (see ThrottleShadow): a denial within the key's own limit is
    // no violation.
    [[gnu::noinline]] void judgeWithoutThrottle(KeyRecord& r, std::uint32_t policy, int reputationSlot,
                                                std::uint8_t vipTier, std::uint64_t slot, const Request& q,
                                                bool allowed, bool queued);
    // `request`: a request brings the key (a new key for anomaly detection), not a restore or a response.
    [[gnu::noinline]] std::uint32_t findOrInsert(std::string_view key, std::uint64_t hash, TimeNs now,
                                                 bool request = false);
    std::uint32_t policyFor(std::string_view route) const { return policyIndex(m_config.policies, route); }

    [[gnu::cold]] void runDue(TimeNs now);
    void startClock(TimeNs now);
    // What the flags say about a key, into its record (FlagBook::resolve); resolveAllKeys after a flag changed.
    void resolveFlags(KeyRecord& r, std::string_view key);
    void resolveAllKeys();
    FlagBook::Targets flagTargets() const { return FlagBook::Targets{m_config.policies, m_vip.catalog()}; }
    void maintain(TimeNs now);
    void evictIdle(TimeNs now);
    void scheduleNextDue();
    void rebuildRates();
    // Anomaly detection counts requests only while its gate is on at all.
    void anomalyGateChanged();
    PartContext partContext();
    // After a part ran with `context`: the rates it changed, and the timers it added.
    void afterParts(const PartContext& context);
    QuerySources querySources() const;
    void throttleChanged();
    // Hands the events raised since the last call to the notification router.
    void routeEvents();
    CommandResult validateOwn(const Command& command, TimeNs now) const;
    CommandResult applyOwn(const Command& command, TimeNs now);
    CommandResult validateThrottle(const Command& command, TimeNs now) const;
    CommandResult applyThrottle(const Command& command, TimeNs now);
    bool anomalyGateOn() const;
    // What the anomaly part asked for after it ran: automatic responses, and undoing them.
    void carryOutAnomalyRequests(TimeNs now);
    void respondToAlert(std::uint64_t alertId, TimeNs now);
    void undoAlertResponse(std::uint64_t alertId, const std::string& actor, TimeNs now);
    float scoreOf(std::string_view key, TimeNs now) const;
    // Moves a key's score by `delta` (within 0..100), bringing an evicted key back; returns the score before.
    float shiftScore(std::string_view key, float delta, TimeNs now, float& after);
    Engine& ownerOf(std::string_view key);
    const Engine& ownerOf(std::string_view key) const;
    std::vector<anomaly::AnomalyMonitor::Request> m_anomalyRequests;  // reused
    std::unordered_map<std::string, TimeNs> m_penalizedUntil;         // keys a response lowered, until its period ends

    EngineConfig m_config;
    FlagBook m_flags;
    RateTable m_rates;
    KeyTable m_keys;
    U64Map<TimeNs> m_routeTat;        // per-route limiter state, keyed by key hash and policy
    ThrottleShadow m_shadow;          // unthrottled limiter state of keys the throttle denied, while it lasts
    bool m_judgeUnthrottled = false;  // a throttle lowers limits and violations are judged without it
    Rollups m_rollups;
    std::uint32_t m_minutesHandedOver = 0;      // start of the newest minute takeTrafficMinutes gave out
    std::vector<RollupBucket> m_minuteBuckets;  // reused by takeTrafficMinutes
    RouteCounts m_routeCounts;
    TopDenied m_topDenied;
    ReputationTracker m_reputation;
    VipRoster m_vip;
    ThrottleSampler m_throttle;
    anomaly::AnomalyMonitor m_anomaly;
    notify::NotificationRouter m_notify;
    EventBatch m_events;
    SharedLimiter* m_shared = nullptr;  // not owned
    struct SharedPending {
        std::uint32_t index = 0;
        std::uint64_t hash = 0;
        Judgement judgement;
    };
    std::vector<SharedPending> m_sharedPending;  // one batch's, reused
    std::vector<SharedCheck> m_sharedChecks;
    std::vector<SharedVerdict> m_sharedVerdicts;
    SharedView m_sharedCounts;  // decided, failedOpen, failedClosed, failedLocal

    std::uint64_t m_requests = 0;
    std::uint64_t m_allowed = 0;
    std::uint64_t m_denied = 0;
    std::uint64_t m_snapshotSequence = 0;
    bool m_follower = false;
    std::function<Engine&(std::string_view)> m_keyOwner;  // empty: every key is this engine's

    TimeNs m_now = 0;            // latest time seen
    TimeNs m_latestRequest = 0;  // the latest request time decided
    TimeNs m_nextDue = 0;        // earliest timer that runDue() must handle
    TimeNs m_nextMaintenance = 0;
};

}  // namespace sluice::engine
