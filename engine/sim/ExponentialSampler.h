// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/Random.h"

#include <array>
#include <cstdint>

namespace sluice::engine::sim {

// Exponential variates with mean 1 by Marsaglia & Tsang's ziggurat (2000): 99 % of draws cost one random
// number, a table look-up, a multiplication and a comparison, where -log(u) costs a libm call per request.
// The low 8 bits of the random number choose the layer and the high 53 bits the position, so they are
// independent.
class ExponentialSampler final {
public:
    ExponentialSampler();

    double operator()(Random& rng) const
    {
        const std::uint64_t r = rng.next();
        const std::size_t layer = r & 0xFF;
        const std::uint64_t u = r >> 11;
        if (u < m_k[layer]) {
            return static_cast<double>(u) * m_w[layer];
        }
        // The slow path gets a copy: passing `rng` itself to an out-of-line call would make the caller keep
        // the generator in memory instead of a register for its whole loop.
        Random copy = rng;
        const double x = slow(copy, layer, u);
        rng = copy;
        return x;
    }

private:
    static constexpr int kLayers = 256;

    double slow(Random& rng, std::size_t layer, std::uint64_t u) const;

    std::array<std::uint64_t, kLayers> m_k{};  // u below this: inside the layer's rectangle
    std::array<double, kLayers> m_w{};         // u -> x
    std::array<double, kLayers> m_f{};         // exp(-x) at the layer's right edge
};

}  // namespace sluice::engine::sim
