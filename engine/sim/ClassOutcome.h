// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/TrafficClass.h"

#include <array>
#include <cstdint>

namespace sluice::engine::sim {

// Verdicts per simulated traffic class: what the engine did with each kind of client.
struct ClassOutcome {
    std::uint64_t requests = 0;
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
};
using ClassOutcomes = std::array<ClassOutcome, kTrafficClassCount>;

}  // namespace sluice::engine::sim
