// SPDX-License-Identifier: Apache-2.0
#include "keys/KeyTable.h"

#include <cstring>

namespace sluice::engine {

namespace {
constexpr std::size_t kInitialSlots = 1024;

std::uint64_t arenaOffsetOf(const KeyRecord& r)
{
    std::uint64_t offset = 0;
    std::memcpy(&offset, r.key, sizeof offset);
    return offset;
}
}  // namespace

KeyTable::KeyTable() : m_slots(emptySlots(kInitialSlots)), m_mask(kInitialSlots - 1) {}

HugePageArray<KeyTable::Slot> KeyTable::emptySlots(std::size_t count)
{
    return HugePageArray<Slot>(count);  // fresh anonymous memory is zeroed: every slot starts empty
}

std::uint32_t KeyTable::find(std::string_view key, std::uint64_t hash) const
{
    const std::uint32_t fp = fingerprintOf(hash);
    for (std::uint64_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot& s = m_slots[i];
        if (s.indexPlusOne == 0) {
            return kNone;
        }
        if (s.fingerprint == fp && matches(s.indexPlusOne - 1, key)) {
            return s.indexPlusOne - 1;
        }
    }
}

std::uint32_t KeyTable::allocateRecord()
{
    if (!m_free.empty()) {
        const std::uint32_t index = m_free.back();
        m_free.pop_back();
        return index;
    }
    if ((m_highWater >> kChunkShift) >= m_chunks.size()) {
        m_chunks.emplace_back(kChunkSize);
    }
    return m_highWater++;
}

void KeyTable::placeInIndex(std::uint64_t hash, std::uint32_t index)
{
    std::uint64_t i = hash & m_mask;
    while (m_slots[i].indexPlusOne != 0) {
        i = (i + 1) & m_mask;
    }
    m_slots[i] = Slot{fingerprintOf(hash), index + 1};
}

std::uint32_t KeyTable::insert(std::string_view key, std::uint64_t hash)
{
    if ((m_size + 1) * 10 > m_slots.size() * 7) {
        growIndex();
    }
    const std::uint32_t index = allocateRecord();
    KeyRecord& r = recordAt(index);
    r = KeyRecord{};
    r.keyLen = static_cast<std::uint8_t>(key.size());
    if (key.size() <= KeyRecord::kInlineKeyBytes) {
        std::memcpy(r.key, key.data(), key.size());
    } else {
        const std::uint64_t offset = m_arena.size();
        m_arena.insert(m_arena.end(), key.begin(), key.end());
        std::memcpy(r.key, &offset, sizeof offset);
    }
    r.flags = KeyRecord::kLive;
    r.topSlot = KeyRecord::kNoTopSlot;
    placeInIndex(hash, index);
    ++m_size;
    return index;
}

void KeyTable::erase(std::uint32_t index)
{
    KeyRecord& r = recordAt(index);
    const std::uint64_t h = hash(keyOf(index));
    std::uint64_t hole = h & m_mask;
    while (m_slots[hole].indexPlusOne != index + 1) {
        hole = (hole + 1) & m_mask;
    }
    // Backward-shift deletion keeps probe chains intact without tombstones.
    for (std::uint64_t j = (hole + 1) & m_mask; m_slots[j].indexPlusOne != 0; j = (j + 1) & m_mask) {
        const std::uint64_t home = hash(keyOf(m_slots[j].indexPlusOne - 1)) & m_mask;
        if (((j - home) & m_mask) >= ((j - hole) & m_mask)) {
            m_slots[hole] = m_slots[j];
            hole = j;
        }
    }
    m_slots[hole] = Slot{0, 0};
    if (r.keyLen > KeyRecord::kInlineKeyBytes) {
        m_arenaGarbage += r.keyLen;
    }
    r.flags = 0;
    m_free.push_back(index);
    --m_size;
    if (m_arenaGarbage > 4096 && m_arenaGarbage * 2 > m_arena.size()) {
        compactArena();
    }
}

void KeyTable::growIndex()
{
    HugePageArray<Slot> old = std::move(m_slots);
    m_slots = emptySlots(old.size() * 2);
    m_mask = m_slots.size() - 1;
    for (std::size_t i = 0; i < old.size(); ++i) {
        const Slot& s = old[i];
        if (s.indexPlusOne != 0) {
            placeInIndex(hash(keyOf(s.indexPlusOne - 1)), s.indexPlusOne - 1);
        }
    }
}

void KeyTable::compactArena()
{
    std::vector<char> fresh;
    fresh.reserve(m_arena.size() - m_arenaGarbage);
    for (std::uint32_t i = 0; i < m_highWater; ++i) {
        KeyRecord& r = recordAt(i);
        if ((r.flags & KeyRecord::kLive) != 0 && r.keyLen > KeyRecord::kInlineKeyBytes) {
            const std::uint64_t offset = fresh.size();
            const char* from = m_arena.data() + arenaOffsetOf(r);
            fresh.insert(fresh.end(), from, from + r.keyLen);
            std::memcpy(r.key, &offset, sizeof offset);
        }
    }
    m_arena = std::move(fresh);
    m_arenaGarbage = 0;
}

std::size_t KeyTable::memoryBytes() const
{
    return m_slots.memoryBytes() + m_chunks.size() * kChunkSize * sizeof(KeyRecord) + m_arena.capacity() +
           m_free.capacity() * sizeof(std::uint32_t);
}

}  // namespace sluice::engine
