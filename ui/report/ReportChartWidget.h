// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"

#include <QWidget>

namespace sluice::ui {

// A report chart on screen, drawn by the same painter as the PDF and HTML: what the Reports page shows is what
// the file will hold.
class ReportChartWidget final : public QWidget {
    Q_OBJECT

public:
    explicit ReportChartWidget(QWidget* parent = nullptr);
    void setChart(ReportChart chart);
    const ReportChart& chart() const { return m_chart; }
    QSize sizeHint() const override { return {480, 220}; }
    QSize minimumSizeHint() const override { return {260, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ReportChart m_chart;
};

}  // namespace sluice::ui
