// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace sluice::bench {

// The yardstick for the engine: the simplest honest per-key store, a linear-probing table holding each
// key inline next to one 8-byte value. A lookup hashes the key, probes, compares and bumps the value.
class BaselineTable final {
public:
    explicit BaselineTable(std::size_t expectedKeys);
    std::uint64_t& upsert(std::string_view key);

private:
    struct Slot {
        std::uint64_t hash;
        std::uint64_t value;
        std::uint8_t len;
        char key[31];
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask;
};

}  // namespace sluice::bench
