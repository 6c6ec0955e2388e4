// SPDX-License-Identifier: Apache-2.0
#include "snapshot/SummaryMaker.h"

#include "core/Tiers.h"

#include <algorithm>

namespace sluice::engine {

SummaryMaker::SummaryMaker(std::string host, std::string version, TimeNs startedAt)
    : m_host(std::move(host)), m_version(std::move(version)), m_startedAt(startedAt)
{
}

EngineSummary SummaryMaker::make(const Snapshot* latest, TimeNs now)
{
    EngineSummary s;
    s.host = m_host;
    s.version = m_version;
    s.startedAt = m_startedAt;
    s.at = now;
    if (latest == nullptr) {
        return s;
    }
    // Rates between two snapshots; the same snapshot twice keeps the rate it gave (snapshots may come slower
    // than summaries).
    if (m_seen && latest->at > m_lastAt) {
        const double seconds = static_cast<double>(latest->at - m_lastAt) / static_cast<double>(kNsPerSec);
        m_decisionsPerSec =
            static_cast<double>(latest->requests - std::min(latest->requests, m_lastRequests)) / seconds;
        m_deniedPerSec = static_cast<double>(latest->denied - std::min(latest->denied, m_lastDenied)) / seconds;
    }
    if (!m_seen || latest->at > m_lastAt) {
        m_seen = true;
        m_lastAt = latest->at;
        m_lastRequests = latest->requests;
        m_lastDenied = latest->denied;
    }
    s.decisionsPerSec = m_decisionsPerSec;
    s.deniedPerSec = m_deniedPerSec;
    s.lagMs = static_cast<double>(std::max<TimeNs>(0, now - latest->at)) / 1e6;
    s.activeKeys = latest->activeKeys;
    s.histogram.assign(latest->histogram.begin(), latest->histogram.end());
    s.tiers.assign(latest->tierCounts.begin(), latest->tierCounts.end());
    s.vipAssignments = latest->vipAssignments;
    s.throttle = std::string(nameOf(latest->throttle.level));
    s.shared = latest->shared.configured;
    s.degraded = latest->shared.configured && latest->shared.degraded;
    s.nodes = static_cast<std::uint32_t>(latest->shared.nodes.size());
    for (const SharedNodeView& node : latest->shared.nodes) {
        s.nodesUp += node.breaker == BreakerState::Closed ? 1 : 0;
    }
    return s;
}

}  // namespace sluice::engine
