// SPDX-License-Identifier: Apache-2.0
// The engine's timed work: violation windows, decay, VIP expiry and idle eviction. None of it runs per
// request; the decision path only compares the request time with the next due instant.
#include "decision/Engine.h"

#include <algorithm>

namespace sluice::engine {

void Engine::tick(TimeNs now)
{
    m_now = std::max(m_now, now);
    if (m_nextMaintenance == 0 || now >= m_nextMaintenance) {
        maintain(now);
    }
    if (now >= m_nextDue) {
        runDue(now);
    }
    // The history starts with the first request: moving the rings on the clock before that would lock
    // them to the clock's time, and a virtual clock that then starts earlier would pour every request into
    // one second that never closes.
    if (m_latestRequest != 0) {
        m_rollups.advanceTo(toUnixSec(now));
    }
}

void Engine::scheduleNextDue()
{
    TimeNs next = m_decayEpoch + m_config.reputation.decayInterval;
    if (!m_vipExpiries.empty()) {
        next = std::min(next, m_vipExpiries.top().first);
    }
    if (!m_vipWarnings.empty()) {
        next = std::min(next, m_vipWarnings.top().first);
    }
    if (m_pendingHead < m_pending.size()) {
        next = std::min(next, fromUnixSec(m_pending[m_pendingHead].windowStartSec + m_windowSec));
    }
    if (m_loadSource) {
        next = std::min(next, m_nextThrottleSample);
    }
    if (m_throttle.overrideExpiry() != 0) {
        next = std::min(next, m_throttle.overrideExpiry());
    }
    m_nextDue = next;
}

void Engine::startClock(TimeNs now)
{
    if (m_decayEpoch == 0) {
        m_decayEpoch = now - now % m_config.reputation.decayInterval;  // the first boundary is the next one
        // Samples fall on a grid of the interval, so the same traffic gives the same samples.
        const TimeNs interval = m_throttle.config().sampleInterval;
        m_lastThrottleSample = now;
        m_nextThrottleSample = now - now % interval + interval;
    }
    if (!m_throttle.started()) {
        m_throttle.start(now, std::nullopt);
    }
}

void Engine::runDue(TimeNs now)
{
    startClock(now);
    m_now = std::max(m_now, now);
    warnVip(now);
    expireVip(now);
    runThrottle(now);
    while (m_pendingHead < m_pending.size()) {
        const PendingWindow p = m_pending[m_pendingHead];
        const TimeNs end = fromUnixSec(p.windowStartSec + m_windowSec);
        if (end > now) {
            break;
        }
        ++m_pendingHead;
        KeyRecord& r = m_keys.record(p.record);
        if ((r.flags & KeyRecord::kLive) != 0 && (r.flags & KeyRecord::kViolationPending) != 0 &&
            r.windowStartSec == p.windowStartSec) {
            assessWindow(p.record, r, end);
        }
    }
    if (m_pendingHead > 4096 && m_pendingHead * 2 > m_pending.size()) {
        m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(m_pendingHead));
        m_pendingHead = 0;
    }
    while (m_decayEpoch + m_config.reputation.decayInterval <= now) {
        m_decayEpoch += m_config.reputation.decayInterval;
        applyDecay(m_decayEpoch);
    }
    scheduleNextDue();
}

void Engine::assessWindow(std::uint32_t index, KeyRecord& r, TimeNs at)
{
    r.flags &= static_cast<std::uint8_t>(~KeyRecord::kViolationPending);
    const int severity = m_rules.severity(r.windowAttempted, r.windowAllowed);
    const float before = r.score;
    r.cleanAllowed = 0;  // only traffic after the last violation counts as clean
    Event e;
    e.kind = EventKind::Violation;
    e.at = at;
    e.key = std::string(m_keys.keyOf(index));
    e.severity = severity;
    e.scoreBefore = before;
    e.tierBefore = static_cast<ReputationTier>(r.tier);
    setScore(index, r, m_rules.afterViolation(before, severity), at);
    e.scoreAfter = r.score;
    e.tierAfter = static_cast<ReputationTier>(r.tier);
    m_events.push_back(std::move(e));
    markDirty(index, r);
}

