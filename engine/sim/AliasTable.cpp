// SPDX-License-Identifier: Apache-2.0
#include "sim/AliasTable.h"

namespace sluice::engine::sim {

namespace {
constexpr double kTwoPow32 = 4294967296.0;
}

void AliasTable::build(std::span<const double> weights)
{
    m_size = static_cast<std::uint32_t>(weights.size());
    m_entries.assign(weights.size(), Entry{0xFFFFFFFFU, 0});
    double total = 0;
    for (double w : weights) {
        total += w;
    }
    m_scaled.resize(weights.size());
    m_small.clear();
    m_large.clear();
    for (std::uint32_t i = 0; i < m_size; ++i) {
        m_scaled[i] = weights[i] * m_size / total;
        (m_scaled[i] < 1.0 ? m_small : m_large).push_back(i);
    }
    while (!m_small.empty() && !m_large.empty()) {
        const std::uint32_t s = m_small.back();
        const std::uint32_t l = m_large.back();
        m_small.pop_back();
        m_entries[s] = Entry{static_cast<std::uint32_t>(m_scaled[s] * kTwoPow32), l};
        m_scaled[l] -= 1.0 - m_scaled[s];
        if (m_scaled[l] < 1.0) {
            m_large.pop_back();
            m_small.push_back(l);
        }
    }
    // What is left is 1 up to rounding: such a column always keeps itself.
    for (std::uint32_t i : m_small) {
        m_entries[i] = Entry{0xFFFFFFFFU, i};
    }
    for (std::uint32_t i : m_large) {
        m_entries[i] = Entry{0xFFFFFFFFU, i};
    }
}

}  // namespace sluice::engine::sim
