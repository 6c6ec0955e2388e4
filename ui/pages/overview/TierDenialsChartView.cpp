// SPDX-License-Identifier: Apache-2.0
#include "pages/overview/TierDenialsChartView.h"

#include "Format.h"
#include "charts/ChartHoverText.h"
#include "charts/MinMaxDownsampler.h"

#include <QLineSeries>

#include <algorithm>

namespace sluice::ui {

namespace {
constexpr std::array<const char*, engine::kReputationTierCount> kSeriesNames{"flaggedSeries", "standardSeries",
                                                                             "trustedSeries"};

}  // namespace

TierDenialsChartView::TierDenialsChartView(QWidget* parent)
    : TimeSeriesChartView(tr("denied requests/s"), parent), m_peak(new QLineSeries(this))
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
    m_peak->setObjectName(QStringLiteral("deniedPeakSeries"));
    m_peak->setName(tr("Busiest second"));
    m_peak->setVisible(false);
    addSeries(m_peak);
    applySeriesColors();
}

void TierDenialsChartView::applySeriesColors()
{
    for (std::size_t t = 0; t < m_lines.size(); ++t) {
        m_lines[t]->setPen(cosmeticPen(colors().tiers[t], m_dense ? 1 : 2));  // wide lines are slow when dense
    }
    QPen peak = cosmeticPen(colors().text);
    peak.setStyle(Qt::DotLine);
    m_peak->setPen(peak);
}

bool TierDenialsChartView::setHistory(const RateHistory& h)
{
    std::array<QList<QPointF>, engine::kReputationTierCount> points;
    double top = 0;
    const std::span<const double> all = relativeTimes(h.startSec, h.toSec);
    const auto [fromX, toX] = visibleX(h.fromSec, h.toSec);
    const auto [begin, end] = visibleSlice(all, fromX, toX);
    const std::span<const double> xs = all.subspan(begin, end - begin);
    const auto highest = [&top](const QList<QPointF>& line) {
        for (const QPointF& p : line) {
            top = std::max(top, p.y());
        }
    };
    for (std::size_t t = 0; t < points.size(); ++t) {
        points[t] = std::move(downsampleMinMax(xs, std::span(&h.deniedByTier[t], 1), 0, maxPoints(), begin)[0]);
        highest(points[t]);
    }
    const bool coarse = h.bucketSeconds > 1;
    QList<QPointF> peak;
    if (coarse) {
        peak = std::move(downsampleMinMax(xs, std::span(&h.peakDenied, 1), 0, maxPoints(), begin)[0]);
        highest(peak);
    }
    if (showsSpan(h.fromSec, h.toSec) && points == m_shown && peak == m_shownPeak) {
        return false;
    }
    m_history = h;
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
    m_peak->replace(peak);
    m_peak->setVisible(coarse);
    m_shownPeak = std::move(peak);
    const auto& now = h.deniedByTier;
    describe(tr("Denied requests per second by reputation tier, %1: now %2 flagged, %3 standard, %4 trusted.")
                 .arg(rangeSpan(), formatNumber(lastOf(now[0])), formatNumber(lastOf(now[1])),
                      formatNumber(lastOf(now[2]))));
    return true;
}

QString TierDenialsChartView::hoverText(double, double fromX, double toX) const
{
    const RateHistory& h = m_history;
    const auto origin = static_cast<double>(h.toSec);
    const std::optional<std::size_t> i =
        busiestSampleIn(h.startSec, h.seconds, h.peakDenied, fromX + origin, toX + origin);
    if (!i) {
        return {};
    }
    QStringList lines{sampleTime(h.startSec[*i], h.seconds[*i])};
    for (int t = engine::kReputationTierCount - 1; t >= 0; --t) {
        lines.append(tr("%1: %2 denied")
                         .arg(tierName(static_cast<engine::ReputationTier>(t)),
                              exactRate(h.deniedByTier[static_cast<std::size_t>(t)][*i])));
    }
    if (h.bucketSeconds > 1) {
        lines.append(tr("Busiest second: %1 denied").arg(exactRate(h.peakDenied[*i])));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace sluice::ui
