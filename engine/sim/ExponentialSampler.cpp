// SPDX-License-Identifier: Apache-2.0
#include "sim/ExponentialSampler.h"

#include <cmath>

namespace sluice::engine::sim {

namespace {
constexpr double kScale = 9007199254740992.0;   // 2^53, the range of u
constexpr double kRight = 7.697117470131487;    // right edge of the base layer for 256 layers
constexpr double kArea = 3.949659822581572e-3;  // area of every layer
}  // namespace

ExponentialSampler::ExponentialSampler()
{
    // Marsaglia & Tsang, "The Ziggurat Method for Generating Random Variables", section on the exponential.
    double d = kRight;
    double t = d;
    const double q = kArea / std::exp(-d);
    m_k[0] = static_cast<std::uint64_t>((d / q) * kScale);
    m_k[1] = 0;
    m_w[0] = q / kScale;
    m_w[kLayers - 1] = d / kScale;
    m_f[0] = 1.0;
    m_f[kLayers - 1] = std::exp(-d);
    for (int i = kLayers - 2; i >= 1; --i) {
        d = -std::log(kArea / d + std::exp(-d));
        m_k[i + 1] = static_cast<std::uint64_t>((d / t) * kScale);
        t = d;
        m_f[i] = std::exp(-d);
        m_w[i] = d / kScale;
    }
}

double ExponentialSampler::slow(Random& rng, std::size_t layer, std::uint64_t u) const
{
    for (;;) {
        if (layer == 0) {
            return kRight - std::log(rng.unitOpen());  // the tail is exponential again, shifted
        }
        const double x = static_cast<double>(u) * m_w[layer];
        if (m_f[layer] + rng.unitOpen() * (m_f[layer - 1] - m_f[layer]) < std::exp(-x)) {
            return x;
        }
        const std::uint64_t r = rng.next();
        layer = r & 0xFF;
        u = r >> 11;
        if (u < m_k[layer]) {
            return static_cast<double>(u) * m_w[layer];
        }
    }
}

}  // namespace sluice::engine::sim
