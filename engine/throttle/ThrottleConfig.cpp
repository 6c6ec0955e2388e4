// SPDX-License-Identifier: Apache-2.0
#include "throttle/ThrottleConfig.h"

#include <cmath>

namespace sluice::engine {

std::optional<std::string> validate(const ThrottleConfig& config)
{
    for (int s = 0; s < kLoadSignalCount; ++s) {
        const ThrottleThresholds& t = config.thresholds[s];
        std::string name("throttle thresholds for ");
        name.append(kLoadSignalNames[s]);
        double previous = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!std::isfinite(t[i]) || t[i] <= previous) {
                return name.append(" must be positive and rise strictly from low to critical");
            }
            previous = t[i];
        }
        if (s != static_cast<int>(LoadSignal::Concurrency) && t.back() > 100) {
            return name.append(" are percentages and cannot exceed 100");
        }
    }
    if (config.sampleInterval < kNsPerSec || config.sampleInterval > kNsPerHour) {
        return std::string("the throttle sampling interval must be between 1 second and 1 hour");
    }
    if (config.recoveryCooldown < 0 || config.recoveryCooldown > kNsPerDay) {
        return std::string("the throttle recovery cooldown must be between 0 and 24 hours");
    }
    if (!(config.hysteresisPercent >= 0 && config.hysteresisPercent < 100)) {
        return std::string("the throttle hysteresis margin must be at least 0 % and below 100 % of a threshold");
    }
    return std::nullopt;
}

}  // namespace sluice::engine
