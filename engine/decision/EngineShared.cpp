// SPDX-License-Identifier: Apache-2.0
// Decisions with a limiter several engines share (Redis): the engine judges each request as always (window,
// policy, reputation, VIP, throttle), asks the shared limiter for the whole batch at once, and records each
// outcome as always. A request the shared limiter cannot decide gets its policy's failure rule.
#include "decision/Engine.h"
#include "decision/EngineJudge.h"

namespace sluice::engine {

void Engine::maintainShared()
{
    if (m_shared != nullptr) {
        m_shared->maintain();
    }
}

void Engine::decideShared(std::span<const Request> requests, std::span<Decision> out)
{
    const std::size_t n = requests.size();
    m_sharedPending.resize(n);
    m_sharedChecks.resize(n);
    m_sharedVerdicts.resize(n);
    // Judged in order, asked for together: a clean point a request earns changes its key's tier from the next
    // batch on. A timer that falls due first has everything judged before it asked for and recorded, so the
    // throttle's and detectors' samples see them, and a rate table it rebuilds is not one judged against.
    std::size_t from = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Request& q = requests[i];
        const std::string_view key = judge_detail::clampKey(q.key);
        const std::uint64_t hash = KeyTable::hash(key);
        const std::uint32_t index = findOrInsert(key, hash, q.timestamp, true);
        if (q.timestamp >= m_nextDue) {
            finishShared(requests, out, from, i);
            from = i;
            runDue(q.timestamp);
        }
        const Judgement j = judge(index, q);
        m_sharedPending[i] = SharedPending{index, hash, j};
        m_sharedChecks[i] = SharedCheck{key, m_config.policies[j.policy].route, j.rate->gcra, q.cost, q.timestamp};
    }
    finishShared(requests, out, from, n);
}

void Engine::finishShared(std::span<const Request> requests, std::span<Decision> out, std::size_t from, std::size_t to)
{
    if (from == to) {
        return;
    }
    m_shared->decide(std::span<const SharedCheck>(m_sharedChecks).subspan(from, to - from),
                     std::span<SharedVerdict>(m_sharedVerdicts).subspan(from, to - from));
    for (std::size_t i = from; i < to; ++i) {
        const SharedPending& p = m_sharedPending[i];
        const SharedVerdict& v = m_sharedVerdicts[i];
        GcraOutcome g;
        if (v.decided) {
            ++m_sharedCounts.decided;
            m_sharedCounts.leased += v.leased ? 1 : 0;
            g.allowed = v.allowed;
            g.remaining = v.remaining;
            g.retryAfter = v.retryAfter;
            g.resetAfter = v.resetAfter;
        } else {
            g = decideWithoutShared(p.index, p.hash, requests[i], p.judgement);
        }
        const bool queued = record(p.index, p.hash, requests[i], p.judgement, g, false, out[i]);
        if (m_judgeUnthrottled && p.judgement.throttleOn && !g.allowed && v.decided) [[unlikely]] {
            forgiveThrottledDenial(p.index, requests[i], p.judgement, g, queued);
        }
    }
}

void Engine::forgiveThrottledDenial(std::uint32_t index, const Request& q, const Judgement& j, const GcraOutcome& g,
                                    bool queued)
{
    // A denial reports how far the key's TAT runs ahead of now (resetAfter): at the unthrottled rate the request
    // passes when that plus its charge fits the unthrottled tolerance. The shared TAT advanced only for what the
    // throttle let through, so this judges a little more leniently than the engine's own shadow state would.
    const GcraRate& unthrottled = m_rates.at(j.policy, j.reputationSlot, j.vipTier, 0).gcra;
    if (g.retryAfter == kRetryNever && unthrottled.interval * static_cast<TimeNs>(q.cost) > unthrottled.tolerance) {
        return;
    }
    if (g.resetAfter + unthrottled.interval * static_cast<TimeNs>(q.cost) > unthrottled.tolerance) {
        return;
    }
    KeyRecord& r = m_keys.record(index);
    r.windowAllowed += q.cost;
    if (queued) {
        m_reputation.withdrawLatestViolation(r);
    }
}

GcraOutcome Engine::decideWithoutShared(std::uint32_t index, std::uint64_t hash, const Request& q, const Judgement& j)
{
    const Policy& policy = m_config.policies[j.policy];
    GcraOutcome g;
    switch (policy.sharedFailure) {
    case SharedFailure::Open:
        ++m_sharedCounts.failedOpen;
        g.allowed = true;
        return g;
    case SharedFailure::Closed:
        ++m_sharedCounts.failedClosed;
        g.allowed = false;
        g.retryAfter = kNsPerSec;  // come back soon: the store may be back by then
        return g;
    case SharedFailure::Local:
        break;
    }
    ++m_sharedCounts.failedLocal;
    // The engine's own state of the key, at the policy's share of the limit this key has now.
    KeyRecord& r = m_keys.record(index);
    TimeNs& tat = j.policy == 0 ? r.tat : m_routeTat[routeStateKey(hash, j.policy)];
    const GcraRate local = RateTable::compute(policy, j.rate->multiplier * policy.localFraction).gcra;
    g = gcraCheck(tat, q.timestamp, q.cost, local);
    tat = g.tat;
    return g;
}

}  // namespace sluice::engine
