// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SharedView.h"
#include "core/Time.h"
#include "limiter/Gcra.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace sluice::engine {

// One request for a limiter several engines share: the key, the route it is limited on (empty: the default
// policy), the rate at its effective limit, its cost and when it arrived.
struct SharedCheck {
    std::string_view key;
    std::string_view route;
    GcraRate rate;
    std::uint32_t cost = 1;
    TimeNs now = 0;
};

// What the shared limiter decided. `decided` false: it could not be asked (`error` says why), and the route's
// failure rule decides (limiter/Policy.h).
struct SharedVerdict {
    bool decided = false;
    bool leased = false;  // decided here, from units leased from the shared budget earlier
    bool allowed = false;
    std::uint32_t remaining = 0;
    TimeNs retryAfter = 0;  // kRetryNever when the cost exceeds the whole burst
    TimeNs resetAfter = 0;
    std::string error;
};

// Where the engine keeps keys' limiter state when several engines must share it (redis/RedisLimiter). The
// engine computes each request's effective rate (reputation, VIP and throttle are its own) and asks for a whole
// batch at once. Used on the engine thread only.
class SharedLimiter {
public:
    virtual ~SharedLimiter() = default;
    virtual void decide(std::span<const SharedCheck> checks, std::span<SharedVerdict> verdicts) = 0;
    // Health checks and topology, between batches (a few times a second).
    virtual void maintain() = 0;
    // Its state for snapshots; the engine adds its own counts.
    virtual SharedView view() const = 0;
};

}  // namespace sluice::engine
