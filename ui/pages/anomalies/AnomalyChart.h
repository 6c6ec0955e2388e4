// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/TimeSeriesChartView.h"

#include "core/AnomalyView.h"

#include <QList>
#include <QPointF>

#include <vector>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;

namespace sluice::ui {

// One metric of anomaly detection over the day the engine keeps: its value, the band the baseline expected
// it in (expected ± 3 spreads) and a marker where each alert about it fired.
class AnomalyChart final : public TimeSeriesChartView {
    Q_OBJECT

public:
    static constexpr double kBandSpreads = 3;

    explicit AnomalyChart(QWidget* parent = nullptr);

    // `series` (null: nothing sampled yet) named `title`, with markers at `firedAt` (engine time), up to `nowSec`.
    void setSeries(const engine::MetricSeries* series, const QString& title, const std::vector<engine::TimeNs>& firedAt,
                   qint64 nowSec);

    // What is drawn; for tests.
    QList<QPointF> bandUpperPoints() const;
    QList<QPointF> bandLowerPoints() const;
    QList<QPointF> valuePoints() const;
    QList<QPointF> markerPoints() const;

protected:
    void applySeriesColors() override;
    QString hoverText(double x, double fromX, double toX) const override;

private:
    void draw();

    QLineSeries* m_upper;
    QLineSeries* m_lower;
    QAreaSeries* m_band;
    QLineSeries* m_expected;
    QLineSeries* m_value;
    QScatterSeries* m_fired;
    std::vector<engine::MetricPoint> m_points;  // what is drawn, for the tooltip
    std::vector<double> m_times;                // their Unix seconds
    std::vector<engine::TimeNs> m_firedAt;
    QString m_title;
    qint64 m_fromSec = 0;
    qint64 m_toSec = 0;
};

}  // namespace sluice::ui
