// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "limiter/Gcra.h"
#include "limiter/Policy.h"

#include <array>
#include <cstdint>
#include <vector>

namespace sluice::engine {

inline constexpr int kMaxVipTiers = 15;     // catalog entries; index 0 means "no VIP"
inline constexpr int kReputationSlots = 4;  // flagged, standard, trusted, reputation gated off (1.0x)
inline constexpr int kReputationOffSlot = 3;

// The effective rate for every combination of multipliers, precomputed whenever a multiplier or policy
// changes, so a decision is a table lookup instead of floating-point division.
struct EffectiveRate {
    GcraRate gcra;
    std::uint32_t limit = 0;
    float multiplier = 1.0F;
};

class RateTable final {
public:
    struct Multipliers {
        std::array<double, kReputationSlots> reputation{0.5, 1.0, 1.5, 1.0};
        std::array<double, kMaxVipTiers + 1> vip{};  // [0] = 1.0
        double throttle = 1.0;
    };

    void rebuild(const std::vector<Policy>& policies, const Multipliers& multipliers);

    // throttleApplied is 0 when adaptive limiting is gated off for the key, 1 otherwise.
    const EffectiveRate& at(std::uint32_t policy, int reputationSlot, int vipTier, int throttleApplied) const
    {
        return m_rates[((policy * kReputationSlots + reputationSlot) * (kMaxVipTiers + 1) + vipTier) * 2 +
                       throttleApplied];
    }

    static EffectiveRate compute(const Policy& policy, double multiplier);

private:
    std::vector<EffectiveRate> m_rates;
};

}  // namespace sluice::engine
