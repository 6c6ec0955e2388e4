// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/TimeSeriesChartView.h"

#include <QList>
#include <QPointF>

class QAreaSeries;
class QLineSeries;

namespace sluice::ui {

struct RateHistory;

// Allowed and denied requests per second, stacked: the top edge is all traffic, the red band the part the
// limiter refused.
class TrafficChartView final : public TimeSeriesChartView {
    Q_OBJECT

public:
    explicit TrafficChartView(QWidget* parent = nullptr);

    // Returns false when nothing visible changed (and nothing was redrawn).
    bool setHistory(const RateHistory& history);

    QAreaSeries* allowedSeries() const { return m_allowed; }
    QAreaSeries* deniedSeries() const { return m_denied; }

protected:
    void applySeriesColors() override;

private:
    QLineSeries* m_allowedTop;
    QLineSeries* m_deniedTop;
    QAreaSeries* m_allowed;
    QAreaSeries* m_denied;
    QList<QPointF> m_shownAllowed;
    QList<QPointF> m_shownTotal;
};

}  // namespace sluice::ui
