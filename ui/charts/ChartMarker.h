// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace sluice::ui {

// Something an admin did at one moment, drawn on the time charts as a vertical line so that a change in the
// traffic can be lined up with the override, VIP change or setting that caused it.
struct ChartMarker {
    qint64 atMs = 0;  // engine time, Unix milliseconds: the clock every chart's time axis uses
    QString label;    // short, drawn beside the line: "Override: High"
    QString detail;   // the tooltip: who, what, why and the wall-clock time
    QColor color;     // invalid: the chart's default marker colour
};

using ChartMarkers = QList<ChartMarker>;

}  // namespace sluice::ui
