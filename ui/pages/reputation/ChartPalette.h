// SPDX-License-Identifier: Apache-2.0
#pragma once

class QChart;
class QPalette;

namespace sluice::ui {

// Colours a chart from the widget palette (background, text, grid), so it follows light and dark themes.
void applyChartPalette(QChart* chart, const QPalette& palette);

}  // namespace sluice::ui
