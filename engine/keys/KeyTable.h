// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keys/HugePageArray.h"
#include "keys/KeyRecord.h"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL  // the hash runs once per request: let it inline into the decision loop
#endif
#include <xxhash.h>

namespace sluice::engine {

// Millions of keys without a heap allocation per key: records live in fixed chunks and never move (an
// index stays valid until the key is erased); a compact open-addressing index maps key hashes to them;
// keys longer than a record can hold live in one shared arena.
class KeyTable final {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFU;
    static constexpr std::size_t kMaxKeyBytes = 255;  // longer keys are cut to this length by the engine

    KeyTable();

    static std::uint64_t hash(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }

    // Pipelined lookup: prefetch the index slot, then pick the first slot with a matching fingerprint
    // (a likely hit, confirmed by matches()), prefetch its record, and only then touch the record.
    void prefetchSlot(std::uint64_t hash) const { __builtin_prefetch(&m_slots[hash & m_mask]); }
    std::uint32_t candidate(std::uint64_t hash) const
    {
        const std::uint32_t fp = fingerprintOf(hash);
        for (std::uint64_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.indexPlusOne == 0) {
                return kNone;
            }
            if (s.fingerprint == fp) {
                return s.indexPlusOne - 1;
            }
        }
    }
    void prefetchRecord(std::uint32_t index) const { __builtin_prefetch(&recordAt(index)); }

    std::uint32_t find(std::string_view key, std::uint64_t hash) const;
    std::uint32_t insert(std::string_view key, std::uint64_t hash);  // the key must be absent
    void erase(std::uint32_t index);

    bool matches(std::uint32_t index, std::string_view key) const
    {
        const KeyRecord& r = recordAt(index);
        if (r.keyLen != key.size()) {
            return false;
        }
        if (key.size() <= KeyRecord::kInlineKeyBytes) {
            return sameShortBytes(r.key, key.data(), key.size());
        }
        return keyOf(index) == key;
    }
    std::string_view keyOf(std::uint32_t index) const
    {
        const KeyRecord& r = recordAt(index);
        if (r.keyLen <= KeyRecord::kInlineKeyBytes) {
            return {r.key, r.keyLen};
        }
        std::uint64_t offset = 0;
        std::memcpy(&offset, r.key, sizeof offset);
        return {m_arena.data() + offset, r.keyLen};
    }
    KeyRecord& record(std::uint32_t index) { return recordAt(index); }
    const KeyRecord& record(std::uint32_t index) const { return recordAt(index); }

    std::size_t size() const { return m_size; }
    std::uint32_t highWater() const { return m_highWater; }  // every live index is below this
    std::size_t memoryBytes() const;

    template <typename Fn>
    void forEachLive(Fn fn) const
    {
        for (std::uint32_t i = 0; i < m_highWater; ++i) {
            const KeyRecord& r = recordAt(i);
            if ((r.flags & KeyRecord::kLive) != 0) {
                fn(i, r);
            }
        }
    }
    template <typename Fn>
    void forEachLive(Fn fn)
    {
        for (std::uint32_t i = 0; i < m_highWater; ++i) {
            KeyRecord& r = recordAt(i);
            if ((r.flags & KeyRecord::kLive) != 0) {
                fn(i, r);
            }
        }
    }

private:
    struct Slot {
        std::uint32_t fingerprint;
        std::uint32_t indexPlusOne;  // 0 = empty
    };
    static constexpr std::uint32_t kChunkShift = 15;  // 32768 records: one 2 MiB huge page
    static constexpr std::uint32_t kChunkSize = 1U << kChunkShift;

    // Equal bytes for n <= 16 without a call: two overlapping loads from each side, all within bounds.
    static bool sameShortBytes(const char* a, const char* b, std::size_t n)
    {
        if (n >= 8) {
            std::uint64_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
            std::memcpy(&a0, a, 8);
            std::memcpy(&b0, b, 8);
            std::memcpy(&a1, a + n - 8, 8);
            std::memcpy(&b1, b + n - 8, 8);
            return ((a0 ^ b0) | (a1 ^ b1)) == 0;
        }
        if (n >= 4) {
            std::uint32_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
            std::memcpy(&a0, a, 4);
            std::memcpy(&b0, b, 4);
            std::memcpy(&a1, a + n - 4, 4);
            std::memcpy(&b1, b + n - 4, 4);
            return ((a0 ^ b0) | (a1 ^ b1)) == 0;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
    static std::uint32_t fingerprintOf(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }
    KeyRecord& recordAt(std::uint32_t index) const { return m_chunks[index >> kChunkShift][index & (kChunkSize - 1)]; }
    static HugePageArray<Slot> emptySlots(std::size_t count);
    std::uint32_t allocateRecord();
    void placeInIndex(std::uint64_t hash, std::uint32_t index);
    void growIndex();
    void compactArena();

    HugePageArray<Slot> m_slots;
    std::uint64_t m_mask = 0;
    std::vector<HugePageArray<KeyRecord>> m_chunks;
    std::vector<std::uint32_t> m_free;
    std::vector<char> m_arena;
    std::size_t m_arenaGarbage = 0;
    std::size_t m_size = 0;
    std::uint32_t m_highWater = 0;
};

}  // namespace sluice::engine
