// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/TimeSeriesChartView.h"

#include "core/Tiers.h"

#include <QList>
#include <QPointF>

#include <array>

class QLineSeries;

namespace sluice::ui {

struct RateHistory;

// Denied requests per second split by the reputation tier of the key when it was refused: a rise in the
// flagged line is the limiter catching known abusers, one in the standard or trusted line hits customers.
class TierDenialsChartView final : public TimeSeriesChartView {
    Q_OBJECT

public:
    explicit TierDenialsChartView(QWidget* parent = nullptr);

    // Returns false when nothing visible changed (and nothing was redrawn).
    bool setHistory(const RateHistory& history);

    QLineSeries* tierSeries(engine::ReputationTier tier) const { return m_lines[static_cast<std::size_t>(tier)]; }

protected:
    void applySeriesColors() override;

private:
    std::array<QLineSeries*, engine::kReputationTierCount> m_lines{};
    std::array<QList<QPointF>, engine::kReputationTierCount> m_shown;
    bool m_dense = false;
};

}  // namespace sluice::ui
