// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine {

// What a route's requests get while the limiter several engines share (Redis) cannot decide them: this engine's
// own limiter at a fraction of the limit (the default: a fleet of N engines would set 1/N), every request allowed
// (and counted), or every request denied.
enum class SharedFailure : std::uint8_t { Local, Open, Closed };
std::string_view nameOf(SharedFailure failure);
bool sharedFailureFromName(std::string_view name, SharedFailure& out);

// A base limit of `limit` requests per `period`, of which up to `burst` may arrive at once.
struct Policy {
    std::string route;  // empty for the default policy
    std::uint32_t limit = 1000;
    TimeNs period = kNsPerMin;
    std::uint32_t burst = 1000;
    SharedFailure sharedFailure = SharedFailure::Local;
    double localFraction = 1.0;  // SharedFailure::Local: the share of the limit this engine admits alone, (0, 1]
};

inline std::string_view nameOf(SharedFailure failure)
{
    switch (failure) {
    case SharedFailure::Open:
        return "open";
    case SharedFailure::Closed:
        return "closed";
    case SharedFailure::Local:
        break;
    }
    return "local";
}

inline bool sharedFailureFromName(std::string_view name, SharedFailure& out)
{
    for (const SharedFailure f : {SharedFailure::Local, SharedFailure::Open, SharedFailure::Closed}) {
        if (nameOf(f) == name) {
            out = f;
            return true;
        }
    }
    return false;
}

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
