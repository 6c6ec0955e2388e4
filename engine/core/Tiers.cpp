// SPDX-License-Identifier: Apache-2.0
#include "core/Tiers.h"

namespace sluice::engine {

namespace {
constexpr std::array<std::string_view, kReputationTierCount> kTierNames{"flagged", "standard", "trusted"};
constexpr std::array<std::string_view, kThrottleLevelCount> kLevelNames{"none", "low", "medium", "high", "critical"};
}  // namespace

std::string_view nameOf(ReputationTier tier) { return kTierNames[static_cast<int>(tier)]; }
std::string_view nameOf(ThrottleLevel level) { return kLevelNames[static_cast<int>(level)]; }

bool parseThrottleLevel(std::string_view text, ThrottleLevel& out)
{
    for (int i = 0; i < kThrottleLevelCount; ++i) {
        if (kLevelNames[i] == text) {
            out = static_cast<ThrottleLevel>(i);
            return true;
        }
    }
    return false;
}

bool parseReputationTier(std::string_view text, ReputationTier& out)
{
    for (int i = 0; i < kReputationTierCount; ++i) {
        if (kTierNames[i] == text) {
            out = static_cast<ReputationTier>(i);
            return true;
        }
    }
    return false;
}

}  // namespace sluice::engine
