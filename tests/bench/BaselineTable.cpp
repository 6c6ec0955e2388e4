// SPDX-License-Identifier: Apache-2.0
#include "BaselineTable.h"

#include "keys/KeyTable.h"

#include <bit>
#include <cstring>

namespace sluice::bench {

BaselineTable::BaselineTable(std::size_t expectedKeys)
    : m_slots(std::bit_ceil(expectedKeys * 2), Slot{0, 0, 0, {}}), m_mask(m_slots.size() - 1)
{
}

std::uint64_t& BaselineTable::upsert(std::string_view key)
{
    const std::uint64_t h = engine::KeyTable::hash(key) | 1U;  // 0 marks an empty slot
    for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
        Slot& s = m_slots[i];
        if (s.hash == h && s.len == key.size() && std::memcmp(s.key, key.data(), key.size()) == 0) {
            return s.value;
        }
        if (s.hash == 0) {
            s.hash = h;
            s.len = static_cast<std::uint8_t>(key.size());
            std::memcpy(s.key, key.data(), key.size());
            return s.value;
        }
    }
}

}  // namespace sluice::bench
