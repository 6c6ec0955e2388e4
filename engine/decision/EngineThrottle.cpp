// SPDX-License-Identifier: Apache-2.0
// The auto-throttle inside the engine: sampling on the engine's timers, overrides, and the periods that go
// to the store. A sample costs one virtual call and no allocation unless the level changes.
#include "decision/Engine.h"

#include "core/EngineText.h"
#include <algorithm>
#include <cctype>

namespace sluice::engine {

namespace {
bool blank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}
}  // namespace

void Engine::setLoadSource(std::unique_ptr<LoadSource> source)
{
    m_loadSource = std::move(source);
    scheduleNextDue();
}

void Engine::runThrottle(TimeNs now)
{
    for (;;) {
        const TimeNs expiry = m_throttle.overrideExpiry();
        const bool expiryDue = expiry != 0 && expiry <= now;
        const bool sampleDue = m_loadSource && m_nextThrottleSample <= now;
        if (expiryDue && (!sampleDue || expiry <= m_nextThrottleSample)) {
            if (m_throttle.expireOverride(now)) {
                throttleChanged();
            }
        } else if (sampleDue) {
            sampleThrottle(m_nextThrottleSample);
        } else {
            return;
        }
    }
}

void Engine::sampleThrottle(TimeNs at)
{
    const TimeNs interval = m_throttle.config().sampleInterval;
    const double seconds = static_cast<double>(std::max<TimeNs>(at - m_lastThrottleSample, 1)) / kNsPerSec;
    TrafficRates rates;
    rates.allowedPerSec = static_cast<double>(m_allowed - m_allowedAtSample) / seconds;
    rates.deniedPerSec = static_cast<double>(m_denied - m_deniedAtSample) / seconds;
    m_allowedAtSample = m_allowed;
    m_deniedAtSample = m_denied;
    m_lastThrottleSample = at;
    if (m_throttle.observe(at, m_loadSource->sample(rates))) {
        throttleChanged();
    }
    m_nextThrottleSample = at + interval;
    // After a long quiet spell (or a restart), skip to the latest due sample instead of replaying each one.
    if (m_now - m_nextThrottleSample > 8 * interval) {
        m_nextThrottleSample = m_now - (m_now - m_nextThrottleSample) % interval;
    }
}

void Engine::throttleChanged()
{
    rebuildRates();
    const ThrottleTransition& t = m_throttle.lastTransition();
    Event e;
    e.kind = EventKind::ThrottleChanged;
    e.at = t.at;
    e.detail = t.reason;
    e.throttle = ThrottlePeriodStart{t.to, t.from, t.load, t.automatic, t.actor};
    m_events.push_back(std::move(e));
}

CommandResult Engine::validateThrottle(const Command& command, TimeNs now) const
{
    if (const auto* set = std::get_if<cmd::SetThrottleOverride>(&command)) {
        if (static_cast<int>(set->level) >= kThrottleLevelCount) {
            return CommandResult{false, say(Text::UnknownThrottleLevel)};
        }
        if (blank(set->reason)) {
            return CommandResult{false, say(Text::OverrideNeedsReason)};
        }
        if (blank(set->actor)) {
            return CommandResult{false, say(Text::OverrideNeedsActor)};
        }
        if (set->expiresAt != 0 && set->expiresAt <= now) {
            return CommandResult{false, say(Text::OverrideEndInPast)};
        }
    } else if (std::holds_alternative<cmd::ClearThrottleOverride>(command)) {
        if (!m_throttle.override()) {
            return CommandResult{false, say(Text::NoOverrideToClear)};
        }
    } else if (const auto* config = std::get_if<cmd::SetThrottleConfig>(&command)) {
        if (auto error = sluice::engine::validate(config->config)) {
            return CommandResult{false, *error};
        }
    }
    return CommandResult{};
}

CommandResult Engine::applyThrottle(const Command& command, TimeNs now)
{
    bool changed = false;
    if (const auto* set = std::get_if<cmd::SetThrottleOverride>(&command)) {
        changed =
            m_throttle.setOverride(ThrottleOverride{set->level, set->reason, set->expiresAt, set->actor, now}, now);
    } else if (const auto* clear = std::get_if<cmd::ClearThrottleOverride>(&command)) {
        changed = m_throttle.clearOverride(now, clear->actor);
    } else if (const auto* config = std::get_if<cmd::SetThrottleConfig>(&command)) {
        m_config.throttle = config->config;
        m_throttle.setConfig(config->config);
    }
    if (changed) {
        throttleChanged();
    }
    scheduleNextDue();
    return CommandResult{};
}

}  // namespace sluice::engine
