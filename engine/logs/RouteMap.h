// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::logs {

// Maps request paths onto the engine's per-route policies: the longest matching prefix wins.
class RouteMap final {
public:
    void add(std::string prefix, std::string route);
    // "" (the default policy) when no prefix matches.
    std::string_view routeOf(std::string_view path) const;
    bool empty() const { return m_entries.empty(); }

private:
    std::vector<std::pair<std::string, std::string>> m_entries;  // longest prefix first
};

}  // namespace sluice::engine::logs
