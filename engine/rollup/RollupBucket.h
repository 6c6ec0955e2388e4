// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace sluice::engine {

// Request counts for one interval, split by the reputation tier of the key at decision time, and the busiest
// second inside it: a ten-minute average hides a one-second attack peak, so the coarse rings keep it.
struct RollupBucket {
    std::uint32_t startSec = 0;  // Unix seconds at the start of the interval
    std::array<std::uint32_t, kReputationTierCount> allowed{};
    std::array<std::uint32_t, kReputationTierCount> denied{};
    std::uint32_t peakTotal = 0;   // the most requests (allowed and denied) in one second of the interval
    std::uint32_t peakDenied = 0;  // the most denials in one second of the interval

    std::uint64_t totalAllowed() const { return std::uint64_t{allowed[0]} + allowed[1] + allowed[2]; }
    std::uint64_t totalDenied() const { return std::uint64_t{denied[0]} + denied[1] + denied[2]; }
    // Makes a finished one-second bucket its own peak; called once as the second rolls, not per request.
    void closeSecond()
    {
        peakTotal = saturated(totalAllowed() + totalDenied());
        peakDenied = saturated(totalDenied());
    }
    void add(const RollupBucket& other)
    {
        for (int t = 0; t < kReputationTierCount; ++t) {
            allowed[t] += other.allowed[t];
            denied[t] += other.denied[t];
        }
        peakTotal = std::max(peakTotal, other.peakTotal);
        peakDenied = std::max(peakDenied, other.peakDenied);
    }

private:
    static std::uint32_t saturated(std::uint64_t n)
    {
        return static_cast<std::uint32_t>(std::min<std::uint64_t>(n, UINT32_MAX));
    }
};

}  // namespace sluice::engine
