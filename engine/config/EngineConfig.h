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

// Everything the engine is told; it never reads settings itself.
struct EngineConfig {
    std::vector<Policy> policies{Policy{}};  // [0] is the default policy; the others match by route
    ReputationConfig reputation;
    std::array<FeatureGate, kFeatureCount> gates{};
    flags::FlagSet flags;                    // the flags in force, admins' and the built-in ones
    ThrottleConfig throttle;                 // the automatic controller; a manual level is an override command
    LoadSourceConfig load;                   // where the controller's signals come from; none = overrides only
    TimeNs idleEviction = kNsPerHour;        // keys unseen this long leave the hot table
    TimeNs maintenanceInterval = kNsPerMin;  // how often idle keys and route states are swept
    TimeNs vipExpiringLead = 3 * kNsPerDay;  // how long before a VIP assignment ends vip_expiring is raised
    AnomalyConfig anomaly;                   // detection, alerts and automatic responses
    NotifyConfig notify;                     // notifications: what is produced for whom, the channels, delivery
};

inline constexpr TimeNs kMaxVipExpiringLead = 90 * kNsPerDay;

// What is wrong with a configuration, for a person to read; nullopt when it is usable.
std::optional<std::string> validate(const EngineConfig& config);

}  // namespace sluice::engine
