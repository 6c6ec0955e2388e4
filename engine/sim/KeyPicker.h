// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/AliasTable.h"
#include "sim/Random.h"

#include <cstdint>
#include <span>
#include <vector>

namespace sluice::engine::sim {

// Picks key numbers 0..n-1 in proportion to per-key rates, in O(1). A small population gets an alias table
// over its keys. A large one would need ~800 KB for 100,000 keys, and one random column per request misses
// the cache every time; instead its keys are grouped into levels of nearly equal rate (log-spaced, about 1 %
// wide for a lognormal population), an alias table over the levels (a few KB) picks the level by its exact
// total rate, and a uniform draw picks the key inside it. Keys are ranked by level and the rank is mapped to
// the key number by a fixed permutation, so key numbers do not reveal the rates.
class KeyPicker final {
public:
    static constexpr std::uint32_t kLevels = 1024;

    KeyPicker() = default;
    // Every key equally likely.
    void setUniform(std::uint32_t keys);
    // Key i (or, for a large population, some key of the same level) with probability rates[i] / sum.
    // Rates must not all be zero.
    void setRates(std::span<const double> rates);

    std::uint32_t pick(Random& rng) const
    {
        switch (m_mode) {
        case Mode::Uniform:
            return rng.below(m_keys);
        case Mode::Direct:
            return m_pick.pick(rng.next());
        case Mode::Levels:
            break;
        }
        const Level& level = m_levels[m_pick.pick(rng.next())];
        const std::uint64_t rank = level.first + rng.below(level.count);
        return static_cast<std::uint32_t>((rank * m_multiplier + m_offset) % m_keys);
    }

    std::uint32_t keys() const { return m_keys; }

private:
    enum class Mode : std::uint8_t { Uniform, Direct, Levels };
    struct Level {
        std::uint32_t first;  // rank of the level's first key
        std::uint32_t count;
    };

    Mode m_mode = Mode::Uniform;
    std::uint32_t m_keys = 0;
    AliasTable m_pick;               // over keys (Direct) or levels (Levels)
    std::vector<Level> m_levels;     // only the levels that hold keys
    std::uint64_t m_multiplier = 1;  // coprime with m_keys: rank -> (rank * m + offset) mod n is a bijection
    std::uint64_t m_offset = 0;
};

}  // namespace sluice::engine::sim
