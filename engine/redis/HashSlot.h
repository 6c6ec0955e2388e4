// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string_view>

namespace sluice::engine::redis {

inline constexpr std::uint16_t kHashSlots = 16384;

// The Redis Cluster hash slot of a key: CRC16 (XMODEM) of the key, or of its hash tag (the text between the
// first '{' and the first '}' after it, when that text is not empty), modulo 16384. Keys that must live on
// one node share a tag.
std::uint16_t hashSlot(std::string_view key);

}  // namespace sluice::engine::redis
