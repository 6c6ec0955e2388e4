// SPDX-License-Identifier: Apache-2.0
// Admin commands and restoring persisted state.
#include "engine/Engine.h"

#include "config/ConfigJson.h"

#include <algorithm>

namespace sluice::engine {

namespace {
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

CommandResult refuse(std::string why) { return CommandResult{false, std::move(why)}; }
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
                    return refuse("unknown VIP tier '" + c.name + "'");
                }
                const bool used = std::any_of(m_vip.begin(), m_vip.end(),
                                              [&](const auto& a) { return a.second.tierIndex == *index; });
                return used ? refuse("VIP tier '" + c.name + "' is still assigned to keys") : CommandResult{};
            },
            [&](const cmd::AssignVip& c) {
                if (c.key.empty() || c.key.size() > KeyTable::kMaxKeyBytes) {
                    return refuse("a VIP key must be 1 to 255 bytes long");
                }
                if (!m_vipCatalog.indexOf(c.tier)) {
                    return refuse("unknown VIP tier '" + c.tier + "'");
                }
                if (c.expiresAt != 0 && c.expiresAt <= now) {
                    return refuse("the expiry of the VIP assignment for '" + c.key + "' must be in the future");
                }
                return CommandResult{};
            },
            [&](const cmd::RevokeVip& c) {
                return m_vip.contains(c.key) ? CommandResult{} : refuse("key '" + c.key + "' has no VIP assignment");
            },
            [&](const cmd::SetFeatureGate& c) {
                return c.gate.percentage > 100 ? refuse("rollout percentage must be within 0..100") : CommandResult{};
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

CommandResult Engine::applyVip(const cmd::AssignVip& c, TimeNs now)
{
    const auto index = m_vipCatalog.indexOf(c.tier);
    m_vip[c.key] = VipAssignmentState{*index, c.expiresAt};
    if (c.expiresAt != 0) {
        m_vipExpiries.emplace(c.expiresAt, c.key);
        m_nextDue = std::min(m_nextDue, c.expiresAt);
    }
    setVipFor(c.key, *index);
    raise(EventKind::VipAssigned, now, c.key, c.tier);
    return CommandResult{};
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
        std::string ignored;
        m_vipCatalog.put(tier.name, tier.multiplier, ignored);
    }
    rebuildRates();
    for (const auto& a : state.vipAssignments) {
        const auto index = m_vipCatalog.indexOf(a.tier);
        if (!index || (a.expiresAt != 0 && a.expiresAt <= now)) {
            continue;  // expired while we were not running
        }
        m_vip[a.key] = VipAssignmentState{*index, a.expiresAt};
        if (a.expiresAt != 0) {
            m_vipExpiries.emplace(a.expiresAt, a.key);
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
    m_events.clear();  // restoring is not news, but where the throttle starts is
    rebuildRates();
    const bool expiredMeanwhile = restoredOverride && !m_throttle.override();
    Event start;
    start.kind = EventKind::ThrottleChanged;
    start.at = now;
    start.throttle.level = m_throttle.level();
    start.throttle.previous = m_throttle.level();
    start.throttle.automatic = !m_throttle.override();
    start.throttle.actor = m_throttle.override() ? m_throttle.override()->actor : std::string();
    start.detail = m_throttle.override() ? m_throttle.override()->reason
                   : expiredMeanwhile    ? std::string("override expired while stopped; engine started")
                                         : std::string("engine started");
    m_events.push_back(std::move(start));
    scheduleNextDue();
}

}  // namespace sluice::engine
