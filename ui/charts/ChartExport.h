// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QChartView;
class QWidget;

namespace sluice::ui {

enum class ChartImageFormat { Png, Svg };

// Writes what `view` shows to `path`: a PNG at the screen's pixel density, or an SVG whose lines and text
// stay sharp at any size. Returns false when the file could not be written.
bool saveChartImage(QChartView* view, const QString& path, ChartImageFormat format);

// Asks for a file name in a window-modal dialog that returns at once (the console keeps drawing while it is
// open), then saves the chart there. Failures are reported in a message box.
void askAndSaveChart(QChartView* view, ChartImageFormat format);

}  // namespace sluice::ui
