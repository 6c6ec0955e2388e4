// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <cstdint>

namespace sluice::engine {

// The verdict plus everything an HTTP front needs for RateLimit-* and Retry-After, and why.
struct Decision {
    bool allowed = false;
    std::uint32_t limit = 0;      // effective requests per policy period, after all multipliers
    std::uint32_t remaining = 0;  // requests that would still pass right now
    TimeNs retryAfter = 0;        // 0 when allowed; else wait this long before the same request passes
    TimeNs resetAfter = 0;        // time until the key's allowance is fully replenished
    ReputationTier reputationTier = ReputationTier::Standard;
    std::uint8_t vipTier = 0;  // 0 = none; else 1-based index into the VIP catalog
    ThrottleLevel throttleLevel = ThrottleLevel::None;
    float multiplier = 1.0F;  // reputation x VIP x throttle as applied to this key
};

}  // namespace sluice::engine
