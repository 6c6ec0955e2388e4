// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "config/EngineConfig.h"
#include "core/Decision.h"
#include "core/Event.h"
#include "core/Request.h"
#include "flags/FeatureGates.h"
#include "keys/KeyTable.h"
#include "keys/U64Map.h"
#include "limiter/RateTable.h"
#include "query/KeyQuery.h"
#include "query/KeyView.h"
#include "reputation/ReputationRules.h"
#include "rollup/Rollups.h"
#include "rollup/TopDenied.h"
#include "snapshot/Snapshot.h"
#include "store/StoreTypes.h"
#include "throttle/AutoThrottle.h"
#include "throttle/LoadSource.h"
#include "vip/VipCatalog.h"
#include "vip/VipQuery.h"

#include <queue>
#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sluice::engine {

// The decision core. Single-threaded by design: one thread owns an Engine and everything in it, so the
// decision path needs no locks. Time comes from the requests and from the caller (virtual or real).
class Engine final {
public:
    explicit Engine(EngineConfig config = {});

    // Loads what a previous run persisted (reputation, VIP catalog and assignments) as of `now`.
    void restore(const store::PersistedState& state, TimeNs now);

    // Decides a batch in order; `out` must be at least as long as `requests`.
    void decide(std::span<const Request> requests, std::span<Decision> out);
    Decision decide(const Request& request);

    // Whether `apply` would accept the command now, without changing anything.
    CommandResult validate(const Command& command, TimeNs now) const;
    CommandResult apply(const Command& command, TimeNs now);
    // Runs timers (VIP expiry, violation windows, decay, idle eviction) up to `now` when traffic is quiet.
    void tick(TimeNs now);

    void fillSnapshot(TimeNs now, Snapshot& out);
    // Hands over what happened since the last call: events, and reputations that changed (for the store).
    void takeEvents(EventBatch& out);
    void takeDirtyKeys(std::vector<store::KeyReputation>& out, TimeNs now);

    KeyPage queryKeys(const KeyQuery& query) const;
    VipPage queryVip(const VipQuery& query) const;
    // Every VIP assignment, by key: what an export writes.
    std::vector<store::VipAssignment> vipAssignments() const;
    // How many assignments use the tier.
    std::uint64_t vipTierUsers(int tierIndex) const;
    std::optional<KeyView> inspect(std::string_view key, std::string_view route = {}) const;
    LimitBreakdown limitFor(std::string_view key, std::string_view route = {}) const;
    // Where the auto-throttle's signals come from; without one the level changes only by override.
    void setLoadSource(std::unique_ptr<LoadSource> source);
    LoadSource* loadSource() const { return m_loadSource.get(); }
    const AutoThrottle& throttle() const { return m_throttle; }
    const EngineConfig& config() const { return m_config; }
    const VipCatalog& vipCatalog() const { return m_vipCatalog; }
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

private:
    struct VipAssignmentState {
        int tierIndex = 0;
        TimeNs expiresAt = 0;  // 0 = never
        TimeNs warnAt = 0;     // when vip_expiring is due; 0 = never
        bool warned = false;   // vip_expiring was raised for this assignment
        std::string notes;
        std::string assignedBy;
        TimeNs assignedAt = 0;
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return KeyTable::hash(s); }
    };
    struct PendingWindow {
        std::uint32_t record;
        std::uint32_t windowStartSec;
    };
    struct DormantKey {
        float score = 50.0F;
        std::uint32_t cleanAllowed = 0;
        TimeNs since = 0;
    };

    [[gnu::always_inline]] inline void decideOne(std::uint32_t index, std::uint64_t hash, const Request& request,
                                                 Decision& out);
    [[gnu::noinline]] std::uint32_t findOrInsert(std::string_view key, std::uint64_t hash, TimeNs now);
    std::uint32_t policyFor(std::string_view route) const;

    [[gnu::cold]] void runDue(TimeNs now);
    void startClock(TimeNs now);
    void resolveGates(KeyRecord& r) const;
    void maintain(TimeNs now);
    [[gnu::cold]] void assessWindow(std::uint32_t index, KeyRecord& r, TimeNs at);
    [[gnu::noinline]] void setScore(std::uint32_t index, KeyRecord& r, float score, TimeNs at);
    void applyDecay(TimeNs boundary);
    void expireVip(TimeNs now);
    void warnVip(TimeNs now);
    void scheduleVipWarning(const std::string& key, VipAssignmentState& a, TimeNs now);
    std::optional<std::string> checkAssignment(const cmd::AssignVip& c, TimeNs now, std::string& column) const;
    void evictIdle(TimeNs now);
    void scheduleNextDue();
    void rebuildRates();
    void forgetRecord(std::uint32_t index, KeyRecord& r, TimeNs now);
    void markDirty(std::uint32_t index, KeyRecord& r);
    void raise(EventKind kind, TimeNs at, std::string_view key, std::string detail = {});
    void runThrottle(TimeNs now);
    void sampleThrottle(TimeNs at);
    void throttleChanged();
    CommandResult validateThrottle(const Command& command, TimeNs now) const;
    CommandResult applyThrottle(const Command& command, TimeNs now);
    CommandResult applyVip(const cmd::AssignVip& c, TimeNs now);
    void setVipFor(std::string_view key, int tierIndex);

    EngineConfig m_config;
    ReputationRules m_rules;
    VipCatalog m_vipCatalog;
    FeatureGates m_gates;
    RateTable m_rates;
    KeyTable m_keys;
    U64Map<TimeNs> m_routeTat;     // per-route limiter state, keyed by key hash and policy
    U64Map<DormantKey> m_dormant;  // evicted keys whose reputation is not neutral
    Rollups m_rollups;
    TopDenied m_topDenied;
    AutoThrottle m_throttle;
    std::unique_ptr<LoadSource> m_loadSource;
    TimeNs m_lastThrottleSample = 0;
    TimeNs m_nextThrottleSample = 0;
    std::uint64_t m_allowedAtSample = 0;
    std::uint64_t m_deniedAtSample = 0;

    std::unordered_map<std::string, VipAssignmentState, StringHash, std::equal_to<>> m_vip;
    using Expiry = std::pair<TimeNs, std::string>;
    std::priority_queue<Expiry, std::vector<Expiry>, std::greater<>> m_vipExpiries;
    std::priority_queue<Expiry, std::vector<Expiry>, std::greater<>> m_vipWarnings;

    std::vector<PendingWindow> m_pending;  // FIFO by window start; m_pendingHead is the front
    std::size_t m_pendingHead = 0;
    std::vector<std::uint32_t> m_dirty;
    std::vector<store::KeyReputation> m_evictedDirty;
    EventBatch m_events;

    std::array<std::uint64_t, 20> m_histogram{};
    std::array<std::uint64_t, kReputationTierCount> m_tierCounts{};
    std::uint64_t m_requests = 0;
    std::uint64_t m_allowed = 0;
    std::uint64_t m_denied = 0;
    std::uint64_t m_snapshotSequence = 0;

    TimeNs m_now = 0;            // latest time seen
    TimeNs m_latestRequest = 0;  // the latest request time decided
    TimeNs m_nextDue = 0;        // earliest timer that runDue() must handle
    TimeNs m_nextMaintenance = 0;
    TimeNs m_decayEpoch = 0;  // the decay boundary last applied
    std::uint32_t m_windowSec = 10;
};

}  // namespace sluice::engine
