// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/InteractiveChartView.h"
#include "charts/TimeTicks.h"
#include "history/ReputationEvent.h"

#include <QList>
#include <QPointF>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace sluice::ui {

// One key's score over time: score_after of each recorded event, the score before the oldest one, and the
// current score as the last point. Dashed lines mark the tier thresholds. Series and axes are reused; the
// points are replaced once per update. Time ticks fall on round clock times, as on the other time charts.
class ScoreHistoryChart final : public InteractiveChartView {
    Q_OBJECT

public:
    explicit ScoreHistoryChart(QWidget* parent = nullptr);

    // `events` newest first, as the history reader returns them.
    void setHistory(const QList<ReputationEvent>& events, double currentScore, qint64 nowMs);
    void clear();
    // The reputation tier thresholds in force, drawn as dashed lines; the next setHistory uses them.
    void setThresholds(double flaggedBelow, double trustedAbove);
    // The points drawn, oldest first (x in Unix milliseconds).
    const QList<QPointF>& points() const { return m_points; }
    // The tick marks of the time axis, for tests.
    const QList<TimeTick>& ticks() const { return m_ticks; }

protected:
    void changeEvent(QEvent* event) override;
    QString hoverText(double x, double fromX, double toX) const override;
    double xOfMs(qint64 atMs) const override { return static_cast<double>(atMs); }
    bool applyZoom(bool zoomed, double fromX, double toX) override;

private:
    void describe(const QList<ReputationEvent>& events, double currentScore);
    void showSpan(qint64 fromMs, qint64 toMs);

    QChart* m_chart;
    QLineSeries* m_line;
    QScatterSeries* m_markers;
    QLineSeries* m_flaggedLine;
    QLineSeries* m_trustedLine;
    QCategoryAxis* m_x;
    QValueAxis* m_y;
    QList<QPointF> m_points;
    QList<TimeTick> m_ticks;
    qint64 m_fromMs = 0;  // the history's whole span
    qint64 m_toMs = 0;
    qint64 m_zoomFromMs = 0;
    qint64 m_zoomToMs = 0;
    double m_flaggedBelow = 20.0;  // ReputationConfig's defaults until the first snapshot
    double m_trustedAbove = 80.0;
};

}  // namespace sluice::ui
