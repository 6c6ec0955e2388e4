// SPDX-License-Identifier: Apache-2.0
#include "decision/Engine.h"
#include "decision/EngineJudge.h"

#include <algorithm>

namespace sluice::engine {

namespace {
constexpr std::size_t kDistance = 8;  // pipeline stages are this many requests apart
constexpr std::size_t kRing = 32;     // > 2 x kDistance, a power of two

using judge_detail::clampKey;
}  // namespace

Engine::Engine(EngineConfig config)
    : m_config(std::move(config)), m_flags(m_config.flags), m_routeCounts(m_config.policies),
      m_reputation(m_config.reputation), m_vip(m_config.vipExpiringLead), m_throttle(m_config.throttle),
      m_anomaly(m_config.anomaly), m_notify(m_config.notify)
{
    m_flags.targetsChanged(flagTargets());
    m_flags.takeResolveNeeded();  // no keys yet
    m_config.flags = m_flags.flags();
    anomalyGateChanged();
    rebuildRates();
}

void Engine::anomalyGateChanged()
{
    // Off means off on the decision path too: nothing is counted, learned or found.
    const bool on = anomalyGateOn();
    m_anomaly.setEnabled(on);
    if (on && !m_anomaly.tally().counting()) {
        m_anomaly.countingStarted();
    }
    m_anomaly.tally().setCounting(on);
}

void Engine::rebuildRates()
{
    RateTable::Multipliers m;
    for (int t = 0; t < kReputationTierCount; ++t) {
        m.reputation[t] = m_config.reputation.tierMultipliers[t];
    }
    m.reputation[kReputationOffSlot] = 1.0;
    m_vip.catalog().fillMultipliers(m);
    m.throttle = throttleMultiplier(m_throttle.throttle().level());
    m_rates.rebuild(m_config.policies, m);
    m_judgeUnthrottled = m.throttle < 1.0 && m_config.reputation.violationBasis == ViolationBasis::Unthrottled;
    if (!m_judgeUnthrottled && m_shadow.size() != 0) {
        m_shadow.clear();  // the next throttle starts from the keys' states then
        m_keys.forEachLive(
            [](std::uint32_t, KeyRecord& r) { r.flags &= static_cast<std::uint8_t>(~KeyRecord::kShadowed); });
    }
}

void Engine::decideOne(std::uint32_t index, std::uint64_t hash, const Request& q, Decision& out)
{
    if (q.timestamp >= m_nextDue) {
        runDue(q.timestamp);
    }
    const Judgement j = judge(index, q);
    KeyRecord& r = m_keys.record(index);
    TimeNs& tat = j.policy == 0 ? r.tat : m_routeTat[routeStateKey(hash, j.policy)];
    const GcraOutcome g = gcraCheck(tat, q.timestamp, q.cost, j.rate->gcra);
    tat = g.tat;
    record(index, hash, q, j, g, true, out);
}

void Engine::judgeWithoutThrottle(KeyRecord& r, std::uint32_t policy, int reputationSlot, std::uint8_t vipTier,
                                  std::uint64_t slot, const Request& q, bool allowed, bool queued)
{
    if ((r.flags & KeyRecord::kThrottleOn) == 0) {
        return;  // the throttle does not apply to this key: its limit is its own
    }
    const GcraRate& unthrottled = m_rates.at(policy, reputationSlot, vipTier, 0).gcra;
    if (allowed) {
        m_shadow.allowed(slot, q.timestamp, q.cost, unthrottled);
        return;
    }
    // A denial leaves the TAT as it was.
    const TimeNs tat = policy == 0 ? r.tat : *m_routeTat.find(slot);
    const GcraRate& throttled = m_rates.at(policy, reputationSlot, vipTier, 1).gcra;
    r.flags |= KeyRecord::kShadowed;
    if (m_shadow.passesDenied(slot, tat, q.timestamp, q.cost, unthrottled, throttled)) {
        // Within the key's own limit: no violation, and the severity ratio counts the request as allowed.
        r.windowAllowed += q.cost;
        if (queued) {
            m_reputation.withdrawLatestViolation(r);
        }
    }
}

void Engine::resolveFlags(KeyRecord& r, std::string_view key)
{
    constexpr std::uint8_t kFeatureBits = KeyRecord::kReputationOn | KeyRecord::kThrottleOn | KeyRecord::kAnomalyOn;
    const KeyFlags resolved = m_flags.resolve(key);
    r.flags = static_cast<std::uint8_t>((r.flags & ~kFeatureBits) | resolved.features);
    r.flagBits = resolved.bits;
    r.flagVipTier = resolved.vipTier;
    r.flagVariants = resolved.variants;
    m_flags.keyAdmitted(resolved.bits);
}

void Engine::resolveAllKeys()
{
    m_flags.recountStarted();
    m_keys.forEachLive([&](std::uint32_t index, KeyRecord& r) { resolveFlags(r, m_keys.keyOf(index)); });
    m_config.flags = m_flags.flags();
    anomalyGateChanged();
}

Decision Engine::decide(const Request& request)
{
    Decision d;
    decide(std::span<const Request>(&request, 1), std::span<Decision>(&d, 1));
    return d;
}

void Engine::decide(std::span<const Request> requests, std::span<Decision> out)
{
    if (requests.empty()) {
        return;
    }
    if (m_nextMaintenance == 0 || requests.front().timestamp >= m_nextMaintenance) {
        maintain(requests.front().timestamp);  // may erase keys, so only between batches
    }
    if (m_shared != nullptr) {
        decideShared(requests, out);
    } else {
        decideLocal(requests, out);
    }
    m_latestRequest = std::max(m_latestRequest, requests.back().timestamp);
    if (!m_flags.counting()) [[unlikely]] {
        m_flags.startCounting(requests.front().timestamp);
        m_nextDue = std::min(m_nextDue, m_flags.nextDue());
    }
    if (!m_anomaly.gridStarted()) [[unlikely]] {
        m_anomaly.noteTraffic(requests.front().timestamp, m_latestRequest);
        m_nextDue = std::min(m_nextDue, m_anomaly.nextDue());  // the detection grid starts with the traffic
    }
}

void Engine::decideLocal(std::span<const Request> requests, std::span<Decision> out)
{
    // A software pipeline over the batch: while request i is decided, the record of request i + D and
    // the index slot of request i + 2D are already on their way from memory.
    std::array<std::uint64_t, kRing> hashes{};
    std::array<std::uint32_t, kRing> candidates{};
    const std::size_t n = requests.size();
    for (std::size_t i = 0; i < n + 2 * kDistance; ++i) {
        if (i < n) {
            hashes[i % kRing] = KeyTable::hash(clampKey(requests[i].key));
            m_keys.prefetchSlot(hashes[i % kRing]);
        }
        if (i >= kDistance && i - kDistance < n) {
            const std::size_t j = (i - kDistance) % kRing;
            candidates[j] = m_keys.candidate(hashes[j]);
            if (candidates[j] != KeyTable::kNone) {
                m_keys.prefetchRecord(candidates[j]);
            }
            m_anomaly.tally().prefetch(hashes[j]);
        }
        if (i >= 2 * kDistance) {
            const std::size_t k = i - 2 * kDistance;
            const Request& q = requests[k];
            const std::string_view key = clampKey(q.key);
            std::uint32_t index = candidates[k % kRing];
            if (index == KeyTable::kNone || !m_keys.matches(index, key)) {
                index = findOrInsert(key, hashes[k % kRing], q.timestamp, true);
            }
            decideOne(index, hashes[k % kRing], q, out[k]);
        }
    }
}

std::uint32_t Engine::findOrInsert(std::string_view key, std::uint64_t hash, TimeNs now, bool request)
{
    const std::uint32_t found = m_keys.find(key, hash);
    if (found != KeyTable::kNone) {
        return found;
    }
    const std::uint32_t index = m_keys.insert(key, hash);
    KeyRecord& r = m_keys.record(index);
    r.tat = 0;
    r.lastSeenSec = toUnixSec(now);
    r.windowStartSec = toUnixSec(now);
    resolveFlags(r, key);
    if (request) {
        m_anomaly.tally().newKey(index, hash);
    }
    m_reputation.admit(r, hash, now);
    m_reputation.noteAdmitted(key);
    if (const int vipTier = m_vip.tierAt(key, now); vipTier != 0) {
        r.vipTier = static_cast<std::uint8_t>(vipTier);
    }
    std::uint64_t deniedBefore = 0;
    r.topSlot = m_topDenied.relink(index, key, deniedBefore);
    r.denied = static_cast<std::uint32_t>(std::min<std::uint64_t>(deniedBefore, 0xFFFFFFFFU));
    return index;
}

}  // namespace sluice::engine
