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
    const auto consider = [&](std::uint64_t hash, std::uint32_t index, int r, int c, std::uint32_t requests) {
        if ((route == kAny || route == r) && (country == kAny || country == c) && requests > 0) {
            entries.push_back(Entry{hash, index, requests});
        }
    };
    if (!newOnly) {
        for (const auto& c : heavy.candidates()) {
            consider(c.hash, c.index, c.route, c.country, c.requests);
        }
    }
    // A key new in this sample has had all its requests in it.
    for (const auto& k : m_tally.newKeySample()) {
        consider(k.hash, k.index, k.route, k.country, liveTotal(k.index, k.hash));
    }
    // A key can be both a candidate and new, with two counts: keep it once, with the larger.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.requests > b.requests;
    });
    entries.erase(
        std::unique(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.hash == b.hash; }),
        entries.end());
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.requests != b.requests ? a.requests > b.requests : a.hash < b.hash;
    });
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

std::uint32_t AffectedKeys::liveTotal(std::uint32_t index, std::uint64_t hash) const
{
    if (keyAt(index, hash).empty()) {
        return 0;
    }
    const KeyRecord& r = m_keys.record(index);
    return r.allowed + r.denied;
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
