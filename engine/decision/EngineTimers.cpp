// SPDX-License-Identifier: Apache-2.0
// The engine's timed work: each part's timers (VIP expiry, throttle samples, violation windows, decay) and
// idle eviction. None of it runs per request; the decision path only compares the request time with the
// next due instant.
#include "decision/Engine.h"
#include "decision/EngineParts.h"

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

void Engine::settle(TimeNs now)
{
    tick(now);
    PartContext context = partContext();
    m_reputation.assessClosed(now, context.keys, context.events);
    afterParts(context);
    scheduleNextDue();
}

void Engine::scheduleNextDue()
{
    TimeNs next = kNever;
    forEachPart(*this, [&](const auto& part) { next = std::min(next, parts::nextDue(part)); });
    m_nextDue = next;
}

void Engine::startClock(TimeNs now)
{
    if (!m_reputation.clockStarted()) {
        m_reputation.startClock(now);
        m_throttle.startClock(now);
    }
    if (!m_throttle.throttle().started()) {
        m_throttle.throttle().start(now, std::nullopt);
    }
}

PartContext Engine::partContext()
{
    return PartContext{m_keys, m_events, m_now, m_allowed, m_denied, false, &m_config.policies};
}

void Engine::afterParts(const PartContext& context)
{
    if (context.ratesChanged) {
        rebuildRates();
    }
    if (m_flags.takeResolveNeeded()) {
        resolveAllKeys();
    }
}

void Engine::runDue(TimeNs now)
{
    startClock(now);
    m_now = std::max(m_now, now);
    PartContext context = partContext();
    forEachPart(*this, [&](auto& part) { parts::runDue(part, now, context); });
    afterParts(context);
    carryOutAnomalyRequests(now);  // an alert opened in this sample is responded to in it
    scheduleNextDue();
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
        if (r.topSlot != KeyRecord::kNoTopSlot) {
            m_topDenied.unlink(r.topSlot);
        }
        m_reputation.forget(m_keys.keyOf(index), r, now);
        m_flags.keyLeft(r.flagBits);
        m_keys.erase(index);
    });
}

}  // namespace sluice::engine
