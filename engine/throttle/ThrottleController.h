// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "throttle/ThrottleConfig.h"

namespace sluice::engine {

// Turns signal samples into a level. Raising follows the highest signal at once; lowering goes one level
// at a time, and only after every signal stayed below the current level's threshold less the hysteresis
// margin for the whole recovery cooldown, so a signal hovering at a threshold cannot make the level flap.
// No allocation, no I/O: it runs on the engine thread between decisions.
class ThrottleController final {
public:
    explicit ThrottleController(const ThrottleConfig& config = {}) : m_config(config) {}

    // The highest level any signal reaches, with every threshold multiplied by `scale`.
    static ThrottleLevel levelFor(const LoadSignals& load, const ThrottleConfig& config, double scale = 1.0);

    // Feeds one sample taken at `at` (non-decreasing); returns the level after it.
    ThrottleLevel observe(TimeNs at, const LoadSignals& load);

    ThrottleLevel level() const { return m_level; }
    const ThrottleConfig& config() const { return m_config; }
    void setConfig(const ThrottleConfig& config) { m_config = config; }

private:
    static constexpr TimeNs kNotCalm = -1;

    ThrottleConfig m_config;
    ThrottleLevel m_level = ThrottleLevel::None;
    TimeNs m_calmSince = kNotCalm;  // first sample of the current calm stretch
};

}  // namespace sluice::engine
