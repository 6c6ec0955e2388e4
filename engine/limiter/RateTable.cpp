// SPDX-License-Identifier: Apache-2.0
#include "limiter/RateTable.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine {

EffectiveRate RateTable::compute(const Policy& policy, double multiplier)
{
    EffectiveRate rate;
    const double effectiveLimit = std::max(1e-9, static_cast<double>(policy.limit) * multiplier);
    const TimeNs interval = std::max<TimeNs>(1, std::llround(static_cast<double>(policy.period) / effectiveLimit));
    // The burst scales with the multiplier like the limit does, so a burst lasts as long at every level;
    // counting the tolerance in whole intervals keeps `remaining` exact despite the rounded interval.
    const auto burst = std::max<long long>(1, std::llround(static_cast<double>(policy.burst) * multiplier));
    rate.gcra = makeGcraRate(interval, interval * burst);
    rate.limit = static_cast<std::uint32_t>(std::llround(effectiveLimit));
    rate.multiplier = static_cast<float>(multiplier);
    return rate;
}

void RateTable::rebuild(const std::vector<Policy>& policies, const Multipliers& multipliers)
{
    m_rates.assign(policies.size() * kReputationSlots * (kMaxVipTiers + 1) * 2, EffectiveRate{});
    for (std::uint32_t p = 0; p < policies.size(); ++p) {
        for (int r = 0; r < kReputationSlots; ++r) {
            for (int v = 0; v <= kMaxVipTiers; ++v) {
                const double vip = v == 0 ? 1.0 : multipliers.vip[v];
                for (int t = 0; t < 2; ++t) {
                    const double throttle = t == 1 ? multipliers.throttle : 1.0;
                    m_rates[((p * kReputationSlots + r) * (kMaxVipTiers + 1) + v) * 2 + t] =
                        compute(policies[p], multipliers.reputation[r] * vip * throttle);
                }
            }
        }
    }
}

}  // namespace sluice::engine
