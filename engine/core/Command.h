// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/EngineConfig.h"

#include <string>
#include <variant>
#include <vector>

namespace sluice::engine {

// Admin commands. They reach the engine thread through its command queue, after the store made them durable.
namespace cmd {
// Imposes a level over the automatic controller until `expiresAt` (0 = until cleared).
struct SetThrottleOverride {
    ThrottleLevel level = ThrottleLevel::None;
    std::string reason;  // required
    TimeNs expiresAt = 0;
    std::string actor;
};
// Hands the level back to the automatic controller.
struct ClearThrottleOverride {
    std::string actor;
};
struct SetThrottleConfig {
    ThrottleConfig config;
};
struct PutVipTier {
    std::string name;
    double multiplier = 1.0;
};
struct RemoveVipTier {
    std::string name;
};
struct AssignVip {
    std::string key;
    std::string tier;
    TimeNs expiresAt = 0;  // 0 = never
    std::string notes;
    std::string assignedBy;
};
struct RevokeVip {
    std::string key;
};
struct SetFeatureGate {
    Feature feature = Feature::ReputationSystem;
    FeatureGate gate;
};
struct SetPolicies {
    std::vector<Policy> policies;  // [0] is the default
};
struct SetReputationConfig {
    ReputationConfig config;
};
} // namespace cmd

using Command = std::variant<cmd::SetThrottleOverride, cmd::ClearThrottleOverride, cmd::SetThrottleConfig,
                             cmd::PutVipTier, cmd::RemoveVipTier, cmd::AssignVip, cmd::RevokeVip, cmd::SetFeatureGate,
                             cmd::SetPolicies, cmd::SetReputationConfig>;

struct CommandResult {
    bool ok = true;
    std::string error;  // for a person: what was refused and why
};

} // namespace sluice::engine
