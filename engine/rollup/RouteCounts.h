// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "limiter/Policy.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// Requests decided for one route policy since the engine started.
struct RouteDecisions {
    std::string route;  // as configured: empty for the default policy
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
};

// Decisions by route policy, for counters that only ever grow. The decision path counts by policy index into an
// array sized when the policies are set, so counting allocates nothing. When the policies change, each route
// keeps its counts by name, and a route no longer configured keeps its counts too: the routes always add up to
// the engine's totals, and a route that comes back goes on from where it was.
class RouteCounts final {
public:
    explicit RouteCounts(const std::vector<Policy>& policies) { setPolicies(policies); }

    void setPolicies(const std::vector<Policy>& policies);
    // `policy` is an index into the policies last set.
    void count(std::uint32_t policy, bool allowed)
    {
        RouteDecisions& r = m_routes[policy];
        ++(allowed ? r.allowed : r.denied);
    }
    // The configured routes in policy order ([0] the default), then those no longer configured.
    void copyTo(std::vector<RouteDecisions>& out) const { out = m_routes; }

private:
    std::vector<RouteDecisions> m_routes;  // [policy index], then the retired routes
};

}  // namespace sluice::engine
