// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/TimeSeriesChartView.h"

#include "core/ThrottleView.h"

#include <QList>
#include <QPointF>

#include <array>
#include <utility>
#include <vector>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace sluice::ui {

// The throttle level over time as coloured bands behind the load: CPU and memory in percent on the left
// axis, requests in flight or queued on the right one. Bands change only at level changes, so each costs a
// few points however long the window is.
class ThrottleTimelineChart final : public TimeSeriesChartView {
    Q_OBJECT

public:
    explicit ThrottleTimelineChart(QWidget* parent = nullptr);

    // Samples oldest first, each the start of a bucket `bucketSec` wide; the window is [fromSec, toSec].
    // Returns false when nothing visible changed.
    bool setSamples(const std::vector<engine::ThrottleSample>& samples, qint64 bucketSec, qint64 fromSec, qint64 toSec);
    // The next setSamples() draws whatever it is given: the samples are another engine's now, which may match the
    // shown ones in count, window and newest time.
    void redrawNext() { m_shownBudget = -1; }
    const QLineSeries* cpuSeries() const { return m_cpu; }
    const QLineSeries* memorySeries() const { return m_memory; }
    // Points of the band of `level` (Low..Critical); for tests.
    QList<QPointF> bandPoints(engine::ThrottleLevel level) const;

protected:
    void applySeriesColors() override;
    QString hoverText(double x, double fromX, double toX) const override;

private:
    void setConcurrencyMax(double max);
    void describeLatest(const std::vector<engine::ThrottleSample>& samples, int changes);

    std::array<QLineSeries*, engine::kThrottleLevelCount> m_bandTops{};  // [0] unused: no band for None
    std::array<QAreaSeries*, engine::kThrottleLevelCount> m_bands{};
    QLineSeries* m_cpu;
    QLineSeries* m_memory;
    QLineSeries* m_concurrency;
    QValueAxis* m_concurrencyAxis;
    double m_concurrencyMax = -1;
    qint64 m_shownTo = 0;
    qint64 m_shownFrom = 0;
    std::pair<qint64, qint64> m_shownSpan;
    std::vector<engine::ThrottleSample> m_samples;  // what is drawn, for the tooltip's exact values
    qint64 m_bucketSec = 1;
    std::size_t m_shownCount = 0;
    engine::TimeNs m_shownLast = 0;
    int m_shownBudget = 0;
    std::vector<double> m_times;
};

}  // namespace sluice::ui
