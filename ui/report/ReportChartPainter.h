// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"

#include <QRectF>

class QPainter;

namespace sluice::ui {

// Draws a report chart with QPainter, so the same strokes become PDF vectors (QPdfWriter), inline SVG
// (QSvgGenerator) or a widget on the Reports page. Sizes are in points; `unit` is the device's units per point.
class ReportChartPainter final {
public:
    ReportChartPainter(QPainter& painter, const QLocale& locale, double unit);

    void paint(const ReportChart& chart, const QRectF& area);

    // A round upper bound for an axis whose largest value is `max`, and the step between its grid lines.
    static void niceAxis(double max, double& top, double& step);
    // An axis label: whole numbers with the locale's grouping, large ones shortened (1.2 M).
    static QString axisLabel(double value, const QLocale& locale);

private:
    QRectF paintFrame(const ReportChart& chart, const QRectF& area, double top, double step);
    void paintLines(const ReportChart& chart, const QRectF& plot, double top);
    void paintBars(const ReportChart& chart, const QRectF& plot, double top);
    double pt(double points) const { return points * m_unit; }

    QPainter& m_painter;
    QLocale m_locale;
    double m_unit;
};

}  // namespace sluice::ui
