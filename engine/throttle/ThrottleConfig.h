// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"
#include "core/Tiers.h"
#include "core/Time.h"

#include <array>
#include <optional>
#include <string>

namespace sluice::engine {

// Thresholds per signal for the levels above None, in order Low, Medium, High, Critical.
using ThrottleThresholds = std::array<double, kThrottleLevelCount - 1>;

struct ThrottleConfig {
    std::array<ThrottleThresholds, kLoadSignalCount> thresholds{{
        {50, 70, 85, 95},           // CPU %
        {60, 75, 85, 95},           // memory %
        {1000, 5000, 10000, 50000}  // requests in flight or queued
    }};
    TimeNs sampleInterval = 10 * kNsPerSec;
    // Lowering waits until every signal stayed this long below the current level's threshold less the margin.
    TimeNs recoveryCooldown = 30 * kNsPerSec;
    double hysteresisPercent = 10;  // the margin, as a percentage of each threshold
};

// What is wrong with the configuration, for a person to read; nullopt when it is usable.
std::optional<std::string> validate(const ThrottleConfig& config);

}  // namespace sluice::engine
