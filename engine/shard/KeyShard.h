// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keys/KeyTable.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace sluice::engine {

// The shard a key belongs to among `shards`, from the key's hash (KeyTable::hash of the key as the table keeps
// it). The table places a key by the hash's low bits, so the shard is taken from the high ones (scaled into
// [0, shards) by a multiply rather than a division): every shard's table still spreads its keys over all its
// slots. The table's fingerprints lose log2(shards) bits of their 32, too few to matter.
inline std::uint32_t shardOfHash(std::uint64_t hash, std::uint32_t shards)
{
    return static_cast<std::uint32_t>(((hash >> 32) * shards) >> 32);
}

inline std::uint32_t shardOfKey(std::string_view key, std::uint32_t shards)
{
    if (shards <= 1) {
        return 0;
    }
    return shardOfHash(KeyTable::hash(key.substr(0, std::min(key.size(), KeyTable::kMaxKeyBytes))), shards);
}

}  // namespace sluice::engine
