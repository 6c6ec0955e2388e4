// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/BaselineBytes.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace sluice::engine::anomaly {

// A level and a spread learned online, robustly: an exponentially weighted mean whose memory grows with the
// samples seen up to `memory`, and the same of the absolute deviation (about 0.8 standard deviations for
// Gaussian noise). Once warm, a deviation counts for at most kClip spreads, so a spike barely moves the
// baseline while a lasting change is taken in over a few memories. Twelve bytes.
struct RobustLevel {
    static constexpr double kClip = 3;
    static constexpr std::uint32_t kRobustAfter = 8;  // samples before deviations are clipped

    float level = 0;
    float spread = 0;  // mean absolute deviation
    std::uint32_t count = 0;

    void learn(double value, double memory)
    {
        const double n = std::min(static_cast<double>(count) + 1, std::max(memory, 1.0));
        double deviation = value - level;
        if (count >= kRobustAfter) {
            // Counts are noisy by at least their square root: a baseline that sat at zero still learns.
            const double limit =
                kClip * std::max({static_cast<double>(spread), std::sqrt(std::abs(static_cast<double>(level))), 1e-9});
            deviation = std::clamp(deviation, -limit, limit);
        }
        level = static_cast<float>(level + deviation / n);
        spread = static_cast<float>(spread + (std::abs(deviation) - spread) / n);
        count = count == 0xFFFFFFFFU ? count : count + 1;
    }

    void save(BaselineWriter& out) const
    {
        out.put(level);
        out.put(spread);
        out.put(count);
    }
    bool restore(BaselineReader& in)
    {
        constexpr float kMax = 1e15F;
        return in.getFloat(level, -kMax, kMax) && in.getFloat(spread, 0, kMax) && in.get(count);
    }
};

}  // namespace sluice::engine::anomaly
