// SPDX-License-Identifier: Apache-2.0
#include "rollup/TopDenied.h"

#include <algorithm>

namespace sluice::engine {

TopDenied::TopDenied() : m_entries(kCapacity)
{
    // Keys are at most 255 bytes: with room reserved up front, taking over an entry never allocates.
    for (auto& e : m_entries) {
        e.key.reserve(256);
    }
}

std::uint8_t TopDenied::take(std::uint32_t record, std::string_view key, std::uint64_t count, std::uint32_t& displaced)
{
    std::size_t slot = 0;
    if (m_used < kCapacity) {
        slot = m_used++;
    } else {
        slot = m_minSlot;
        displaced = m_entries[slot].record;
        if (displaced == kNoRecord) {
            --m_unlinked;
        }
    }
    Entry& e = m_entries[slot];
    e.key.assign(key);
    e.count = count;
    e.record = record;
    findMin();
    return static_cast<std::uint8_t>(slot);
}

void TopDenied::findMin()
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < m_used; ++i) {
        if (m_entries[i].count < m_entries[best].count) {
            best = i;
        }
    }
    m_minSlot = static_cast<std::uint8_t>(best);
    m_minCount = m_used == 0 ? 0 : m_entries[best].count;
}

std::uint8_t TopDenied::relink(std::uint32_t record, std::string_view key, std::uint64_t& count)
{
    if (m_unlinked == 0) {
        return kNoSlot;
    }
    for (std::size_t i = 0; i < m_used; ++i) {
        if (m_entries[i].record == kNoRecord && m_entries[i].key == key) {
            m_entries[i].record = record;
            --m_unlinked;
            count = m_entries[i].count;
            return static_cast<std::uint8_t>(i);
        }
    }
    return kNoSlot;
}

void TopDenied::top(std::size_t n, std::vector<TopDeniedEntry>& out) const
{
    std::vector<const Entry*> order;
    order.reserve(m_used);
    for (std::size_t i = 0; i < m_used; ++i) {
        order.push_back(&m_entries[i]);
    }
    std::sort(order.begin(), order.end(), [](const Entry* a, const Entry* b) {
        return a->count != b->count ? a->count > b->count : a->key < b->key;
    });
    out.clear();
    for (std::size_t i = 0; i < order.size() && i < n; ++i) {
        out.push_back(TopDeniedEntry{order[i]->key, order[i]->count});
    }
}

}  // namespace sluice::engine
