// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

namespace sluice::engine::anomaly {

// The keys with the most requests in one sample, without a per-key counter: a count-min sketch of two rows
// with conservative update counts every key, and a key whose estimate reaches the threshold becomes one of a
// fixed number of candidates. With conservative update a key's estimate grows by exactly one per request, so
// it meets the threshold exactly once per sample: the decision path tests one equality and touches two
// counters. An estimate can only be too high, by the requests of keys sharing both counters.
class HeavyHitters final {
public:
    static constexpr std::uint32_t kWidth = 2048;  // counters per row: 16 KiB for both rows
    static constexpr std::uint32_t kCandidates = 64;
    static constexpr std::uint32_t kNoIndex = 0xFFFFFFFFU;

    struct Candidate {
        std::uint64_t hash = 0;
        std::uint32_t index = kNoIndex;  // the key's slot in the key table when it was counted
        std::uint16_t route = 0;         // the route policy and country of the request that made it a candidate
        std::uint16_t country = 0;
    };

    void count(std::uint64_t hash, std::uint32_t index, std::uint16_t route, std::uint16_t country)
    {
        std::uint32_t& a = m_rows[0][hash & (kWidth - 1)];
        std::uint32_t& b = m_rows[1][(hash >> 32) & (kWidth - 1)];
        const std::uint32_t estimate = std::min(a, b) + 1;
        a = std::max(a, estimate);
        b = std::max(b, estimate);
        if (estimate == m_threshold) [[unlikely]] {
            admit(Candidate{hash, index, route, country});
        }
    }

    std::uint32_t estimate(std::uint64_t hash) const
    {
        return std::min(m_rows[0][hash & (kWidth - 1)], m_rows[1][(hash >> 32) & (kWidth - 1)]);
    }
    std::span<const Candidate> candidates() const { return {m_candidates.data(), m_size}; }
    std::uint32_t threshold() const { return m_threshold; }
    // Starts the next sample: requests a key needs in it to become a candidate.
    void reset(std::uint32_t threshold);

private:
    // Rare (once per key and sample, for keys at the threshold): takes a free place, or the one of the
    // candidate with the fewest requests so far.
    [[gnu::noinline]] void admit(const Candidate& candidate);

    std::array<std::array<std::uint32_t, kWidth>, 2> m_rows{};
    std::array<Candidate, kCandidates> m_candidates{};
    std::uint32_t m_size = 0;
    std::uint32_t m_threshold = 16;
};

}  // namespace sluice::engine::anomaly
