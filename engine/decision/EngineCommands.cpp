// SPDX-License-Identifier: Apache-2.0
// Admin commands and restoring persisted state. A command goes to the first part that knows it; the rest
// (configuration the decision loop itself reads) the engine handles.
#include "decision/Engine.h"
#include "decision/EngineParts.h"

#include "config/ConfigJson.h"
#include "core/EngineText.h"
#include "core/Overloaded.h"

#include <algorithm>

namespace sluice::engine {

namespace {
CommandResult refuse(std::string why) { return CommandResult{false, std::move(why)}; }
}  // namespace

CommandResult Engine::validate(const Command& command, TimeNs now) const
{
    std::optional<CommandResult> result = m_flags.validateFlag(command, now, flagTargets());
    forEachPart(*this, [&](const auto& part) {
        if (!result) {
            result = parts::validate(part, command, now);
        }
    });
    return result ? *result : validateOwn(command, now);
}

CommandResult Engine::apply(const Command& command, TimeNs now)
{
    tick(now);
    if (CommandResult checked = validate(command, now); !checked.ok) {
        return checked;
    }
    PartContext context = partContext();
    std::optional<CommandResult> result = m_flags.applyFlag(command, now, flagTargets());
    forEachPart(*this, [&](auto& part) {
        if (!result) {
            result = parts::apply(part, command, now, context);
        }
    });
    if (!result) {
        return applyOwn(command, now);
    }
    if (std::holds_alternative<cmd::PutVipTier>(command) || std::holds_alternative<cmd::RemoveVipTier>(command) ||
        std::holds_alternative<cmd::ImportVip>(command)) {
        m_flags.targetsChanged(flagTargets());  // a tier's index may have changed under a flag's effect
    }
    afterParts(context);
    carryOutAnomalyRequests(now);
    forEachPart(*this, [&](const auto& part) { m_nextDue = std::min(m_nextDue, parts::nextDue(part)); });
    return *result;
}

CommandResult Engine::validateOwn(const Command& command, TimeNs now) const
{
    return std::visit(Overloaded{
                          [&](const cmd::SetThrottleOverride&) { return validateThrottle(command, now); },
                          [&](const cmd::ClearThrottleOverride&) { return validateThrottle(command, now); },
                          [&](const cmd::SetThrottleConfig&) { return validateThrottle(command, now); },
                          [&](const cmd::SetVipExpiringLead& c) {
                              if (c.lead < kNsPerMin || c.lead > kMaxVipExpiringLead) {
                                  return refuse(say(Text::VipExpiringLead));
                              }
                              return CommandResult{};
                          },
                          [&](const cmd::SetPolicies& c) {
                              EngineConfig candidate = m_config;
                              candidate.policies = c.policies;
                              auto error = sluice::engine::validate(candidate);
                              return error ? refuse(*error) : CommandResult{};
                          },
                          [&](const cmd::SetReputationConfig& c) {
                              EngineConfig candidate = m_config;
                              candidate.reputation = c.config;
                              auto error = sluice::engine::validate(candidate);
                              return error ? refuse(*error) : CommandResult{};
                          },
                          [&](const cmd::SetAnomalyConfig& c) {
                              EngineConfig candidate = m_config;
                              candidate.anomaly = c.config;
                              auto error = sluice::engine::validate(candidate);
                              return error ? refuse(*error) : CommandResult{};
                          },
                          [&](const cmd::SetNotifyConfig& c) {
                              EngineConfig candidate = m_config;
                              candidate.notify = c.config;
                              auto error = sluice::engine::validate(candidate);
                              return error ? refuse(*error) : CommandResult{};
                          },
                          [](const auto&) { return CommandResult{}; },
                      },
                      command);
}

CommandResult Engine::applyOwn(const Command& command, TimeNs now)
{
    return std::visit(Overloaded{
                          [&](const cmd::SetThrottleOverride&) { return applyThrottle(command, now); },
                          [&](const cmd::ClearThrottleOverride&) { return applyThrottle(command, now); },
                          [&](const cmd::SetThrottleConfig&) { return applyThrottle(command, now); },
                          [&](const cmd::SetVipExpiringLead& c) {
                              m_config.vipExpiringLead = c.lead;
                              m_vip.setExpiringLead(c.lead, now);
                              scheduleNextDue();
                              return CommandResult{};
                          },
                          [&](const cmd::SetPolicies& c) {
                              m_config.policies = c.policies;
                              m_flags.targetsChanged(flagTargets());
                              m_flags.takeResolveNeeded();
                              resolveAllKeys();
                              m_routeCounts.setPolicies(m_config.policies);
                              m_anomaly.policiesChanged();
                              rebuildRates();
                              return CommandResult{};
                          },
                          [&](const cmd::SetReputationConfig& c) {
                              m_config.reputation = c.config;
                              m_reputation.setConfig(c.config, now, m_keys, m_events);
                              rebuildRates();
                              scheduleNextDue();
                              return CommandResult{};
                          },
                          [&](const cmd::SetAnomalyConfig& c) {
                              m_config.anomaly = c.config;
                              m_anomaly.configure(c.config);
                              scheduleNextDue();
                              return CommandResult{};
                          },
                          [&](const cmd::SetNotifyConfig& c) {
                              m_config.notify = c.config;
                              m_notify.configure(c.config);
                              return CommandResult{};
                          },
                          [](const auto&) { return CommandResult{}; },
                      },
                      command);
}

void Engine::restore(const store::PersistedState& state, TimeNs now)
{
    std::optional<ThrottleOverride> restoredOverride;
    for (const auto& [name, value] : state.settings) {
        if (name == ConfigJson::kThrottleOverrideSetting && !m_follower) {
            ConfigJson::decodeOverride(value, restoredOverride);  // an unreadable row counts as none
        }
    }
    AutoThrottle& throttle = m_throttle.throttle();
    throttle.start(now, restoredOverride);
    startClock(now);  // restored scores are decayed up to now: later boundaries apply as usual
    m_vip.restoreTiers(state);
    std::vector<std::string> unreadable;  // a flag row the reader refuses keeps its earlier definition
    m_flags.restore(state, flagTargets(), unreadable);
    m_flags.takeResolveNeeded();
    resolveAllKeys();
    m_anomaly.restore(state.alerts, state.anomalyBaselines);
    rebuildRates();
    // Assignments that ended while nothing was running still get their event, stamped with the instant they
    // ended; the store removes the row when it writes the event.
    EventBatch missed;
    m_vip.restoreAssignments(state, now, missed);
    const TimeNs idle = m_config.idleEviction;
    const ReputationRules& rules = m_reputation.rules();
    for (const auto& k : state.keys) {
        const float score = rules.decayed(k.score, rules.decaySteps(k.updatedAt, now));
        const std::string_view key = std::string_view(k.key).substr(0, KeyTable::kMaxKeyBytes);
        const std::uint64_t hash = KeyTable::hash(key);
        if (now - k.updatedAt >= idle) {
            if (score != m_config.reputation.neutralScore) {
                m_reputation.keepDormant(hash, score, k.cleanAllowed, now);
            }
            continue;
        }
        const std::uint32_t index = findOrInsert(key, hash, now);
        KeyRecord& r = m_keys.record(index);
        r.cleanAllowed = k.cleanAllowed;
        r.lastSeenSec = toUnixSec(k.updatedAt);
        m_reputation.setScore(m_keys, m_events, index, r, score, now);
        r.flags &= static_cast<std::uint8_t>(~KeyRecord::kDirty);  // it is what the store already holds
    }
    m_events = std::move(missed);  // restoring is not news, but what ended meanwhile and where the throttle starts are
    m_notify.restore(state);
    const bool expiredMeanwhile = restoredOverride && !throttle.override();
    Event start;
    start.kind = EventKind::ThrottleChanged;
    start.at = now;
    start.throttle.level = throttle.level();
    start.throttle.previous = throttle.level();
    start.throttle.automatic = !throttle.override();
    start.throttle.actor = throttle.override() ? throttle.override()->actor : std::string();
    start.detail = throttle.override() ? throttle.override()->reason
                   : expiredMeanwhile  ? say(Text::ThrottleOverrideExpiredWhileStopped)
                                       : say(Text::ThrottleEngineStarted);
    if (!m_follower) {
        m_events.push_back(std::move(start));  // a follower's level is the leader's, which says where it starts
    }
    m_vip.warnDue(now, m_events);  // warnings that fell due while nothing was running, raised late rather than never
    scheduleNextDue();
}

}  // namespace sluice::engine
