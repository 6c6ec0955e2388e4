// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/AnomalyConfig.h"
#include "config/NotifyConfig.h"
#include "core/Tiers.h"
#include "flags/FeatureGates.h"
#include "flags/FlagModel.h"
#include "limiter/Policy.h"
#include "reputation/ReputationConfig.h"
#include "throttle/LoadSourceConfig.h"
#include "throttle/ThrottleConfig.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace sluice::engine {

// Sluice's own features as flags, each on for every key.
flags::FlagSet builtInFlags();

// Everything the engine is told; it never reads settings itself.
struct EngineConfig {
    std::vector<Policy> policies{Policy{}};  // [0] is the default policy; the others match by route
    ReputationConfig reputation;
    // The feature flags the engine starts with: Sluice's own three features (flags::builtInFlag) and admins'
    // flags. The engine keeps this in step with the flags in force.
    flags::FlagSet flags = builtInFlags();
    ThrottleConfig throttle;                 // the automatic controller; a manual level is an override command
    LoadSourceConfig load;                   // where the controller's signals come from; none = overrides only
    TimeNs idleEviction = kNsPerHour;        // keys unseen this long leave the hot table
    TimeNs maintenanceInterval = kNsPerMin;  // how often idle keys and route states are swept
    TimeNs vipExpiringLead = 3 * kNsPerDay;  // how long before a VIP assignment ends vip_expiring is raised
    AnomalyConfig anomaly;                   // detection, alerts and automatic responses
    NotifyConfig notify;                     // notifications: what is produced for whom, the channels, delivery
};

inline constexpr TimeNs kMaxVipExpiringLead = 90 * kNsPerDay;

// The "features" of a configuration file: a built-in flag's enabled switch and rollout percentage.
FeatureGate featureGate(const EngineConfig& config, Feature feature);
void setFeatureGate(EngineConfig& config, Feature feature, const FeatureGate& gate);

// What is wrong with a configuration, for a person to read; nullopt when it is usable.
std::optional<std::string> validate(const EngineConfig& config);

}  // namespace sluice::engine
