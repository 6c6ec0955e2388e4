// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"
#include "core/Tiers.h"
#include "core/Time.h"

#include <array>

namespace sluice::engine {

// The ranges a usable configuration keeps to (validate()); the console's settings dialog offers the same.
inline constexpr double kMaxMinDataDays = 90;
inline constexpr TimeNs kMaxAutoResolve = 7 * kNsPerDay;
inline constexpr double kMaxSensitivity = 10;
inline constexpr TimeNs kMaxResponseThrottleFor = kNsPerDay;

// How anomaly detection samples, judges and responds. Whether it runs at all is the anomaly_detection
// feature gate.
struct AnomalyConfig {
    TimeNs sampleInterval = kNsPerMin;         // the detection grid, in engine (virtual) time
    double alertThreshold = 0.8;               // confidence at which an alert opens and responses may run
    double minDataDays = 7;                    // seasonal (hour-of-week) alerts wait for this much history
    TimeNs autoResolveAfter = 15 * kNsPerMin;  // an alert resolves once its metric was normal this long
    // Per detector, in AnomalyKind order: 1 = as tuned; higher alerts on smaller deviations, 0 = off.
    std::array<double, kAnomalyKindCount> sensitivity{1, 1, 1, 1, 1, 1, 1};
    bool respond = true;                                  // automatic responses at alertThreshold and above
    ThrottleLevel responseThrottle = ThrottleLevel::Low;  // at least this level while a response lasts
    TimeNs responseThrottleFor = 10 * kNsPerMin;          // bounded: the override ends by itself
    float responsePenalty = 10;                           // reputation points taken from each affected key
};

}  // namespace sluice::engine
