// SPDX-License-Identifier: Apache-2.0
#include "flags/FlagModel.h"

#include "flags/Numbers.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine::flags {

namespace {

// Where the console's slider reads and writes: the strategy and the name of its percentage parameter.
struct RolloutSlot {
    const Strategy* strategy = nullptr;
    std::string_view parameterName;
};

RolloutSlot rolloutSlot(const FeatureFlag& flag)
{
    for (const Strategy& s : flag.strategies) {
        if (s.name == "flexibleRollout") {
            return {&s, "rollout"};
        }
    }
    for (const Strategy& s : flag.strategies) {
        if (s.name == "gradualRolloutUserId" || s.name == "gradualRolloutSessionId" ||
            s.name == "gradualRolloutRandom") {
            return {&s, "percentage"};
        }
    }
    return {};
}

}  // namespace

const FeatureFlag* FlagSet::find(std::string_view name) const
{
    const auto it =
        std::find_if(features.begin(), features.end(), [&](const FeatureFlag& f) { return f.name == name; });
    return it == features.end() ? nullptr : &*it;
}

FeatureFlag* FlagSet::find(std::string_view name)
{
    return const_cast<FeatureFlag*>(static_cast<const FlagSet&>(*this).find(name));
}

const Segment* FlagSet::segment(int id) const
{
    const auto it = std::find_if(segments.begin(), segments.end(), [&](const Segment& s) { return s.id == id; });
    return it == segments.end() ? nullptr : &*it;
}

std::optional<int> rolloutOf(const FeatureFlag& flag)
{
    const RolloutSlot slot = rolloutSlot(flag);
    if (slot.strategy == nullptr) {
        return std::nullopt;
    }
    // An absent or unreadable percentage evaluates off, so the slider shows it as 0.
    const std::optional<double> percent = parseNumber(parameter(*slot.strategy, slot.parameterName));
    if (!percent) {
        return 0;
    }
    return static_cast<int>(std::clamp(std::floor(*percent), 0.0, 100.0));
}

bool setRollout(FeatureFlag& flag, int percent)
{
    const RolloutSlot slot = rolloutSlot(flag);
    if (slot.strategy == nullptr) {
        return false;
    }
    auto& parameters = const_cast<Strategy*>(slot.strategy)->parameters;
    std::string value = std::to_string(std::clamp(percent, 0, 100));
    for (auto& [name, current] : parameters) {
        if (name == slot.parameterName) {
            current = std::move(value);
            return true;
        }
    }
    parameters.emplace_back(std::string(slot.parameterName), std::move(value));
    return true;
}

std::string_view parameter(const Strategy& strategy, std::string_view name)
{
    for (const auto& [key, value] : strategy.parameters) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

FeatureFlag builtInFlag(std::string_view name, bool enabled, int percent)
{
    FeatureFlag flag;
    flag.name = std::string(name);
    flag.type = "operational";
    flag.description = "One of Sluice's own features, rolled out over API keys.";
    flag.enabled = enabled;
    Strategy rollout;
    rollout.name = "flexibleRollout";
    // stickiness userId: the engine puts the API key there; groupId = the name keeps the old gates' buckets.
    rollout.parameters = {{"rollout", std::to_string(std::clamp(percent, 0, 100))},
                          {"stickiness", "userId"},
                          {"groupId", std::string(name)}};
    flag.strategies.push_back(std::move(rollout));
    flag.effect.kind = EffectKind::Feature;
    return flag;
}

}  // namespace sluice::engine::flags
