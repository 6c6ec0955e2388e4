// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reputation/ReputationConfig.h"

#include <cstdint>

namespace sluice::engine {

// The reputation arithmetic as pure functions, so every rule can be checked on its own.
class ReputationRules final {
public:
    explicit ReputationRules(const ReputationConfig& config) : m_config(config) {}

    ReputationTier tierOf(float score) const
    {
        if (score < m_config.flaggedBelow) {
            return ReputationTier::Flagged;
        }
        return score > m_config.trustedAbove ? ReputationTier::Trusted : ReputationTier::Standard;
    }

    int severity(std::uint64_t attempted, std::uint64_t allowed) const;
    float afterViolation(float score, int severity) const;
    float afterCleanPoint(float score) const;
    // Applies `steps` decay intervals at once.
    float decayed(float score, std::int64_t steps) const;
    // Decay intervals whose boundary lies in (from, to]: decay happens on the interval grid, so a score
    // decays the same whether it stayed in memory, was evicted or was persisted in between.
    std::int64_t decaySteps(TimeNs from, TimeNs to) const;

    static int histogramBin(float score);  // 20 bins of 5 points; 100 falls in the last

    const ReputationConfig& config() const { return m_config; }

private:
    ReputationConfig m_config;
};

}  // namespace sluice::engine
