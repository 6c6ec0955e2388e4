// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fleet/HeardWindow.h"
#include "pages/overview/RateHistory.h"

#include <QtGlobal>

#include <array>
#include <vector>

namespace sluice::ui {

// The requests per second of a fleet (or of one engine of it) as the console heard them, one sample an answer over
// the last five minutes, shaped as the history the Overview's charts draw: the engines' own histories stay on each
// engine, and the roster carries only their rates of the moment.
class FleetHistory final {
public:
    static constexpr qint64 kWindowSec = HeardWindow<int>::kWindowSec;

    // The rates at `atSec` (Unix seconds); `deniedByTier` splits the denials by the keys' tier (flagged, standard,
    // trusted) and may be empty (all standard). A second heard twice keeps the later answer; a clock that went back
    // starts the history again.
    void add(qint64 atSec, double decisionsPerSec, double deniedPerSec, const std::vector<double>& deniedByTier = {});
    void clear();
    const RateHistory& history() const { return m_history; }
    std::size_t size() const { return m_samples.size(); }

private:
    struct Sample {
        double decisions = 0;
        double denied = 0;
        std::array<double, engine::kReputationTierCount> deniedByTier{};
    };
    void rebuild();

    HeardWindow<Sample> m_samples;
    RateHistory m_history;
};

}  // namespace sluice::ui
