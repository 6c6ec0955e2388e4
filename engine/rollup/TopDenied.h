// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine {

struct TopDeniedEntry {
    std::string key;
    std::uint64_t denied = 0;
};

// The most-denied keys. Each key's record already counts its denials exactly, so this only has to keep the
// largest of those counts: a key outside the list costs one comparison with the smallest count held, and
// the list changes only when a key overtakes it. Fixed size, so a flood of new keys costs no memory.
class TopDenied final {
public:
    static constexpr std::size_t kCapacity = 64;
    static constexpr std::uint32_t kNoRecord = 0xFFFFFFFFU;
    static constexpr std::uint8_t kNoSlot = 0xFF;

    TopDenied();

    // The key's denial count is now `count`. `slot` is its cached position (kNoSlot when it has none);
    // returns the new one. When it takes over a place, `displaced` names the record that held it.
    std::uint8_t update(std::uint8_t slot, std::uint32_t record, std::string_view key, std::uint64_t count,
                        std::uint32_t& displaced)
    {
        displaced = kNoRecord;
        if (slot != kNoSlot) {
            m_entries[slot].count = count;
            if (slot == m_minSlot) {
                findMin();
            }
            return slot;
        }
        if (m_used == kCapacity && count <= m_minCount) {
            return kNoSlot;
        }
        return take(record, key, count, displaced);
    }

    // The record left the table: its entry stays, unlinked, until overtaken.
    void unlink(std::uint8_t slot)
    {
        m_entries[slot].record = kNoRecord;
        ++m_unlinked;
    }
    // A key came back as a new record: reattach its entry, if it still has one, and give back its count.
    std::uint8_t relink(std::uint32_t record, std::string_view key, std::uint64_t& count);

    void top(std::size_t n, std::vector<TopDeniedEntry>& out) const;

private:
    struct Entry {
        std::string key;
        std::uint64_t count = 0;
        std::uint32_t record = kNoRecord;
    };
    std::uint8_t take(std::uint32_t record, std::string_view key, std::uint64_t count, std::uint32_t& displaced);
    void findMin();

    std::vector<Entry> m_entries;
    std::size_t m_used = 0;
    std::uint8_t m_minSlot = 0;
    std::uint64_t m_minCount = 0;
    std::size_t m_unlinked = 0;
};

}  // namespace sluice::engine
