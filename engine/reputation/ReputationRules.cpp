// SPDX-License-Identifier: Apache-2.0
#include "reputation/ReputationRules.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine {

int ReputationRules::severity(std::uint64_t attempted, std::uint64_t allowed) const
{
    if (allowed == 0) {
        return 3;
    }
    const double ratio = static_cast<double>(attempted) / static_cast<double>(allowed);
    if (ratio >= m_config.severity3Ratio) {
        return 3;
    }
    return ratio >= m_config.severity2Ratio ? 2 : 1;
}

float ReputationRules::afterViolation(float score, int severity) const
{
    return std::clamp(score - static_cast<float>(m_config.pointsPerSeverity * severity), 0.0F, 100.0F);
}

float ReputationRules::afterCleanPoint(float score) const { return std::min(score + 1.0F, 100.0F); }

float ReputationRules::decayed(float score, std::int64_t steps) const
{
    if (steps <= 0) {
        return score;
    }
    const double distance =
        (score - m_config.neutralScore) * std::pow(m_config.decayFactor, static_cast<double>(steps));
    // Snap the last hundredth to neutral so long-idle keys become indistinguishable from new ones.
    if (std::abs(distance) < 0.01) {
        return m_config.neutralScore;
    }
    return static_cast<float>(m_config.neutralScore + distance);
}

std::int64_t ReputationRules::decaySteps(TimeNs from, TimeNs to) const
{
    if (to <= from || m_config.decayInterval <= 0) {
        return 0;
    }
    return to / m_config.decayInterval - from / m_config.decayInterval;
}

int ReputationRules::histogramBin(float score) { return std::clamp(static_cast<int>(score / 5.0F), 0, 19); }

}  // namespace sluice::engine
