// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace sluice::engine::sim {

// Walker's alias method (Vose's construction): a weighted choice among n items in O(1) from one 64-bit random
// number, whatever n is. The simulator uses it per request for keys, routes and traffic sources.
class AliasTable final {
public:
    AliasTable() = default;
    explicit AliasTable(std::span<const double> weights) { build(weights); }

    // Reuses the table's storage, so rebuilding it for every second of virtual time does not allocate.
    // Weights must be non-negative with a positive sum.
    void build(std::span<const double> weights);

    // The high 32 bits pick a column, the low 32 bits decide between it and its alias.
    std::uint32_t pick(std::uint64_t random) const
    {
        const auto column = static_cast<std::uint32_t>(((random >> 32) * m_size) >> 32);
        const Entry e = m_entries[column];
        return static_cast<std::uint32_t>(random) < e.threshold ? column : e.alias;
    }

    std::uint32_t size() const { return m_size; }

private:
    struct Entry {
        std::uint32_t threshold;  // probability of keeping the column, in units of 2^-32
        std::uint32_t alias;
    };

    std::vector<Entry> m_entries;
    std::vector<double> m_scaled;
    std::vector<std::uint32_t> m_small;
    std::vector<std::uint32_t> m_large;
    std::uint32_t m_size = 0;
};

}  // namespace sluice::engine::sim
