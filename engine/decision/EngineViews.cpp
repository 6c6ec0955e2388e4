// SPDX-License-Identifier: Apache-2.0
// Read-only views of the engine: snapshots, key inspection, and what changed for the store.
#include "decision/Engine.h"

namespace sluice::engine {

void Engine::fillSnapshot(TimeNs now, Snapshot& out)
{
    tick(now);
    out.sequence = ++m_snapshotSequence;
    out.at = now;
    out.requests = m_requests;
    out.allowed = m_allowed;
    out.denied = m_denied;
    out.activeKeys = m_keys.size();
    out.dormantKeys = m_dormant.size();
    out.vipAssignments = m_vip.size();
    out.tierCounts = m_tierCounts;
    out.flaggedBelow = m_config.reputation.flaggedBelow;
    out.trustedAbove = m_config.reputation.trustedAbove;
    for (int i = 0; i < kHistogramBins; ++i) {
        out.histogram[i] = m_histogram[i];
    }
    m_rollups.seconds().copyTo(out.lastHourBySecond);
    m_rollups.minutes().copyTo(out.lastDayByMinute);
    m_rollups.tenMinutes().copyTo(out.lastWeekByTenMinutes);
    m_topDenied.top(20, out.topDenied);
    m_throttle.fill(out.throttle);
    out.memoryBytes = memoryBytes();
}

void Engine::takeEvents(EventBatch& out)
{
    out.clear();
    out.swap(m_events);
}

void Engine::takeDirtyKeys(std::vector<store::KeyReputation>& out, TimeNs now)
{
    out.clear();
    out.swap(m_evictedDirty);
    for (const std::uint32_t index : m_dirty) {
        KeyRecord& r = m_keys.record(index);
        if ((r.flags & KeyRecord::kLive) == 0 || (r.flags & KeyRecord::kQueuedDirty) == 0) {
            continue;
        }
        if ((r.flags & KeyRecord::kDirty) != 0) {
            out.push_back(store::KeyReputation{std::string(m_keys.keyOf(index)), r.score,
                                               static_cast<ReputationTier>(r.tier), r.cleanAllowed, now});
        }
        r.flags &= static_cast<std::uint8_t>(~(KeyRecord::kDirty | KeyRecord::kQueuedDirty));
    }
    m_dirty.clear();
}

LimitBreakdown Engine::limitFor(std::string_view key, std::string_view route) const
{
    LimitBreakdown b;
    const Policy& policy = m_config.policies[policyFor(route)];
    b.baseLimit = policy.limit;
    b.period = policy.period;
    const std::string_view clamped = key.substr(0, KeyTable::kMaxKeyBytes);
    const std::uint32_t index = m_keys.find(clamped, KeyTable::hash(clamped));
    ReputationTier tier = m_rules.tierOf(m_config.reputation.initialScore);
    int vip = 0;
    std::uint8_t buckets[kFeatureCount];
    if (index != KeyTable::kNone) {
        const KeyRecord& r = m_keys.record(index);
        tier = static_cast<ReputationTier>(r.tier);
        vip = r.vipTier;
        std::copy(r.buckets, r.buckets + kFeatureCount, buckets);
    } else {
        for (int f = 0; f < kFeatureCount; ++f) {
            buckets[f] = FeatureGates::bucket(static_cast<Feature>(f), clamped);
        }
        auto it = m_vip.find(clamped);
        if (it != m_vip.end()) {
            vip = it->second.tierIndex;
        }
    }
    if (m_gates.enabledFor(Feature::ReputationSystem, buckets[0])) {
        b.reputationMultiplier = m_config.reputation.tierMultipliers[static_cast<int>(tier)];
    }
    if (const VipTier* v = m_vipCatalog.at(vip)) {
        b.vipMultiplier = v->multiplier;
    }
    if (m_gates.enabledFor(Feature::AdaptiveLimiting, buckets[1])) {
        b.throttleMultiplier = throttleMultiplier(m_throttle.level());
    }
    b.effectiveLimit =
        RateTable::compute(policy, b.reputationMultiplier * b.vipMultiplier * b.throttleMultiplier).limit;
    return b;
}

std::optional<KeyView> Engine::inspect(std::string_view key, std::string_view route) const
{
    const std::string_view clamped = key.substr(0, KeyTable::kMaxKeyBytes);
    const std::uint64_t hash = KeyTable::hash(clamped);
    KeyView v;
    v.key = std::string(clamped);
    v.limit = limitFor(clamped, route);
    auto vip = m_vip.find(clamped);
    if (vip != m_vip.end()) {
        if (const VipTier* t = m_vipCatalog.at(vip->second.tierIndex)) {
            v.vipTier = t->name;
        }
        v.vipExpiresAt = vip->second.expiresAt;
    }
    const std::uint32_t index = m_keys.find(clamped, hash);
    if (index != KeyTable::kNone) {
        const KeyRecord& r = m_keys.record(index);
        v.active = true;
        v.score = r.score;
        v.tier = static_cast<ReputationTier>(r.tier);
        v.allowed = r.allowed;
        v.denied = r.denied;
        v.lastSeen = fromUnixSec(r.lastSeenSec);
        v.reputationApplies = m_gates.enabledFor(Feature::ReputationSystem, r.buckets[0]);
        v.throttleApplies = m_gates.enabledFor(Feature::AdaptiveLimiting, r.buckets[1]);
        return v;
    }
    if (const DormantKey* d = m_dormant.find(hash)) {
        v.score = m_rules.decayed(d->score, m_rules.decaySteps(d->since, m_now));
        v.tier = m_rules.tierOf(v.score);
        return v;
    }
    if (vip != m_vip.end()) {
        return v;
    }
    return std::nullopt;
}

std::size_t Engine::memoryBytes() const
{
    return m_keys.memoryBytes() + m_routeTat.memoryBytes() + m_dormant.memoryBytes() +
           m_pending.capacity() * sizeof(PendingWindow) + m_dirty.capacity() * sizeof(std::uint32_t);
}

}  // namespace sluice::engine
