// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReputationEvent.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace sluice::ui {

// One key's score over time: score_after of each recorded event, the score before the oldest one, and the
// current score as the last point. Dashed lines mark the tier thresholds. Series and axes are reused; the
// points are replaced once per update.
class ScoreHistoryChart final : public QChartView {
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void describe(const QList<ReputationEvent>& events, double currentScore);

    QChart* m_chart;
    QLineSeries* m_line;
    QScatterSeries* m_markers;
    QLineSeries* m_flaggedLine;
    QLineSeries* m_trustedLine;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    QList<QPointF> m_points;
    double m_flaggedBelow = 20.0;  // ReputationConfig's defaults until the first snapshot
    double m_trustedAbove = 80.0;
};

}  // namespace sluice::ui
