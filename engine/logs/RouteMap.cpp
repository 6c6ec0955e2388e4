// SPDX-License-Identifier: Apache-2.0
#include "logs/RouteMap.h"

#include <algorithm>

namespace sluice::engine::logs {

void RouteMap::add(std::string prefix, std::string route)
{
    for (auto& entry : m_entries) {
        if (entry.first == prefix) {
            entry.second = std::move(route);
            return;
        }
    }
    m_entries.emplace_back(std::move(prefix), std::move(route));
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::string_view RouteMap::routeOf(std::string_view path) const
{
    for (const auto& [prefix, route] : m_entries) {
        if (path.starts_with(prefix)) {
            return route;
        }
    }
    return {};
}

}  // namespace sluice::engine::logs
