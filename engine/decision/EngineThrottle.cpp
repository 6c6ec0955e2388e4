// SPDX-License-Identifier: Apache-2.0
// Throttle commands: overrides and the controller's configuration. Sampling runs on the throttle part's
// timers (throttle/ThrottleSampler).
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
    m_throttle.setLoadSource(std::move(source));
    scheduleNextDue();
}

void Engine::throttleChanged()
{
    rebuildRates();
    m_events.push_back(throttleChangedEvent(m_throttle.throttle().lastTransition()));
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
        if (!m_throttle.throttle().override()) {
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
    AutoThrottle& throttle = m_throttle.throttle();
    bool changed = false;
    if (const auto* set = std::get_if<cmd::SetThrottleOverride>(&command)) {
        changed = throttle.setOverride(ThrottleOverride{set->level, set->reason, set->expiresAt, set->actor, now}, now);
    } else if (const auto* clear = std::get_if<cmd::ClearThrottleOverride>(&command)) {
        changed = throttle.clearOverride(now, clear->actor);
    } else if (const auto* config = std::get_if<cmd::SetThrottleConfig>(&command)) {
        m_config.throttle = config->config;
        throttle.setConfig(config->config);
    }
    if (changed) {
        throttleChanged();
    }
    scheduleNextDue();
    return CommandResult{};
}

}  // namespace sluice::engine
