// SPDX-License-Identifier: Apache-2.0
#include "pages/overview/TierDenialsChartView.h"

#include "Format.h"
#include "charts/MinMaxDownsampler.h"
#include "pages/overview/RateHistory.h"

#include <QLineSeries>

#include <algorithm>

namespace sluice::ui {

namespace {
constexpr qsizetype kDensePoints = 200;
constexpr std::array<const char*, engine::kReputationTierCount> kSeriesNames{"flaggedSeries", "standardSeries",
                                                                             "trustedSeries"};

double lastOf(const std::vector<double>& v) { return v.empty() ? 0.0 : v.back(); }
}  // namespace

TierDenialsChartView::TierDenialsChartView(QWidget* parent) : TimeSeriesChartView(tr("denied requests/s"), parent)
{
    setObjectName(QStringLiteral("tierDenialsChart"));
    setAccessibleName(tr("Denied requests per second by reputation tier"));
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        auto* line = new QLineSeries(this);
        line->setObjectName(QString::fromLatin1(kSeriesNames[static_cast<std::size_t>(t)]));
        line->setName(tierName(static_cast<engine::ReputationTier>(t)));
        addSeries(line);
        m_lines[static_cast<std::size_t>(t)] = line;
    }
    applySeriesColors();
}

void TierDenialsChartView::applySeriesColors()
{
    for (std::size_t t = 0; t < m_lines.size(); ++t) {
        m_lines[t]->setPen(cosmeticPen(colors().tiers[t], m_dense ? 1 : 2));  // wide lines are slow when dense
    }
}

bool TierDenialsChartView::setHistory(const RateHistory& h)
{
    std::array<QList<QPointF>, engine::kReputationTierCount> points;
    double top = 0;
    const std::span<const double> xs = relativeTimes(h.startSec, h.toSec);
    for (std::size_t t = 0; t < points.size(); ++t) {
        const std::vector<double>& rates = h.deniedByTier[t];
        points[t] = std::move(downsampleMinMax(xs, std::span(&rates, 1), 0, maxPoints())[0]);
        if (!rates.empty()) {
            top = std::max(top, *std::max_element(rates.begin(), rates.end()));
        }
    }
    if (showsSpan(h.fromSec, h.toSec) && points == m_shown) {
        return false;
    }
    setTimeSpan(h.fromSec, h.toSec);
    setValueMax(top);
    const bool dense = points[0].size() > kDensePoints;
    if (dense != m_dense) {
        m_dense = dense;
        setDense(dense);
        applySeriesColors();
    }
    for (std::size_t t = 0; t < points.size(); ++t) {
        if (points[t] != m_shown[t]) {
            m_lines[t]->replace(points[t]);
            m_shown[t] = std::move(points[t]);
        }
    }
    const auto& now = h.deniedByTier;
    describe(tr("Denied requests per second by reputation tier, %1: now %2 flagged, %3 standard, %4 trusted.")
                 .arg(rangeSpan(), formatNumber(lastOf(now[0])), formatNumber(lastOf(now[1])),
                      formatNumber(lastOf(now[2]))));
    return true;
}

}  // namespace sluice::ui
