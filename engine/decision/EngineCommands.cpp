// SPDX-License-Identifier: Apache-2.0
// Admin commands and restoring persisted state.
#include "decision/Engine.h"

#include "config/ConfigJson.h"
#include "core/EngineText.h"
#include "core/Overloaded.h"
#include "core/TextCheck.h"
#include "vip/VipCsv.h"

#include <algorithm>

namespace sluice::engine {

namespace {
CommandResult refuse(std::string why) { return CommandResult{false, std::move(why)}; }
// A key or name quoted in a refusal, safe to show on a terminal.
std::string shown(std::string_view text) { return TextCheck::escapeForTerminal(text, 80); }
}  // namespace

CommandResult Engine::validate(const Command& command, TimeNs now) const
{
    return std::visit(
        Overloaded{
            [&](const cmd::SetThrottleOverride&) { return validateThrottle(command, now); },
            [&](const cmd::ClearThrottleOverride&) { return validateThrottle(command, now); },
            [&](const cmd::SetThrottleConfig&) { return validateThrottle(command, now); },
            [&](const cmd::PutVipTier& c) {
                VipCatalog copy = m_vipCatalog;
                std::string error;
                return copy.put(c.name, c.multiplier, error) ? CommandResult{} : refuse(error);
            },
            [&](const cmd::RemoveVipTier& c) {
                const auto index = m_vipCatalog.indexOf(c.name);
                if (!index) {
                    return refuse(say(Text::UnknownVipTier, {shown(c.name)}));
                }
                const std::uint64_t users = vipTierUsers(*index);
                if (users == 0) {
                    return CommandResult{};
                }
                return refuse(users == 1 ? say(Text::VipTierInUseByOne, {c.name})
                                         : say(Text::VipTierInUse, {c.name, std::to_string(users)}));
            },
            [&](const cmd::AssignVip& c) {
                std::string column;
                auto problem = checkAssignment(c, now, column);
                return problem ? refuse(*problem) : CommandResult{};
            },
            [&](const cmd::ImportVip& c) {
                // An import that changes nothing is not an admin action: refused, it leaves no audit row.
                if (c.assignments.empty()) {
                    return refuse(say(Text::VipImportEmpty));
                }
                for (std::size_t i = 0; i < c.assignments.size(); ++i) {
                    std::string column;
                    if (auto problem = checkAssignment(c.assignments[i], now, column)) {
                        const std::size_t line = i < c.lines.size() ? c.lines[i] : i + 2;  // after the header
                        return refuse(VipCsvError{line, VipCsv::columnOf(column), *problem}.message());
                    }
                }
                return CommandResult{};
            },
            [&](const cmd::SetVipExpiringLead& c) {
                if (c.lead < kNsPerMin || c.lead > kMaxVipExpiringLead) {
                    return refuse(say(Text::VipExpiringLead));
                }
                return CommandResult{};
            },
            [&](const cmd::RevokeVip& c) {
                return m_vip.contains(c.key) ? CommandResult{} : refuse(say(Text::VipNotAssigned, {shown(c.key)}));
            },
            [&](const cmd::SetFeatureGate& c) {
                return c.gate.percentage > 100 ? refuse(say(Text::RolloutPercentage)) : CommandResult{};
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
        },
        command);
}

CommandResult Engine::apply(const Command& command, TimeNs now)
{
    tick(now);
    if (CommandResult checked = validate(command, now); !checked.ok) {
        return checked;
    }
    return std::visit(
        Overloaded{
            [&](const cmd::SetThrottleOverride&) { return applyThrottle(command, now); },
            [&](const cmd::ClearThrottleOverride&) { return applyThrottle(command, now); },
            [&](const cmd::SetThrottleConfig&) { return applyThrottle(command, now); },
            [&](const cmd::PutVipTier& c) {
                std::string error;
                if (!m_vipCatalog.put(c.name, c.multiplier, error)) {
                    return refuse(error);
                }
                rebuildRates();
                return CommandResult{};
            },
            [&](const cmd::RemoveVipTier& c) {
                m_vipCatalog.remove(c.name);
                rebuildRates();
                return CommandResult{};
            },
            [&](const cmd::AssignVip& c) { return applyVip(c, now); },
            [&](const cmd::ImportVip& c) {
                for (const auto& a : c.assignments) {
                    applyVip(a, now);
                }
                return CommandResult{};
            },
            [&](const cmd::SetVipExpiringLead& c) {
                m_config.vipExpiringLead = c.lead;
                m_vipWarnings = {};
                for (auto& [key, a] : m_vip) {
                    scheduleVipWarning(key, a, now);
                }
                scheduleNextDue();
                return CommandResult{};
            },
            [&](const cmd::RevokeVip& c) {
                auto it = m_vip.find(c.key);
                const VipTier* tier = m_vipCatalog.at(it->second.tierIndex);
                m_vip.erase(it);
                setVipFor(c.key, 0);
                raise(EventKind::VipRevoked, now, c.key, tier != nullptr ? tier->name : std::string());
                return CommandResult{};
            },
            [&](const cmd::SetFeatureGate& c) {
                m_gates.set(c.feature, c.gate);
                m_config.gates[static_cast<int>(c.feature)] = c.gate;
                m_keys.forEachLive([&](std::uint32_t, KeyRecord& r) { resolveGates(r); });
                return CommandResult{};
            },
            [&](const cmd::SetPolicies& c) {
                m_config.policies = c.policies;
                rebuildRates();
                return CommandResult{};
            },
            [&](const cmd::SetReputationConfig& c) {
                m_config.reputation = c.config;
                m_rules = ReputationRules(c.config);
                m_windowSec = static_cast<std::uint32_t>(std::max<TimeNs>(1, c.config.violationWindow / kNsPerSec));
                // New thresholds can move keys between tiers.
                m_keys.forEachLive([&](std::uint32_t index, KeyRecord& r) { setScore(index, r, r.score, now); });
                rebuildRates();
                scheduleNextDue();
                return CommandResult{};
            },
        },
        command);
}

void Engine::restore(const store::PersistedState& state, TimeNs now)
{
    std::optional<ThrottleOverride> restoredOverride;
    for (const auto& [name, value] : state.settings) {
        if (name == ConfigJson::kThrottleOverrideSetting) {
            ConfigJson::decodeOverride(value, restoredOverride);  // an unreadable row counts as none
        }
    }
    m_throttle.start(now, restoredOverride);
    startClock(now);  // restored scores are decayed up to now: later boundaries apply as usual
    for (const auto& tier : state.vipTiers) {
        m_vipCatalog.load(tier.name, tier.multiplier);
    }
    rebuildRates();
    // Assignments that ended while nothing was running still get their event, stamped with the instant they
    // ended; the store removes the row when it writes the event.
    EventBatch missed;
    for (const auto& a : state.vipAssignments) {
        const auto index = m_vipCatalog.indexOf(a.tier);
        if (!index) {
            continue;
        }
        if (a.expiresAt != 0 && a.expiresAt <= now) {
            Event e;
            e.kind = EventKind::VipExpired;
            e.at = a.expiresAt;
            e.key = a.key;
            e.detail = a.tier;
            missed.push_back(std::move(e));
            continue;
        }
        VipAssignmentState& s = m_vip[a.key];
        s = VipAssignmentState{*index, a.expiresAt, 0, false, a.notes, a.assignedBy, a.assignedAt};
        s.warned = std::binary_search(state.vipWarned.begin(), state.vipWarned.end(), a.key);
        if (a.expiresAt != 0) {
            m_vipExpiries.emplace(a.expiresAt, a.key);
            scheduleVipWarning(a.key, s, now);
        }
    }
    const TimeNs idle = m_config.idleEviction;
    for (const auto& k : state.keys) {
        const float score = m_rules.decayed(k.score, m_rules.decaySteps(k.updatedAt, now));
        const std::string_view key = std::string_view(k.key).substr(0, KeyTable::kMaxKeyBytes);
        const std::uint64_t hash = KeyTable::hash(key);
        if (now - k.updatedAt >= idle) {
            if (score != m_config.reputation.neutralScore) {
                m_dormant[hash] = DormantKey{score, k.cleanAllowed, now};
            }
            continue;
        }
        const std::uint32_t index = findOrInsert(key, hash, now);
        KeyRecord& r = m_keys.record(index);
        r.cleanAllowed = k.cleanAllowed;
        r.lastSeenSec = toUnixSec(k.updatedAt);
        setScore(index, r, score, now);
        r.flags &= static_cast<std::uint8_t>(~KeyRecord::kDirty);  // it is what the store already holds
    }
    m_events = std::move(missed);  // restoring is not news, but what ended meanwhile and where the throttle starts are
    const bool expiredMeanwhile = restoredOverride && !m_throttle.override();
    Event start;
    start.kind = EventKind::ThrottleChanged;
    start.at = now;
    start.throttle.level = m_throttle.level();
    start.throttle.previous = m_throttle.level();
    start.throttle.automatic = !m_throttle.override();
    start.throttle.actor = m_throttle.override() ? m_throttle.override()->actor : std::string();
    start.detail = m_throttle.override() ? m_throttle.override()->reason
                   : expiredMeanwhile    ? say(Text::ThrottleOverrideExpiredWhileStopped)
                                         : say(Text::ThrottleEngineStarted);
    m_events.push_back(std::move(start));
    warnVip(now);  // warnings that fell due while nothing was running, raised late rather than never
    scheduleNextDue();
}

}  // namespace sluice::engine
