// SPDX-License-Identifier: Apache-2.0
#include "charts/MinMaxDownsampler.h"

#include <algorithm>

namespace sluice::ui {

std::vector<QList<QPointF>> downsampleMinMax(std::span<const double> xs, std::span<const std::vector<double>> layers,
                                             std::size_t leader, int maxPoints, std::size_t first)
{
    const std::size_t n = xs.size();
    std::vector<QList<QPointF>> out(layers.size());
    if (n <= static_cast<std::size_t>(std::max(maxPoints, 2))) {
        for (std::size_t l = 0; l < layers.size(); ++l) {
            out[l].reserve(static_cast<qsizetype>(n));
            for (std::size_t i = 0; i < n; ++i) {
                out[l].append(QPointF(xs[i], layers[l][first + i]));
            }
        }
        return out;
    }
    const std::size_t groups = static_cast<std::size_t>(std::max(maxPoints, 2)) / 2;
    for (auto& points : out) {
        points.reserve(static_cast<qsizetype>(groups * 2));
    }
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = g * n / groups;
        const std::size_t end = (g + 1) * n / groups;
        const auto at = [first](std::size_t i) { return static_cast<std::ptrdiff_t>(first + i); };
        const std::vector<double>& lead = layers[leader];
        const auto [lo, hi] = std::minmax_element(lead.begin() + at(begin), lead.begin() + at(end));
        const bool minFirst = lo <= hi;
        const double xFirst = xs[begin];
        const double xLast = xs[end - 1];
        for (std::size_t l = 0; l < layers.size(); ++l) {
            const auto [layerLo, layerHi] =
                std::minmax_element(layers[l].begin() + at(begin), layers[l].begin() + at(end));
            out[l].append(QPointF(xFirst, minFirst ? *layerLo : *layerHi));
            out[l].append(QPointF(xLast, minFirst ? *layerHi : *layerLo));
        }
    }
    return out;
}

std::pair<std::size_t, std::size_t> visibleSlice(std::span<const double> xs, double fromX, double toX)
{
    auto begin = static_cast<std::size_t>(std::lower_bound(xs.begin(), xs.end(), fromX) - xs.begin());
    auto end = static_cast<std::size_t>(std::upper_bound(xs.begin(), xs.end(), toX) - xs.begin());
    begin = begin > 0 ? begin - 1 : 0;
    end = std::min(end + 1, xs.size());
    return {begin, std::max(begin, end)};
}

}  // namespace sluice::ui
