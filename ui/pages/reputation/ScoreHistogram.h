// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/InteractiveChartView.h"

#include "snapshot/Snapshot.h"

#include <array>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace sluice::ui {

// Active keys by score: 20 bins of 5 points over 0..100, each bar coloured by the tier its scores fall in.
// Three stacked bar sets (one per tier) hold each bin in exactly one set, so a bar has one colour and the
// legend names the tiers. Bars are updated in place, only when the histogram changed.
//
// Thirteen flagged keys beside twenty thousand standard ones would be a bar a hundredth of a pixel high:
// every bin with keys is drawn at least a small fraction of the axis high, and such raised bars carry their
// count above them, so the height is never read as the number.
class ScoreHistogram final : public InteractiveChartView {
    Q_OBJECT

public:
    using Bins = std::array<std::uint64_t, engine::kHistogramBins>;

    explicit ScoreHistogram(QWidget* parent = nullptr);

    void setBins(const Bins& bins);
    // The reputation tier thresholds in force (the engine's settings); bars and legend follow them.
    void setThresholds(double flaggedBelow, double trustedAbove);
    const Bins& bins() const { return m_bins; }
    quint64 total() const;
    // The tier a bin is drawn in: the tier of its midpoint. With the default thresholds only bin 80-85 is
    // mixed (exactly 80.0 is standard, everything above trusted), so it is drawn trusted.
    engine::ReputationTier binTier(int bin) const;
    // The height drawn for a bin, in keys: its count, or the minimum visible height when that is more.
    double shownHeight(int bin) const;

protected:
    void changeEvent(QEvent* event) override;
    QString hoverText(double x, double fromX, double toX) const override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void describe();
    void nameTiers();

    QChart* m_chart;
    QStackedBarSeries* m_series;
    std::array<QBarSet*, engine::kReputationTierCount> m_sets{};
    QCategoryAxis* m_x;
    QValueAxis* m_y;
    Bins m_bins{};
    double m_minShown = 0;  // the least height a bin with keys is drawn at
    bool m_empty = true;
    double m_flaggedBelow = 20.0;  // ReputationConfig's defaults until the first snapshot
    double m_trustedAbove = 80.0;
};

}  // namespace sluice::ui
