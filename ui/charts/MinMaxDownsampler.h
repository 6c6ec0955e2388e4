// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>

#include <span>
#include <utility>
#include <vector>

namespace sluice::ui {

// Reduces series that share their x values to at most `maxPoints` points each, keeping spikes visible: the
// samples are cut into maxPoints / 2 equal groups and each group keeps its minimum and maximum. All layers
// emit the same x values, in the order in which the `leader` layer reached its extremes, so cumulative
// (stacked) layers stay stacked: each layer's minimum is no more than the next one's, and so is its maximum.
// Series that already fit are returned as they are. `xs` may be a slice of the layers' samples that starts
// at index `first` (see visibleSlice).
std::vector<QList<QPointF>> downsampleMinMax(std::span<const double> xs, std::span<const std::vector<double>> layers,
                                             std::size_t leader, int maxPoints, std::size_t first = 0);

// The indices [begin, end) of the ascending `xs` that draw the window [fromX, toX]: those inside it and one
// neighbour on each side, so that lines run on to the window's edges.
std::pair<std::size_t, std::size_t> visibleSlice(std::span<const double> xs, double fromX, double toX);

}  // namespace sluice::ui
