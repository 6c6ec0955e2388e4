// SPDX-License-Identifier: Apache-2.0
#include "sim/KeyPicker.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sluice::engine::sim {

void KeyPicker::setUniform(std::uint32_t keys)
{
    m_keys = keys;
    m_mode = Mode::Uniform;
}

void KeyPicker::setRates(std::span<const double> rates)
{
    m_keys = static_cast<std::uint32_t>(rates.size());
    if (m_keys <= kLevels) {
        m_mode = Mode::Direct;
        m_pick.build(rates);
        return;
    }
    m_mode = Mode::Levels;
    double lo = 0;
    double hi = 0;
    for (double r : rates) {
        if (r > 0) {
            lo = lo == 0 ? r : std::min(lo, r);
            hi = std::max(hi, r);
        }
    }
    // Level of each key by its log rate; keys with rate 0 get a level of weight 0 and are never picked.
    const double span = std::log(hi / lo);
    std::vector<std::uint32_t> count(kLevels + 1, 0);
    std::vector<double> weight(kLevels + 1, 0.0);
    for (std::size_t i = 0; i < rates.size(); ++i) {
        std::uint32_t level = kLevels;  // the zero-rate level
        if (rates[i] > 0) {
            const double x = span > 0 ? std::log(rates[i] / lo) / span : 0.0;
            level = std::min(kLevels - 1, static_cast<std::uint32_t>(x * kLevels));
        }
        ++count[level];
        weight[level] += rates[i];
    }
    m_levels.clear();
    std::vector<double> levelWeights;
    std::uint32_t first = 0;
    for (std::uint32_t l = 0; l <= kLevels; ++l) {
        if (count[l] > 0) {
            m_levels.push_back(Level{first, count[l]});
            levelWeights.push_back(weight[l]);
            first += count[l];
        }
    }
    m_pick.build(levelWeights);

    // A multiplier near n x golden ratio spreads neighbouring ranks across the key space.
    const std::uint64_t n = m_keys;
    m_multiplier = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(static_cast<double>(n) * 0.6180339887));
    while (std::gcd(m_multiplier, n) != 1) {
        ++m_multiplier;
    }
    m_offset = n / 3;
}

}  // namespace sluice::engine::sim
