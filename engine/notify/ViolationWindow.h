// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <string>
#include <unordered_map>

namespace sluice::engine::notify {

// At most one violation notice per key per window, so a flood of denials never becomes a flood of mail. Keeps
// one instant per key that had a notice within the window; older ones are swept as the map grows.
class ViolationWindow final {
public:
    // True (and the window starts) when `key` had no notice within `window` before `at`.
    bool admit(const std::string& key, TimeNs at, TimeNs window)
    {
        if (m_last.size() >= m_sweepAt) {
            std::erase_if(m_last, [&](const auto& entry) { return at - entry.second >= window; });
            m_sweepAt = std::max<std::size_t>(kFirstSweep, m_last.size() * 2);
        }
        auto [it, added] = m_last.try_emplace(key, at);
        if (added) {
            return true;
        }
        if (at - it->second < window) {
            return false;
        }
        it->second = at;
        return true;
    }
    std::size_t size() const { return m_last.size(); }

private:
    static constexpr std::size_t kFirstSweep = 1024;
    std::unordered_map<std::string, TimeNs> m_last;
    std::size_t m_sweepAt = kFirstSweep;
};

}  // namespace sluice::engine::notify
