// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/ChartColors.h"
#include "charts/InteractiveChartView.h"
#include "charts/TimeTicks.h"

#include <span>
#include <utility>
#include <vector>

class QAbstractSeries;
class QCategoryAxis;
class QValueAxis;

namespace sluice::ui {

// A chart of rates over clock time, set up the way the measured costs of Qt Charts ask for: no animation,
// series and axes made once and reused, antialiasing only while the series are sparse, and a point budget
// of about half the plot width. The time axis has ticks on round clock times; the value axis starts at zero
// and ends on a round number. Colours follow the widget palette, also when it changes.
//
// x values are seconds relative to the end of the window (the newest at 0), so the time axis keeps its range
// while time moves on and only its tick labels shift: changing an axis range makes Qt Charts recompute every
// series against the old points before the new ones arrive, which doubled the cost of an update.
//
// A zoom is a fixed window of clock time inside the page's range: live updates move the origin but keep the
// window, until it is reset or the page's range changes.
class TimeSeriesChartView : public InteractiveChartView {
    Q_OBJECT

public:
    TimeSeriesChartView(const QString& valueTitle, QWidget* parent);

    // Points a series may have to stay within the budget: about half the plot's width in pixels.
    int maxPoints() const;
    QCategoryAxis* timeAxis() const { return m_timeAxis; }
    QValueAxis* valueAxis() const { return m_valueAxis; }
    // Unix seconds at x = 0, the end of the window shown.
    qint64 timeOrigin() const { return m_originSec; }
    // The window as people read it ("last hour"), for the accessible description.
    void setRangeSpan(const QString& span) { m_rangeSpan = span; }
    const QString& rangeSpan() const { return m_rangeSpan; }

    // The window drawn, in Unix seconds: the zoomed one, or the page's range [fromSec, toSec].
    std::pair<qint64, qint64> visibleSpan(qint64 fromSec, qint64 toSec) const;

signals:
    // The plot was resized so that maxPoints() changed, or it was zoomed: the owner should set the data again.
    void pointBudgetChanged();

protected:
    void addSeries(QAbstractSeries* series);
    // Sets the visible window in Unix seconds; tick labels are rebuilt only when the ticks move.
    void setTimeSpan(qint64 fromSec, qint64 toSec);
    bool showsSpan(qint64 fromSec, qint64 toSec) const;
    // `unixSec` as x values of the window ending at `toSec`, in a buffer reused from call to call.
    std::span<const double> relativeTimes(const std::vector<double>& unixSec, qint64 toSec);
    // Fits the value axis to [0, max] with round tick steps.
    void setValueMax(double max);
    void setDense(bool dense);
    // Above this many points a line is drawn thin: markers and thick pens would cover each other.
    static constexpr qsizetype kDensePoints = 200;
    // The newest value of a series, 0 while it is empty.
    static double lastOf(const std::vector<double>& v) { return v.empty() ? 0.0 : v.back(); }
    // The x values of the visible window of the range [fromSec, toSec] (see visibleSpan).
    std::pair<double, double> visibleX(qint64 fromSec, qint64 toSec) const;
    double xOfMs(qint64 atMs) const override;
    bool applyZoom(bool zoomed, double fromX, double toX) override;
    // Sets the accessible description when it differs: every change is announced to assistive technology.
    void describe(const QString& text);
    const ChartColors& colors() const { return m_colors; }
    static QPen cosmeticPen(const QColor& color, qreal width = 1);
    // Colours the series from colors(); derived classes call it once their series exist, and again on a
    // palette change.
    virtual void applySeriesColors() = 0;
    void changeEvent(QEvent* event) override;

private:
    void applyChartColors();
    void onPlotAreaChanged();

    QCategoryAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    ChartColors m_colors;
    QList<TimeTick> m_ticks;
    int m_lastBudget = 0;
    qint64 m_originSec = 0;
    double m_valueMax = -1;
    std::vector<double> m_relative;
    qint64 m_zoomFromSec = 0;
    qint64 m_zoomToSec = 0;
    qint64 m_rangeSec = 0;  // length of the page's range; a new one ends the zoom
    QString m_rangeSpan;
};

}  // namespace sluice::ui
