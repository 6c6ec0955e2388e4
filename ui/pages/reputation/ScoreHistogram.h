// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/Snapshot.h"

#include <QChartView>

#include <array>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace sluice::ui {

// Active keys by score: 20 bins of 5 points over 0..100, each bar coloured by the tier its scores fall in.
// Three stacked bar sets (one per tier) hold each bin in exactly one set, so a bar has one colour and the
// legend names the tiers. Bars are updated in place, only when the histogram changed.
class ScoreHistogram final : public QChartView {
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void showBinToolTip(bool hovering, int bin);
    void describe();
    void nameTiers();

    QChart* m_chart;
    QStackedBarSeries* m_series;
    std::array<QBarSet*, engine::kReputationTierCount> m_sets{};
    QCategoryAxis* m_x;
    QValueAxis* m_y;
    Bins m_bins{};
    bool m_empty = true;
    double m_flaggedBelow = 20.0;  // ReputationConfig's defaults until the first snapshot
    double m_trustedAbove = 80.0;
};

}  // namespace sluice::ui
