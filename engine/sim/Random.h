// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace sluice::engine::sim {

// SplitMix64's finaliser (Steele, Lea & Flood 2014): a strong 64-bit mix, used to seed generators and to derive per-key
// attributes (address, country) from the key number without storing them.
constexpr std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The simulator's random numbers: wyrand (Wang Yi, 2019): SplitMix64's Weyl-sequence state with a cheaper
// output function (one 64 x 64 -> 128-bit multiply). The state is one word, the only dependency between draws
// is an addition, it passes BigCrush and PractRand, and its output sequence is fixed on every platform (unlike
// <random>'s distributions). One word also stays in a register in the simulator's loop.
class Random final {
public:
    explicit Random(std::uint64_t seed) : m_state(mix64(seed)) {}

    std::uint64_t next()
    {
        __extension__ using Wide = unsigned __int128;  // GCC and Clang; __extension__ keeps -Wpedantic quiet
        m_state += 0xA0761D6478BD642FULL;
        const Wide product = static_cast<Wide>(m_state) * (m_state ^ 0xE7037ED1A0B428DBULL);
        return static_cast<std::uint64_t>(product >> 64) ^ static_cast<std::uint64_t>(product);
    }

    // Uniform in (0, 1]: never 0, so its logarithm is finite.
    double unitOpen() { return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53; }

    // Uniform in [0, n) without division: the high half of a 32 x 32-bit product.
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32); }

private:
    std::uint64_t m_state;
};

}  // namespace sluice::engine::sim
