// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/WhatIfChart.h"

#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace sluice::ui {

// The chart is handed over at construction: QChartView(parent) would make a chart of its own, and setChart()
// releases the old one without deleting it.
WhatIfChart::WhatIfChart(QWidget* parent) : QChartView(new QChart(), parent)
{
    setObjectName(QStringLiteral("whatIfChart"));
    setAccessibleName(tr("Requests denied per second under A and B"));
    setRenderHint(QPainter::Antialiasing);
    QChart* chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString names[] = {tr("Denied A"), tr("Denied B"), tr("Legitimate A"), tr("Legitimate B")};
    // A solid, B dashed; all denials blue, legitimate ones orange (the palette's cost colour).
    const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x6a, 0x00),
                             QColor(0xd6, 0x6a, 0x00)};
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("Minutes from the start"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y = new QValueAxis(chart);
    m_y->setTitleText(tr("per s"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        m_series[i] = new QLineSeries(chart);
        m_series[i]->setName(names[i]);
        QPen pen(colors[i], 2);
        pen.setStyle(i % 2 == 0 ? Qt::SolidLine : Qt::DashLine);
        m_series[i]->setPen(pen);
        chart->addSeries(m_series[i]);
        m_series[i]->attachAxis(m_x);
        m_series[i]->attachAxis(m_y);
    }
    setMinimumHeight(180);
}

void WhatIfChart::clear()
{
    for (QLineSeries* s : m_series) {
        s->clear();
    }
}

int WhatIfChart::pointCount() const { return static_cast<int>(m_series[0]->count()); }

void WhatIfChart::setResult(const engine::whatif::WhatIfResult& result)
{
    const double seconds = static_cast<double>(result.interval) / engine::kNsPerSec;
    double top = 1;
    for (std::size_t s = 0; s < engine::whatif::kSides; ++s) {
        QList<QPointF> denied;
        QList<QPointF> legitimate;
        const auto& timeline = result.sides[s].timeline;
        for (std::size_t i = 0; i < timeline.size(); ++i) {
            const double minute = static_cast<double>(i) * seconds / 60.0;
            const double d = static_cast<double>(timeline[i].denied) / seconds;
            denied.append({minute, d});
            legitimate.append({minute, static_cast<double>(timeline[i].legitimateDenied) / seconds});
            top = std::max(top, d);
        }
        m_series[s]->replace(denied);
        m_series[s + 2]->replace(legitimate);
    }
    // Ticks at round minutes: at most six steps over the run.
    const double minutes = static_cast<double>(result.duration) / engine::kNsPerSec / 60.0;
    double step = 1;
    for (const double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 240.0, 480.0, 1440.0}) {
        step = s;
        if (minutes / s <= 6) {
            break;
        }
    }
    m_x->setRange(0, minutes);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(step);
    m_y->setRange(0, top * 1.1);
    m_y->applyNiceNumbers();
}

}  // namespace sluice::ui
