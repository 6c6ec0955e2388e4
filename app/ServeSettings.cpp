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

// The commands of `candidates` that would change `current`, onto `out`.
void appendChanging(std::vector<engine::Command> candidates, const engine::EngineConfig& current,
                    std::vector<engine::Command>& out)
{
    for (auto& c : candidates) {
        if (changes(c, current)) {
            out.push_back(std::move(c));
        }
    }
}

}  // namespace

std::vector<engine::Command> commandsToReach(const engine::EngineConfig& wanted, const engine::EngineConfig& current)
{
    std::vector<engine::Command> out;
    appendChanging({engine::cmd::SetPolicies{wanted.policies}, engine::cmd::SetReputationConfig{wanted.reputation},
                    engine::cmd::SetThrottleConfig{wanted.throttle},
                    engine::cmd::SetVipExpiringLead{wanted.vipExpiringLead}},
                   current, out);
    // The file's "features" are Sluice's built-in flags: moved by the same flag commands as the Flags page's.
    for (int f = 0; f < engine::kFeatureCount; ++f) {
        const auto feature = static_cast<engine::Feature>(f);
        const engine::FeatureGate want = engine::featureGate(wanted, feature);
        const engine::FeatureGate now = engine::featureGate(current, feature);
        const std::string name(engine::nameOf(feature));
        if (want.enabled != now.enabled) {
            out.emplace_back(engine::cmd::SetFlagEnabled{name, want.enabled, {}});
        }
        if (want.percentage != now.percentage) {
            out.emplace_back(engine::cmd::SetFlagRollout{name, want.percentage, {}});
        }
    }
    return out;
}

std::optional<std::string> commandsOfFile(const std::string& text, const engine::EngineConfig& current,
                                          std::vector<engine::Command>& out)
{
    engine::EngineConfig wanted;
    if (auto problem = engine::ConfigJson::decode(text, wanted)) {
        return problem;
    }
    engine::EngineConfig sections = wanted;
    sections.anomaly = current.anomaly;
    sections.notify = current.notify;
    if (auto problem = engine::ConfigJson::decode(text, sections)) {
        return problem;
    }
    out = commandsToReach(wanted, current);
    appendChanging({engine::cmd::SetAnomalyConfig{sections.anomaly}, engine::cmd::SetNotifyConfig{sections.notify}},
                   current, out);
    return std::nullopt;
}

}  // namespace sluice::app
