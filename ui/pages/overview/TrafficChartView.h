// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/TimeSeriesChartView.h"
#include "pages/overview/RateHistory.h"

#include <QList>
#include <QPointF>

class QAreaSeries;
class QLineSeries;

namespace sluice::ui {

// Allowed and denied requests per second, stacked: the top edge is all traffic, the red band the part the
// limiter refused. Where a sample covers more than a second (the day and week ranges), a thin line above
// the areas follows the busiest second of each sample, so an attack peak reads the same in every range.
class TrafficChartView final : public TimeSeriesChartView {
    Q_OBJECT

public:
    explicit TrafficChartView(QWidget* parent = nullptr);

    // Returns false when nothing visible changed (and nothing was redrawn).
    bool setHistory(const RateHistory& history);

    QAreaSeries* allowedSeries() const { return m_allowed; }
    QAreaSeries* deniedSeries() const { return m_denied; }
    // The busiest-second line; hidden while every sample is one second.
    QLineSeries* peakSeries() const { return m_peak; }
    // The highest rate the chart draws, in requests per second.
    double shownPeak() const;

protected:
    void applySeriesColors() override;
    QString hoverText(double x, double fromX, double toX) const override;

private:
    QLineSeries* m_allowedTop;
    QLineSeries* m_deniedTop;
    QLineSeries* m_peak;
    QAreaSeries* m_allowed;
    QAreaSeries* m_denied;
    QList<QPointF> m_shownAllowed;
    QList<QPointF> m_shownTotal;
    QList<QPointF> m_shownPeak;
    RateHistory m_history;  // what is drawn, for the tooltip's exact values
};

}  // namespace sluice::ui
