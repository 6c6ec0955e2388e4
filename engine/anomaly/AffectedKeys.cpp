// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AffectedKeys.h"

#include "keys/KeyTable.h"

#include <algorithm>

namespace sluice::engine::anomaly {

namespace {
struct Entry {
    std::uint64_t hash;
    std::uint32_t index;
    std::uint32_t requests;
};
}  // namespace

AffectedKeys::List AffectedKeys::top(std::size_t limit, bool newOnly, int route, int country) const
{
    const HeavyHitters& heavy = m_tally.heavy();
    std::vector<Entry> entries;
    const auto consider = [&](std::uint64_t hash, std::uint32_t index, int r, int c) {
        if ((route == kAny || route == r) && (country == kAny || country == c)) {
            entries.push_back(Entry{hash, index, heavy.estimate(hash)});
        }
    };
    if (!newOnly) {
        for (const auto& c : heavy.candidates()) {
            consider(c.hash, c.index, c.route, c.country);
        }
    }
    for (const auto& k : m_tally.newKeySample()) {
        consider(k.hash, k.index, k.route, k.country);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.requests != b.requests ? a.requests > b.requests : a.hash < b.hash;
    });
    entries.erase(
        std::unique(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.hash == b.hash; }),
        entries.end());
    List out;
    for (const Entry& e : entries) {
        if (out.size() >= limit) {
            break;
        }
        if (std::string key = keyAt(e.index, e.hash); !key.empty()) {
            out.emplace_back(std::move(key), e.requests);
        }
    }
    return out;
}

std::string AffectedKeys::keyAt(std::uint32_t index, std::uint64_t hash) const
{
    if (index >= m_keys.highWater() || (m_keys.record(index).flags & KeyRecord::kLive) == 0) {
        return {};
    }
    const std::string_view key = m_keys.keyOf(index);
    return KeyTable::hash(key) == hash ? std::string(key) : std::string();
}

}  // namespace sluice::engine::anomaly
