// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// How a key's effective limit comes about: base x reputation x VIP x throttle = limit.
struct LimitBreakdown {
    std::uint32_t baseLimit = 0;
    TimeNs period = 0;
    double reputationMultiplier = 1.0;
    double vipMultiplier = 1.0;
    double throttleMultiplier = 1.0;
    std::uint32_t effectiveLimit = 0;
};

// A key's limit on one route it sends to.
struct RouteLimit {
    std::string route;  // empty: the default route
    LimitBreakdown limit;
};

// A copy of one key's state, for people and tests; never used on the decision path.
struct KeyView {
    std::string key;
    bool active = false;  // in the hot table (false: dormant or unknown)
    float score = 50.0F;
    ReputationTier tier = ReputationTier::Standard;
    std::string vipTier;  // empty when none applies now
    TimeNs vipExpiresAt = 0;
    std::uint32_t allowed = 0;
    std::uint32_t denied = 0;
    TimeNs lastSeen = 0;
    bool reputationApplies = true;  // the key is in the reputation_system rollout
    bool throttleApplies = true;    // the key is in the adaptive_limiting rollout
    LimitBreakdown limit;           // on the route asked about (the default route unless another was asked)
    // The routes the key has limiter state on now (its recent traffic), the default route first; only the
    // default route when it has none. A route without a policy of its own counts as the default route.
    std::vector<RouteLimit> routes;
};

}  // namespace sluice::engine
