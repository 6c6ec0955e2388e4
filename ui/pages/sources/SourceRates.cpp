// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/SourceRates.h"

#include <algorithm>
#include <set>

namespace sluice::ui {

std::uint64_t SourceRates::countOf(const engine::SourceState& state) { return std::max(state.read, state.requests); }

void SourceRates::sample(const QList<engine::SourceState>& sources, std::int64_t nowMs)
{
    std::set<std::string> seen;
    for (const engine::SourceState& source : sources) {
        seen.insert(source.id);
        const std::uint64_t count = countOf(source);
        auto [it, added] = m_windows.try_emplace(source.id, Window{count, nowMs, -1});
        Window& window = it->second;
        if (added) {
            continue;
        }
        if (count < window.count) {
            window = Window{count, nowMs, -1};
            continue;
        }
        const std::int64_t elapsed = nowMs - window.atMs;
        if (elapsed >= kWindowMs) {
            window.rate = static_cast<double>(count - window.count) * 1000.0 / static_cast<double>(elapsed);
            window.count = count;
            window.atMs = nowMs;
        }
    }
    std::erase_if(m_windows, [&seen](const auto& entry) { return !seen.contains(entry.first); });
}

double SourceRates::rateOf(const std::string& id) const
{
    const auto it = m_windows.find(id);
    return it != m_windows.end() ? it->second.rate : -1;
}

}  // namespace sluice::ui
