// SPDX-License-Identifier: Apache-2.0
// Read-only views of the engine: snapshots, the console's queries, and what changed for the store. Nothing
// here runs timers; tick() does, before a snapshot is taken.
#include "decision/Engine.h"
#include "decision/EngineParts.h"

#include "query/EngineQueries.h"
#include "query/FlagPreview.h"
#include "rollup/MinuteRows.h"

namespace sluice::engine {

void Engine::fillSnapshot(TimeNs now, Snapshot& out)
{
    out.sequence = ++m_snapshotSequence;
    out.at = now;
    out.requests = m_requests;
    out.allowed = m_allowed;
    out.denied = m_denied;
    m_routeCounts.copyTo(out.routeDecisions);
    out.activeKeys = m_keys.size();
    forEachPart(*this, [&](const auto& part) { parts::fillSnapshot(part, out); });
    m_rollups.seconds().copyTo(out.lastHourBySecond);
    m_rollups.minutes().copyTo(out.lastDayByMinute);
    m_rollups.tenMinutes().copyTo(out.lastWeekByTenMinutes);
    m_topDenied.top(20, out.topDenied);
    out.memoryBytes = memoryBytes();
    if (m_shared != nullptr) {
        out.shared = m_shared->view();
        out.shared.decided = m_sharedCounts.decided;
        out.shared.leased = m_sharedCounts.leased;
        out.shared.failedOpen = m_sharedCounts.failedOpen;
        out.shared.failedClosed = m_sharedCounts.failedClosed;
        out.shared.failedLocal = m_sharedCounts.failedLocal;
    }
}

void Engine::takeEvents(EventBatch& out)
{
    routeEvents();
    m_notify.eventsTaken();
    out.clear();
    out.swap(m_events);
}

void Engine::takeDirtyKeys(std::vector<store::KeyReputation>& out, TimeNs now)
{
    m_reputation.takeDirtyKeys(m_keys, out, now);
}

QuerySources Engine::querySources() const
{
    return QuerySources{m_config, m_keys, m_routeTat, m_flags, m_vip, m_reputation, m_throttle.throttle().level(),
                        now(),    m_now};
}

KeyPage Engine::queryKeys(const KeyQuery& query) const { return sluice::engine::queryKeys(querySources(), query); }

FlagPreview Engine::previewFlag(const flags::FeatureFlag& candidate) const
{
    return sluice::engine::previewFlag(querySources(), candidate);
}

VipPage Engine::queryVip(const VipQuery& query) const { return sluice::engine::queryVip(querySources(), query); }

LimitBreakdown Engine::limitFor(std::string_view key, std::string_view route) const
{
    return sluice::engine::limitFor(querySources(), key, route);
}

std::optional<KeyView> Engine::inspect(std::string_view key, std::string_view route) const
{
    return sluice::engine::inspect(querySources(), key, route);
}

std::optional<Engine::VipAssignmentView> Engine::vipAssignment(std::string_view key) const
{
    const VipRoster::Assignment* a = m_vip.find(key);
    if (a == nullptr) {
        return std::nullopt;
    }
    return VipAssignmentView{m_vip.tierName(a->tierIndex), a->expiresAt};
}

std::size_t Engine::memoryBytes() const
{
    return m_keys.memoryBytes() + m_routeTat.memoryBytes() + m_shadow.memoryBytes() + m_reputation.memoryBytes();
}

void Engine::takeTrafficMinutes(std::vector<store::TrafficMinuteRow>& out, bool final)
{
    m_minuteBuckets.clear();
    m_rollups.minutes().closedAfter(m_minutesHandedOver, final, m_minuteBuckets);
    if (final && !m_minuteBuckets.empty()) {
        // The second in progress has not reached the rings yet.
        const RollupBucket& second = m_rollups.current();
        RollupBucket& last = m_minuteBuckets.back();
        if (second.startSec - second.startSec % 60 == last.startSec) {
            last.add(second);
        }
    }
    appendMinuteRows(m_minuteBuckets, m_minutesHandedOver, out);
}

}  // namespace sluice::engine
