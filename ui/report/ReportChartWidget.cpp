// SPDX-License-Identifier: Apache-2.0
#include "report/ReportChartWidget.h"

#include "report/ReportChartPainter.h"

#include <QPainter>

namespace sluice::ui {

ReportChartWidget::ReportChartWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ReportChartWidget::setChart(ReportChart chart)
{
    m_chart = std::move(chart);
    setAccessibleName(m_chart.title);
    update();
}

void ReportChartWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    // On white, as on paper: the chart's ink is chosen for it.
    painter.fillRect(rect(), Qt::white);
    if (m_chart.series.isEmpty()) {
        return;
    }
    ReportChartPainter(painter, locale(), logicalDpiY() / 72.0).paint(m_chart, QRectF(rect()).adjusted(8, 6, -8, -6));
}

}  // namespace sluice::ui
