// SPDX-License-Identifier: Apache-2.0
#include "throttle/AutoThrottle.h"

#include "core/EngineText.h"

#include <array>
#include <string>

namespace sluice::engine {

namespace {
constexpr std::size_t kRecentSamples = 360;    // an hour at the default 10 s interval
constexpr std::size_t kWeekBuckets = 7 * 144;  // a week of ten-minute buckets
constexpr TimeNs kWeekBucket = 10 * kNsPerMin;
constexpr std::array<Text, kLoadSignalCount> kAboveTexts{Text::ThrottleCpuAbove, Text::ThrottleMemoryAbove,
                                                         Text::ThrottleConcurrencyAbove};
}  // namespace

AutoThrottle::AutoThrottle(const ThrottleConfig& config)
    : m_controller(config), m_recent(kRecentSamples, config.sampleInterval), m_week(kWeekBuckets, kWeekBucket)
{
}

void AutoThrottle::start(TimeNs at, std::optional<ThrottleOverride> restored)
{
    m_started = true;
    m_since = at;
    if (restored && (restored->expiresAt == 0 || restored->expiresAt > at)) {
        m_override = std::move(restored);
        m_level = m_override->level;
    }
}

bool AutoThrottle::observe(TimeNs at, const LoadSignals& load)
{
    m_hasSignals = true;
    m_signalsAt = at;
    m_signals = load;
    const ThrottleLevel before = m_controller.level();
    const ThrottleLevel after = m_controller.observe(at, load);
    bool changed = false;
    if (!m_override && after != before) {
        std::string reason;
        if (after > before) {
            reason = raiseReason(after);
        } else {
            reason = say(Text::ThrottleCalm, {std::to_string(m_controller.config().recoveryCooldown / kNsPerSec)});
        }
        changed = enter(at, after, true, {}, std::move(reason));
    }
    const ThrottleSample sample{at, m_level, load};
    m_recent.add(sample);
    m_week.add(sample);
    return changed;
}

std::string AutoThrottle::raiseReason(ThrottleLevel level) const
{
    const int step = static_cast<int>(level) - 1;
    for (int s = 0; s < kLoadSignalCount; ++s) {
        const double threshold = m_controller.config().thresholds[s][step];
        const double value = m_signals.of(static_cast<LoadSignal>(s));
        if (value >= threshold) {
            return say(kAboveTexts[static_cast<std::size_t>(s)], {numberText(value, 1), numberText(threshold)});
        }
    }
    return {};
}

bool AutoThrottle::setOverride(const ThrottleOverride& override, TimeNs at)
{
    m_override = override;
    m_override->setAt = at;
    return enter(at, override.level, false, override.actor, override.reason);
}

bool AutoThrottle::clearOverride(TimeNs at, const std::string& actor)
{
    if (!m_override) {
        return false;
    }
    m_override.reset();
    return enter(at, m_controller.level(), true, actor, say(Text::ThrottleOverrideCleared));
}

bool AutoThrottle::expireOverride(TimeNs now)
{
    if (!m_override || m_override->expiresAt == 0 || m_override->expiresAt > now) {
        return false;
    }
    const TimeNs at = m_override->expiresAt;
    m_override.reset();
    return enter(at, m_controller.level(), true, {}, say(Text::ThrottleOverrideExpired));
}

bool AutoThrottle::enter(TimeNs at, ThrottleLevel level, bool automatic, std::string actor, std::string reason)
{
    ThrottleTransition t;
    t.at = at;
    t.from = m_level;
    t.to = level;
    t.automatic = automatic;
    t.actor = std::move(actor);
    t.reason = std::move(reason);
    t.load = m_signals;
    if (at > m_since) {
        m_nsInLevel[static_cast<int>(m_level)] += at - m_since;
        m_since = at;
    }
    m_level = level;
    if (m_transitions.size() >= kMaxTransitions) {
        m_transitions.erase(m_transitions.begin(), m_transitions.begin() + kMaxTransitions / 2);
    }
    m_transitions.push_back(std::move(t));
    return true;
}

std::array<double, kThrottleLevelCount> AutoThrottle::secondsInLevel(TimeNs until) const
{
    std::array<double, kThrottleLevelCount> out{};
    for (int l = 0; l < kThrottleLevelCount; ++l) {
        out[l] = static_cast<double>(m_nsInLevel[l]) / kNsPerSec;
    }
    if (until > m_since) {
        out[static_cast<int>(m_level)] += static_cast<double>(until - m_since) / kNsPerSec;
    }
    return out;
}

void AutoThrottle::fill(ThrottleView& out) const
{
    out.level = m_level;
    out.multiplier = throttleMultiplier(m_level);
    out.controllerLevel = m_controller.level();
    out.automatic = !m_override;
    out.actor = m_override ? m_override->actor : std::string();
    out.reason = m_override ? m_override->reason : std::string();
    out.until = m_override ? m_override->expiresAt : 0;
    out.since = m_since;
    out.hasSignals = m_hasSignals;
    out.signalsAt = m_signalsAt;
    out.load = m_signals;
    m_recent.copyTo(out.recent);
    m_week.copyTo(out.week);
}

}  // namespace sluice::engine
