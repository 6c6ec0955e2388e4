// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/TimeSeriesChartView.h"
#include "pages/overview/RateHistory.h"

#include "core/Tiers.h"

#include <QList>
#include <QPointF>

#include <array>

class QLineSeries;

namespace sluice::ui {

// Denied requests per second split by the reputation tier of the key when it was refused: a rise in the
// flagged line is the limiter catching known abusers, one in the standard or trusted line hits customers.
// Where a sample covers more than a second, a thin line follows the second with the most denials (all tiers).
class TierDenialsChartView final : public TimeSeriesChartView {
    Q_OBJECT

public:
    explicit TierDenialsChartView(QWidget* parent = nullptr);

    // Returns false when nothing visible changed (and nothing was redrawn).
    bool setHistory(const RateHistory& history);

    QLineSeries* tierSeries(engine::ReputationTier tier) const { return m_lines[static_cast<std::size_t>(tier)]; }
    QLineSeries* peakSeries() const { return m_peak; }

protected:
    void applySeriesColors() override;
    QString hoverText(double x, double fromX, double toX) const override;

private:
    std::array<QLineSeries*, engine::kReputationTierCount> m_lines{};
    std::array<QList<QPointF>, engine::kReputationTierCount> m_shown;
    QLineSeries* m_peak;
    QList<QPointF> m_shownPeak;
    RateHistory m_history;  // what is drawn, for the tooltip's exact values
    bool m_dense = false;
};

}  // namespace sluice::ui
