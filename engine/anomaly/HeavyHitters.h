// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace sluice::engine {
class KeyTable;
}

namespace sluice::engine::anomaly {

// The keys with the most requests in one sample, without a per-key counter: a count-min sketch of two rows
// with conservative update counts every key, and a key whose estimate reaches the threshold becomes one of a
// fixed number of candidates. With conservative update a key's estimate grows by exactly one per request, so
// it meets the threshold exactly once per sample: the decision path tests one equality and touches two
// counters. An estimate can only be too high, by the requests of keys sharing both counters. The sketch is
// blocked: a key's two counters (one in each half of a cache line) share one line, so a request costs one
// cache line, and the whole sketch is 8 KiB of 16-bit counters (saturating: a key's estimate stops at 65,535).
// Only one request in kSampleEvery reaches the sketch: it only chooses the candidates, whose requests are then
// counted exactly on their own key records (settle), and a key heavy enough to matter is chosen all the same;
// the decision path saves three sketch lines in four.
class HeavyHitters final {
public:
    static constexpr std::uint32_t kSampleEvery = 4;  // a power of two
    static constexpr std::uint32_t kMinSampled = 8;   // the lowest threshold, in sampled requests
    static constexpr std::uint32_t kLines = 128;
    static constexpr std::uint32_t kHalf = 16;               // counters per row in a line
    static constexpr std::uint32_t kWidth = kLines * kHalf;  // counters per row
    static constexpr std::uint32_t kMaxThreshold = 0xFFFF;
    static constexpr std::uint32_t kCandidates = 64;
    static constexpr std::uint32_t kNoIndex = 0xFFFFFFFFU;

    struct Candidate {
        std::uint64_t hash = 0;
        std::uint32_t index = kNoIndex;  // the key's slot in the key table when it was counted
        std::uint16_t route = 0;         // the route policy and country of the request that made it a candidate
        std::uint16_t country = 0;
        std::uint32_t totalAtAdmit = 0;  // the key's requests since it entered the table, with the admitting one
        std::uint32_t requests = 0;      // in the sample, at most threshold - 1 too many (see settle)
    };

    // `total`: the key's requests since it entered the key table, this one included (KeyRecord allowed + denied).
    void count(std::uint64_t hash, std::uint32_t index, std::uint16_t route, std::uint16_t country, std::uint32_t total)
    {
        if ((++m_tick & (kSampleEvery - 1)) != 0) {
            return;
        }
        Line& line = m_lines[hash & (kLines - 1)];
        std::uint16_t& a = line[(hash >> 7) & (kHalf - 1)];
        std::uint16_t& b = line[kHalf + ((hash >> 11) & (kHalf - 1))];
        const std::uint32_t estimate = std::min(a, b) + 1U;
        // At 65,536 the cast gives 0 and the counters stay where they are.
        a = std::max(a, static_cast<std::uint16_t>(estimate));
        b = std::max(b, static_cast<std::uint16_t>(estimate));
        if (estimate == m_threshold) [[unlikely]] {
            admit(Candidate{hash, index, route, country, total, 0});
        }
    }

    // The line a key's request will touch, asked for ahead of it (the decision loop's pipeline).
    void prefetch(std::uint64_t hash) const { __builtin_prefetch(&m_lines[hash & (kLines - 1)], 1); }

    // In requests (the sampled count, scaled).
    std::uint32_t estimate(std::uint64_t hash) const
    {
        const Line& line = m_lines[hash & (kLines - 1)];
        return kSampleEvery * std::min(line[(hash >> 7) & (kHalf - 1)], line[kHalf + ((hash >> 11) & (kHalf - 1))]);
    }
    std::span<const Candidate> candidates() const { return {m_candidates.data(), m_size}; }
    // In requests: about what a key has had when it becomes a candidate.
    std::uint32_t threshold() const { return kSampleEvery * m_threshold; }
    // At the end of a sample: each candidate's requests, counted exactly on its own key record from the request
    // that admitted it (an estimate can be far too high for a light key that shares its counters with heavy ones,
    // and a light key must never look like a surge). A key that left the table counts 0.
    void settle(const KeyTable& keys);
    // Starts the next sample: requests a key needs in it to become a candidate.
    void reset(std::uint32_t threshold);
    // The key at `index` of the table if it still is the key with `hash`; empty when the slot no longer holds it.
    static std::string_view keyAt(const KeyTable& keys, std::uint32_t index, std::uint64_t hash);
    // Another engine's sketch of the same sample added to this one (saturating), with the higher threshold: each
    // key is counted by one engine alone, so an estimate stays an upper bound of its requests. The candidates stay
    // this sketch's own.
    void addSketch(const HeavyHitters& other);

private:
    // Rare (once per key and sample, for keys at the threshold): takes a free place, or the one of the
    // candidate with the fewest requests so far.
    [[gnu::noinline]] void admit(const Candidate& candidate);

    using Line = std::array<std::uint16_t, 2 * kHalf>;
    static_assert(sizeof(Line) == 64);
    std::uint32_t m_threshold = 4;  // in sampled requests; first: read with the tick on every request
    std::uint32_t m_tick = 0;
    std::uint32_t m_size = 0;
    alignas(64) std::array<Line, kLines> m_lines{};
    std::array<Candidate, kCandidates> m_candidates{};
};

}  // namespace sluice::engine::anomaly
