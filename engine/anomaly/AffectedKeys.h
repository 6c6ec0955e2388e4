// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/TrafficTally.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine {
class KeyTable;
}

namespace sluice::engine::anomaly {

// The keys behind a sample, for a finding: the heavy-hitter candidates and a uniform choice of the sample's new
// keys, with their requests in the sample counted exactly on their key records, looked up in the key table when a
// finding needs them. A key no longer in the table is left out.
class AffectedKeys final {
public:
    static constexpr int kAny = -1;
    using List = std::vector<std::pair<std::string, std::uint64_t>>;

    AffectedKeys(const TrafficTally& tally, const KeyTable& keys) : m_tally(tally), m_keys(keys) {}

    // Most requests first, at most `limit`; only keys whose counted request was on `route` / from `country`
    // when those are given; only new keys when `newOnly`.
    List top(std::size_t limit, bool newOnly = false, int route = kAny, int country = kAny) const;
    // The key at `index` if it still is the key with `hash`; empty otherwise.
    std::string keyAt(std::uint32_t index, std::uint64_t hash) const;
    // The key's requests since it entered the table; 0 when the slot no longer holds it.
    std::uint32_t liveTotal(std::uint32_t index, std::uint64_t hash) const;

private:
    const TrafficTally& m_tally;
    const KeyTable& m_keys;
};

}  // namespace sluice::engine::anomaly
