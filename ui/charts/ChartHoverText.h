// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace sluice::ui {

// Pieces of a chart tooltip, shared so that every chart words time and values alike.

// The sample whose interval [start, start + length) holds `atSec`, or the nearest one at either end.
std::optional<std::size_t> sampleAt(const std::vector<double>& startSec, const std::vector<double>& lengthSec,
                                    double atSec);
// Of the samples that overlap [fromSec, toSec] (what lies under one pixel), the one with the highest
// `value`, so that a spike drawn on the chart can be read where it is drawn; sampleAt(the middle) when none do.
std::optional<std::size_t> busiestSampleIn(const std::vector<double>& startSec, const std::vector<double>& lengthSec,
                                           const std::vector<double>& value, double fromSec, double toSec);
// The sample's time in the console's format: one moment for a second, "from – to" for a longer interval.
QString sampleTime(double startSec, double lengthSec);
// A rate with the decimals a small value needs and no trailing zeros: "0.25/s", "3/s", "12.5/s", "63,412/s".
QString exactRate(double perSecond);

}  // namespace sluice::ui
