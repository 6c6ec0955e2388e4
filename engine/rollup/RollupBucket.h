// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <array>
#include <cstdint>

namespace sluice::engine {

// Request counts for one interval, split by the reputation tier of the key at decision time.
struct RollupBucket {
    std::uint32_t startSec = 0;  // Unix seconds at the start of the interval
    std::array<std::uint32_t, kReputationTierCount> allowed{};
    std::array<std::uint32_t, kReputationTierCount> denied{};

    std::uint64_t totalAllowed() const { return std::uint64_t{allowed[0]} + allowed[1] + allowed[2]; }
    std::uint64_t totalDenied() const { return std::uint64_t{denied[0]} + denied[1] + denied[2]; }
    void add(const RollupBucket& other)
    {
        for (int t = 0; t < kReputationTierCount; ++t) {
            allowed[t] += other.allowed[t];
            denied[t] += other.denied[t];
        }
    }
};

}  // namespace sluice::engine
