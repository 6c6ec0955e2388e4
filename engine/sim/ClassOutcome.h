// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
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

// Where the keys of one class stand at a moment: the keys the engine knows (in the hot table or dormant),
// their scores and their tiers.
struct ClassReputation {
    std::uint64_t keys = 0;
    double meanScore = 0;
    double medianScore = 0;
    std::array<std::uint64_t, kReputationTierCount> tiers{};
};
using ClassReputations = std::array<ClassReputation, kTrafficClassCount>;

}  // namespace sluice::engine::sim
