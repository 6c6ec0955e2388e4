// SPDX-License-Identifier: Apache-2.0
#include "throttle/ThrottleController.h"

namespace sluice::engine {

ThrottleLevel ThrottleController::levelFor(const LoadSignals& load, const ThrottleConfig& config, double scale)
{
    int highest = 0;
    for (int s = 0; s < kLoadSignalCount; ++s) {
        const double value = load.of(static_cast<LoadSignal>(s));
        const ThrottleThresholds& t = config.thresholds[s];
        for (int i = static_cast<int>(t.size()) - 1; i >= highest; --i) {
            if (value >= t[i] * scale) {
                highest = i + 1;
                break;
            }
        }
    }
    return static_cast<ThrottleLevel>(highest);
}

ThrottleLevel ThrottleController::observe(TimeNs at, const LoadSignals& load)
{
    const ThrottleLevel target = levelFor(load, m_config);
    if (target >= m_level) {
        m_level = target;
        m_calmSince = kNotCalm;
        return m_level;
    }
    const double margin = 1.0 - m_config.hysteresisPercent / 100.0;
    if (levelFor(load, m_config, margin) >= m_level) {
        m_calmSince = kNotCalm;  // below the threshold, but not by the margin: not calm yet
        return m_level;
    }
    if (m_calmSince == kNotCalm) {
        m_calmSince = at;
    }
    if (at - m_calmSince >= m_config.recoveryCooldown) {
        m_level = static_cast<ThrottleLevel>(static_cast<int>(m_level) - 1);
        // The next step down needs a calm stretch of its own, measured against the new level.
        m_calmSince = levelFor(load, m_config, margin) < m_level ? at : kNotCalm;
    }
    return m_level;
}

}  // namespace sluice::engine
