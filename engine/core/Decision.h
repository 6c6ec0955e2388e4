// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <cstdint>
#include <limits>

namespace sluice::engine {

// retryAfter of a request that can never pass at the limit applied to it: its cost exceeds the whole burst.
// A front answers "never" (HTTP 413 or 429 without Retry-After), not a number of seconds.
inline constexpr TimeNs kRetryNever = std::numeric_limits<TimeNs>::max();

// The verdict plus everything an HTTP front needs for RateLimit-* and Retry-After, and why.
struct Decision {
    bool allowed = false;
    std::uint32_t limit = 0;      // effective requests per policy period, after all multipliers
    std::uint32_t remaining = 0;  // requests that would still pass right now
    TimeNs retryAfter = 0;        // 0 when allowed; else wait this long before the same request passes, or
                                  // kRetryNever when it cannot pass at this limit however long it waits
    TimeNs resetAfter = 0;        // time until the key's allowance is fully replenished
    ReputationTier reputationTier = ReputationTier::Standard;
    std::uint8_t vipTier = 0;  // 0 = none; else 1-based index into the VIP catalog
    ThrottleLevel throttleLevel = ThrottleLevel::None;
    float multiplier = 1.0F;  // reputation x VIP x throttle as applied to this key
    // limit, multiplier, reputationTier, vipTier and throttleLevel all describe the limit this request was
    // judged against, even when the request itself moved the key to another tier (the next request sees it).

    bool neverPasses() const { return retryAfter == kRetryNever; }
};

}  // namespace sluice::engine