void Engine::setScore(std::uint32_t index, KeyRecord& r, float score, TimeNs at)
{
    const int oldBin = ReputationRules::histogramBin(r.score);
    const int newBin = ReputationRules::histogramBin(score);
    if (oldBin != newBin) {
        --m_histogram[oldBin];
        ++m_histogram[newBin];
    }
    const auto oldTier = static_cast<ReputationTier>(r.tier);
    const ReputationTier newTier = m_rules.tierOf(score);
    const float before = r.score;
    r.score = score;
    markDirty(index, r);
    if (oldTier != newTier) {
        --m_tierCounts[static_cast<int>(oldTier)];
        ++m_tierCounts[static_cast<int>(newTier)];
        r.tier = static_cast<std::uint8_t>(newTier);
        Event e;
        e.kind = EventKind::TierChanged;
        e.at = at;
        e.key = std::string(m_keys.keyOf(index));
        e.scoreBefore = before;
        e.scoreAfter = score;
        e.tierBefore = oldTier;
        e.tierAfter = newTier;
        m_events.push_back(std::move(e));
    }
}

void Engine::markDirty(std::uint32_t index, KeyRecord& r)
{
    r.flags |= KeyRecord::kDirty;
    if ((r.flags & KeyRecord::kQueuedDirty) == 0) {
        r.flags |= KeyRecord::kQueuedDirty;
        m_dirty.push_back(index);
    }
}

void Engine::applyDecay(TimeNs boundary)
{
    const float neutral = m_config.reputation.neutralScore;
    m_keys.forEachLive([&](std::uint32_t index, KeyRecord& r) {
        if (r.score == neutral) {
            return;
        }
        // A persisted row (score, updated_at) decays the same way when loaded, so this needs no write.
        const bool wasDirty = (r.flags & KeyRecord::kDirty) != 0;
        setScore(index, r, m_rules.decayed(r.score, 1), boundary);
        if (!wasDirty) {
            r.flags &= static_cast<std::uint8_t>(~KeyRecord::kDirty);
        }
    });
    m_dormant.retainIf([&](std::uint64_t, DormantKey& d) {
        return m_rules.decayed(d.score, m_rules.decaySteps(d.since, boundary)) != neutral;
    });
}

void Engine::raise(EventKind kind, TimeNs at, std::string_view key, std::string detail)
{
    Event e;
    e.kind = kind;
    e.at = at;
    e.key = std::string(key);
    e.detail = std::move(detail);
    m_events.push_back(std::move(e));
}

void Engine::maintain(TimeNs now)
{
    // Due timers first: a key evicted now must leave with every decay step up to now applied.
    if (now >= m_nextDue) {
        runDue(now);
    }
    if (m_nextMaintenance != 0) {
        evictIdle(now);
        m_routeTat.retainIf([now](std::uint64_t, TimeNs& tat) { return tat > now; });
    }
    m_nextMaintenance = now + m_config.maintenanceInterval;
}

void Engine::evictIdle(TimeNs now)
{
    const auto idleSec = static_cast<std::uint32_t>(m_config.idleEviction / kNsPerSec);
    const std::uint32_t nowSec = toUnixSec(now);
    if (nowSec < idleSec) {
        return;
    }
    const std::uint32_t cutoff = nowSec - idleSec;
    m_keys.forEachLive([&](std::uint32_t index, KeyRecord& r) {
        if (r.lastSeenSec >= cutoff || r.vipTier != 0 || (r.flags & KeyRecord::kViolationPending) != 0) {
            return;
        }
        forgetRecord(index, r, now);
        m_keys.erase(index);
    });
}

void Engine::forgetRecord(std::uint32_t index, KeyRecord& r, TimeNs now)
{
    const std::string_view key = m_keys.keyOf(index);
    --m_histogram[ReputationRules::histogramBin(r.score)];
    --m_tierCounts[r.tier];
    if (r.topSlot != KeyRecord::kNoTopSlot) {
        m_topDenied.unlink(r.topSlot);
    }
    if ((r.flags & KeyRecord::kDirty) != 0) {
        m_evictedDirty.push_back(
            store::KeyReputation{std::string(key), r.score, static_cast<ReputationTier>(r.tier), r.cleanAllowed, now});
    }
    if (r.score != m_config.reputation.neutralScore) {
        m_dormant[KeyTable::hash(key)] = DormantKey{r.score, r.cleanAllowed, m_decayEpoch};  // decayed up to there
    }
}

}  // namespace sluice::engine
