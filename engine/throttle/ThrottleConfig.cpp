// SPDX-License-Identifier: Apache-2.0
#include "throttle/ThrottleConfig.h"

#include "core/EngineText.h"

#include <cmath>

namespace sluice::engine {

std::optional<std::string> validate(const ThrottleConfig& config)
{
    for (int s = 0; s < kLoadSignalCount; ++s) {
        const ThrottleThresholds& t = config.thresholds[s];
        double previous = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!std::isfinite(t[i]) || t[i] <= previous) {
                return say(Text::ThrottleThresholdsRise, {kLoadSignalNames[s]});
            }
            previous = t[i];
        }
        if (s != static_cast<int>(LoadSignal::Concurrency) && t.back() > 100) {
            return say(Text::ThrottleThresholdsPercent, {kLoadSignalNames[s]});
        }
    }
    if (config.sampleInterval < kNsPerSec || config.sampleInterval > kNsPerHour) {
        return say(Text::ThrottleSampleInterval);
    }
    if (config.recoveryCooldown < 0 || config.recoveryCooldown > kNsPerDay) {
        return say(Text::ThrottleCooldown);
    }
    if (!(config.hysteresisPercent >= 0 && config.hysteresisPercent < 100)) {
        return say(Text::ThrottleHysteresis);
    }
    return std::nullopt;
}

}  // namespace sluice::engine
