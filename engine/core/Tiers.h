// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace sluice::engine {

enum class ReputationTier : std::uint8_t { Flagged = 0, Standard = 1, Trusted = 2 };
inline constexpr int kReputationTierCount = 3;

enum class ThrottleLevel : std::uint8_t { None = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };
inline constexpr int kThrottleLevelCount = 5;
inline constexpr std::array<double, kThrottleLevelCount> kThrottleMultipliers{1.0, 0.8, 0.6, 0.4, 0.2};

constexpr double throttleMultiplier(ThrottleLevel level) { return kThrottleMultipliers[static_cast<int>(level)]; }

std::string_view nameOf(ReputationTier tier);
std::string_view nameOf(ThrottleLevel level);
bool parseThrottleLevel(std::string_view text, ThrottleLevel& out);
bool parseReputationTier(std::string_view text, ReputationTier& out);

}  // namespace sluice::engine
