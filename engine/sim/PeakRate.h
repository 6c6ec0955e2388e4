// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/Scenario.h"

#include <cstddef>

namespace sluice::engine::sim {

// How many requests per simulated second a scenario asks of the Simulator at its busiest: an upper bound
// that follows what SimulatedPopulation does (mean per-key rates, the diurnal peak for sources that follow it,
// overlapping flash crowds on normal traffic, a scraper's ramp, a bursty lane's rate while it is on, ddos
// waves where they overlap).
struct PeakRate {
    double total = 0;            // the scenario's peak
    double largest = 0;          // the one source that asks for the most ...
    bool largestIsWave = false;  // ... a ddos wave (index into ddosWaves) or a population
    std::size_t largestIndex = 0;
};

PeakRate peakRate(const Scenario& scenario);

}  // namespace sluice::engine::sim
