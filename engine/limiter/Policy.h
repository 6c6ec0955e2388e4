// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine {

// A base limit of `limit` requests per `period`, of which up to `burst` may arrive at once.
struct Policy {
    std::string route;  // empty for the default policy
    std::uint32_t limit = 1000;
    TimeNs period = kNsPerMin;
    std::uint32_t burst = 1000;
};

// What the default policy is called where a name is needed (RateLimit-Policy, metrics); in the configuration it
// has no route.
inline constexpr std::string_view kDefaultPolicyName = "default";

// The index of the policy for `route`: [0] is the default, the others match by route.
inline std::uint32_t policyIndex(const std::vector<Policy>& policies, std::string_view route)
{
    for (std::uint32_t p = 1; p < policies.size(); ++p) {
        if (policies[p].route == route) {
            return p;
        }
    }
    return 0;
}

// Where a key's limiter state for a route policy (not the default one) is kept: the key's hash mixed with
// the policy, so the decision path and the console's queries find the same entry.
inline std::uint64_t routeStateKey(std::uint64_t keyHash, std::uint32_t policy)
{
    return keyHash ^ (0x9E3779B97F4A7C15ULL * (policy + 1));
}

}  // namespace sluice::engine
