// SPDX-License-Identifier: Apache-2.0
#include "sim/BackendModel.h"

#include <algorithm>

namespace sluice::engine::sim {

namespace {
// Latency stops growing here: a real queue past saturation grows without bound (and times out), but a
// finite, monotone figure keeps the signal usable for a controller and a chart.
constexpr double kMaxUtilisation = 0.98;
constexpr double kMaxPercent = 100.0;

double nonNegative(double v) { return v > 0 ? v : 0; }  // also maps NaN to 0
}  // namespace

LoadSample BackendModel::sample(double allowedPerSec, double deniedPerSec) const
{
    // A failed request comes back once: the backend serves it twice.
    const double allowed = nonNegative(allowedPerSec) * (1 + m_config.retryShare);
    const double work = allowed + m_config.deniedCost * nonNegative(deniedPerSec);
    const double utilisation = work / m_config.capacityRps;

    LoadSample s;
    s.cpuPercent =
        std::min(kMaxPercent, m_config.baseCpuPercent + (kMaxPercent - m_config.baseCpuPercent) * utilisation);
    s.latencyMs = m_config.latencyMs / (1.0 - std::min(utilisation, kMaxUtilisation));
    s.concurrency = allowed * s.latencyMs / 1000.0;
    s.memoryPercent = std::min(kMaxPercent, m_config.baseMemoryPercent +
                                                m_config.memoryPercentPer1kInflight * s.concurrency / 1000.0);
    return s;
}

}  // namespace sluice::engine::sim
