// SPDX-License-Identifier: Apache-2.0
#pragma once

// The two halves of one decision, for the engine's own limiter (Engine.cpp) and the shared one
// (EngineShared.cpp): inlined into both, so the local decision path is as it was. Only the engine includes this.
#include "decision/Engine.h"

#include <algorithm>

namespace sluice::engine {

namespace judge_detail {

inline std::string_view clampKey(std::string_view key)
{
    return {key.data(), std::min(key.size(), KeyTable::kMaxKeyBytes)};
}

inline void saturatingIncrement(std::uint32_t& counter)
{
    if (counter != 0xFFFFFFFFU) {
        ++counter;
    }
}

}  // namespace judge_detail

inline Engine::Judgement Engine::judge(std::uint32_t index, const Request& q)
{
    const TimeNs now = q.timestamp;
    KeyRecord& r = m_keys.record(index);
    const std::uint32_t sec = toUnixSec(now);
    // A window that ended before this request is assessed before the request is judged, as its timer would
    // have done: the tier it leads to is the tier this request meets, so the decision's tier, limit and
    // multiplier describe one and the same moment. (While a fleet shares scores, the violation goes to the fleet
    // first, and its tier applies from the fleet's answer on.)
    if (sec >= r.windowStartSec + m_reputation.windowSec()) {
        if ((r.flags & KeyRecord::kViolationPending) != 0) {
            m_reputation.assessWindow(m_keys, m_events, index, r, now);
        }
        r.windowStartSec = sec;
        r.windowAttempted = 0;
        r.windowAllowed = 0;
    }
    Judgement j;
    j.policy = q.route.empty() ? 0 : policyFor(q.route);
    // A route policy behind a flag applies only to the keys the flag is on for.
    if (j.policy != 0) {
        if (const std::uint16_t gate = m_flags.routeGate(j.policy); gate != 0 && (gate & r.flagBits) == 0) {
            j.policy = 0;
        }
    }
    j.vipTier = r.vipTier != 0 ? r.vipTier : r.flagVipTier;
    const bool reputationOn = (r.flags & KeyRecord::kReputationOn) != 0;
    j.throttleOn = (r.flags & KeyRecord::kThrottleOn) != 0;
    j.tierApplied = r.tier;  // a clean point below may change r.tier for the next request
    j.reputationSlot = reputationOn ? j.tierApplied : kReputationOffSlot;
    j.rate = &m_rates.at(j.policy, j.reputationSlot, j.vipTier, j.throttleOn ? 1 : 0);
    m_flags.countDecision(r.flagBits, r.flagVariants);
    return j;
}

inline bool Engine::record(std::uint32_t index, std::uint64_t hash, const Request& q, const Judgement& j,
                           const GcraOutcome& g, bool shadow, Decision& out)
{
    using judge_detail::saturatingIncrement;
    const TimeNs now = q.timestamp;
    const std::uint32_t sec = toUnixSec(now);
    KeyRecord& r = m_keys.record(index);
    r.windowAttempted += q.cost;
    const bool firstInSample = r.lastSeenSec < m_anomaly.tally().sampleStartSec();
    r.lastSeenSec = std::max(r.lastSeenSec, sec);
    ++m_requests;
    bool queued = false;  // this request queued the key's window for assessment
    if (g.allowed) {
        ++m_allowed;
        r.windowAllowed += q.cost;
        saturatingIncrement(r.allowed);
        if (++r.cleanAllowed >= m_config.reputation.cleanRequestsPerPoint) {
            r.cleanAllowed = 0;
            if (r.score < 100.0F) {
                m_reputation.cleanPoint(m_keys, m_events, index, r, now);
            }
        }
    } else {
        ++m_denied;
        saturatingIncrement(r.denied);
        if ((r.flags & KeyRecord::kViolationPending) == 0) {
            m_nextDue = std::min(m_nextDue, m_reputation.queueViolation(index, r));
            queued = true;
        }
        std::uint32_t displaced = TopDenied::kNoRecord;
        r.topSlot = m_topDenied.update(r.topSlot, index, m_keys.keyOf(index), r.denied, displaced);
        if (displaced != TopDenied::kNoRecord && displaced != index) {
            m_keys.record(displaced).topSlot = KeyRecord::kNoTopSlot;
        }
    }
    m_rollups.count(sec, r.tier, g.allowed);
    m_routeCounts.count(j.policy, g.allowed);
    m_anomaly.tally().count(index, hash, j.policy, q.country, g.allowed, firstInSample, r.allowed + r.denied);

    const EffectiveRate& rate = *j.rate;
    out.allowed = g.allowed;
    out.limit = rate.limit;
    out.remaining = g.remaining;
    out.retryAfter = g.retryAfter;
    out.resetAfter = g.resetAfter;
    out.reputationTier = static_cast<ReputationTier>(j.tierApplied);
    out.vipTier = j.vipTier;
    out.throttleLevel = j.throttleOn ? m_throttle.throttle().level() : ThrottleLevel::None;
    out.multiplier = rate.multiplier;
    // Judged again without the throttle, unless the key already broke its own limit in this window: then the
    // window is a violation whatever this request was, and the decision path stays as cheap as without it.
    // An allowed request only counts against a shadow the key already has.
    if (shadow && m_judgeUnthrottled &&
        (queued || (r.flags & (KeyRecord::kViolationPending | KeyRecord::kShadowed)) == KeyRecord::kShadowed))
        [[unlikely]] {
        judgeWithoutThrottle(r, j.policy, j.reputationSlot, j.vipTier, routeStateKey(hash, j.policy), q, g.allowed,
                             queued);
    }
    return queued;
}

}  // namespace sluice::engine
