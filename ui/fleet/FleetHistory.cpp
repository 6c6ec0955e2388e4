// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetHistory.h"

#include <algorithm>

namespace sluice::ui {

void FleetHistory::add(qint64 atSec, double decisionsPerSec, double deniedPerSec,
                       const std::vector<double>& deniedByTier)
{
    const double decisions = std::max(0.0, decisionsPerSec);
    Sample sample{decisions, std::min(std::max(0.0, deniedPerSec), decisions), {}};
    double total = 0;
    if (deniedByTier.size() == sample.deniedByTier.size()) {
        for (const double rate : deniedByTier) {
            total += std::max(0.0, rate);
        }
    }
    if (total > 0) {
        // Scaled to the denials kept, so the tiers add up to them whatever rounding the engines' figures brought.
        for (std::size_t t = 0; t < sample.deniedByTier.size(); ++t) {
            sample.deniedByTier[t] = sample.denied * std::max(0.0, deniedByTier[t]) / total;
        }
    } else {
        sample.deniedByTier[static_cast<std::size_t>(engine::ReputationTier::Standard)] = sample.denied;
    }
    m_samples.add(atSec, sample);
    rebuild();
}

void FleetHistory::clear()
{
    m_samples.clear();
    m_history = RateHistory{};
}

void FleetHistory::rebuild()
{
    RateHistory h;
    h.toSec = m_samples.entries().back().first + 1;
    h.fromSec = h.toSec - kWindowSec;
    for (const auto& [atSec, s] : m_samples.entries()) {
        h.startSec.push_back(static_cast<double>(atSec));
        h.seconds.push_back(1.0);
        h.allowed.push_back(s.decisions - s.denied);
        h.denied.push_back(s.denied);
        h.peak.push_back(s.decisions);
        h.peakDenied.push_back(s.denied);
        for (std::size_t t = 0; t < s.deniedByTier.size(); ++t) {
            h.deniedByTier[t].push_back(s.deniedByTier[t]);
        }
    }
    m_history = std::move(h);
}

}  // namespace sluice::ui
