// SPDX-License-Identifier: Apache-2.0
#include "rollup/RouteCounts.h"

namespace sluice::engine {

void RouteCounts::setPolicies(const std::vector<Policy>& policies)
{
    std::vector<RouteDecisions> before = std::move(m_routes);
    std::vector<bool> taken(before.size(), false);
    m_routes.clear();
    m_routes.reserve(policies.size() + before.size());
    for (const Policy& p : policies) {
        RouteDecisions next{p.route};
        for (std::size_t i = 0; i < before.size(); ++i) {
            if (!taken[i] && before[i].route == p.route) {
                next.allowed = before[i].allowed;
                next.denied = before[i].denied;
                taken[i] = true;
                break;
            }
        }
        m_routes.push_back(std::move(next));
    }
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (!taken[i] && (before[i].allowed != 0 || before[i].denied != 0)) {
            m_routes.push_back(std::move(before[i]));
        }
    }
}

}  // namespace sluice::engine
