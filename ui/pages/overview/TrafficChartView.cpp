// SPDX-License-Identifier: Apache-2.0
#include "pages/overview/TrafficChartView.h"

#include "Format.h"
#include "charts/ChartHoverText.h"
#include "charts/MinMaxDownsampler.h"

#include <QAreaSeries>
#include <QLineSeries>

#include <algorithm>
#include <array>

namespace sluice::ui {

namespace {

double highestY(const QList<QPointF>& points)
{
    double top = 0;
    for (const QPointF& p : points) {
        top = std::max(top, p.y());
    }
    return top;
}
}  // namespace

TrafficChartView::TrafficChartView(QWidget* parent)
    : TimeSeriesChartView(tr("requests/s"), parent), m_allowedTop(new QLineSeries(this)),
      m_deniedTop(new QLineSeries(this)), m_peak(new QLineSeries(this)), m_allowed(new QAreaSeries(m_allowedTop)),
      m_denied(new QAreaSeries(m_deniedTop, m_allowedTop))  // one line bounds both areas: one update
{
    setObjectName(QStringLiteral("trafficChart"));
    setAccessibleName(tr("Allowed and denied requests per second"));
    m_allowed->setObjectName(QStringLiteral("allowedSeries"));
    m_denied->setObjectName(QStringLiteral("deniedSeries"));
    m_peak->setObjectName(QStringLiteral("peakSeries"));
    m_allowed->setName(tr("Allowed"));
    m_denied->setName(tr("Denied"));
    m_peak->setName(tr("Busiest second"));
    addSeries(m_allowed);
    addSeries(m_denied);
    addSeries(m_peak);
    m_peak->setVisible(false);
    applySeriesColors();
}

void TrafficChartView::applySeriesColors()
{
    const ChartColors& c = colors();
    m_allowed->setPen(cosmeticPen(c.allowed));
    m_allowed->setBrush(ChartColors::mixed(c.allowed, c.background, 0.45));
    m_denied->setPen(cosmeticPen(c.denied));
    m_denied->setBrush(ChartColors::mixed(c.denied, c.background, 0.8));
    m_peak->setPen(cosmeticPen(c.text));
}

double TrafficChartView::shownPeak() const
{
    return std::max(highestY(m_shownTotal), m_peak->isVisible() ? highestY(m_shownPeak) : 0.0);
}

bool TrafficChartView::setHistory(const RateHistory& h)
{
    std::array<std::vector<double>, 2> layers{h.allowed, h.allowed};
    for (std::size_t i = 0; i < h.denied.size(); ++i) {
        layers[1][i] += h.denied[i];
    }
    const std::span<const double> xs = relativeTimes(h.startSec, h.toSec);
    const auto [fromX, toX] = visibleX(h.fromSec, h.toSec);
    const auto [begin, end] = visibleSlice(xs, fromX, toX);
    const std::span<const double> shownXs = xs.subspan(begin, end - begin);
    auto points = downsampleMinMax(shownXs, layers, 1, maxPoints(), begin);
    const bool coarse = h.bucketSeconds > 1;
    QList<QPointF> peak;
    if (coarse) {
        peak = std::move(downsampleMinMax(shownXs, std::span(&h.peak, 1), 0, maxPoints(), begin)[0]);
    }
    if (showsSpan(h.fromSec, h.toSec) && points[0] == m_shownAllowed && points[1] == m_shownTotal &&
        peak == m_shownPeak) {
        return false;
    }
    m_history = h;
    setTimeSpan(h.fromSec, h.toSec);
    const double top = std::max(highestY(points[1]), highestY(peak));
    setValueMax(top);
    setDense(points[1].size() > kDensePoints);
    m_allowedTop->replace(points[0]);
    m_deniedTop->replace(points[1]);
    m_peak->replace(peak);
    m_peak->setVisible(coarse);
    m_shownAllowed = std::move(points[0]);
    m_shownTotal = std::move(points[1]);
    m_shownPeak = std::move(peak);
    describe(tr("Requests per second, %1: now %2 allowed and %3 denied per second; peak %4.")
                 .arg(rangeSpan(), formatNumber(lastOf(h.allowed)), formatNumber(lastOf(h.denied)), formatNumber(top)));
    return true;
}

QString TrafficChartView::hoverText(double, double fromX, double toX) const
{
    const RateHistory& h = m_history;
    const auto origin = static_cast<double>(h.toSec);
    const std::optional<std::size_t> i = busiestSampleIn(h.startSec, h.seconds, h.peak, fromX + origin, toX + origin);
    if (!i) {
        return {};
    }
    QStringList lines{sampleTime(h.startSec[*i], h.seconds[*i]), tr("Allowed: %1").arg(exactRate(h.allowed[*i])),
                      tr("Denied: %1").arg(exactRate(h.denied[*i]))};
    if (h.bucketSeconds > 1) {
        lines.append(tr("Busiest second: %1").arg(exactRate(h.peak[*i])));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace sluice::ui
