// SPDX-License-Identifier: Apache-2.0
#include "ServeSettings.h"

#include "config/ConfigJson.h"

namespace sluice::app {

namespace {

// Whether `command` would change a setting of `current`: compared as the settings rows it persists.
bool changes(const engine::Command& command, const engine::EngineConfig& current)
{
    for (const auto& [name, value] : engine::ConfigJson::settingsFor(command)) {
        if (engine::ConfigJson::settingValue(name, current) != value) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::vector<engine::Command> commandsToReach(const engine::EngineConfig& wanted, const engine::EngineConfig& current)
{
    std::vector<engine::Command> candidates{
        engine::cmd::SetPolicies{wanted.policies},
        engine::cmd::SetReputationConfig{wanted.reputation},
        engine::cmd::SetThrottleConfig{wanted.throttle},
        engine::cmd::SetVipExpiringLead{wanted.vipExpiringLead},
    };
    for (int f = 0; f < engine::kFeatureCount; ++f) {
        candidates.emplace_back(engine::cmd::SetFeatureGate{
            static_cast<engine::Feature>(f), engine::featureGate(wanted, static_cast<engine::Feature>(f))});
    }
    std::vector<engine::Command> out;
    for (auto& c : candidates) {
        if (changes(c, current)) {
            out.push_back(std::move(c));
        }
    }
    return out;
}

}  // namespace sluice::app
