// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sluice::engine {

// Vip orders by the VIP tier's multiplier (keys without one count as 0), then by key.
enum class KeySort : std::uint8_t { Key, Score, Allowed, Denied, LastSeen, Vip };

// One page of the active keys, filtered and sorted, so a table of a million keys is fetched a page at a time.
struct KeyQuery {
    std::string contains;                // substring of the key; empty matches all
    std::optional<ReputationTier> tier;  // only keys of this tier
    KeySort sort = KeySort::Score;
    bool descending = false;
    std::size_t offset = 0;
    std::size_t limit = 100;
};

struct KeyRow {
    std::string key;
    float score = 50.0F;
    ReputationTier tier = ReputationTier::Standard;
    std::string vipTier;
    std::uint32_t allowed = 0;
    std::uint32_t denied = 0;
    TimeNs lastSeen = 0;
};

struct KeyPage {
    std::uint64_t totalMatching = 0;
    std::size_t offset = 0;
    std::vector<KeyRow> rows;
};

}  // namespace sluice::engine
