// SPDX-License-Identifier: Apache-2.0
#include "pages/overview/TrafficChartView.h"

#include "Format.h"
#include "charts/MinMaxDownsampler.h"
#include "pages/overview/RateHistory.h"

#include <QAreaSeries>
#include <QLineSeries>

#include <algorithm>
#include <array>

namespace sluice::ui {

namespace {
constexpr qsizetype kDensePoints = 200;

double lastOf(const std::vector<double>& v) { return v.empty() ? 0.0 : v.back(); }
}  // namespace

TrafficChartView::TrafficChartView(QWidget* parent)
    : TimeSeriesChartView(tr("requests/s"), parent), m_allowedTop(new QLineSeries(this)),
      m_deniedTop(new QLineSeries(this)), m_allowed(new QAreaSeries(m_allowedTop)),
      m_denied(new QAreaSeries(m_deniedTop, m_allowedTop))  // one line bounds both areas: one update
{
    setObjectName(QStringLiteral("trafficChart"));
    setAccessibleName(tr("Allowed and denied requests per second"));
    m_allowed->setObjectName(QStringLiteral("allowedSeries"));
    m_denied->setObjectName(QStringLiteral("deniedSeries"));
    m_allowed->setName(tr("Allowed"));
    m_denied->setName(tr("Denied"));
    addSeries(m_allowed);
    addSeries(m_denied);
    applySeriesColors();
}

void TrafficChartView::applySeriesColors()
{
    const ChartColors& c = colors();
    m_allowed->setPen(cosmeticPen(c.allowed));
    m_allowed->setBrush(ChartColors::mixed(c.allowed, c.background, 0.45));
    m_denied->setPen(cosmeticPen(c.denied));
    m_denied->setBrush(ChartColors::mixed(c.denied, c.background, 0.8));
}

bool TrafficChartView::setHistory(const RateHistory& h)
{
    std::array<std::vector<double>, 2> layers{h.allowed, h.allowed};
    for (std::size_t i = 0; i < h.denied.size(); ++i) {
        layers[1][i] += h.denied[i];
    }
    auto points = downsampleMinMax(relativeTimes(h.startSec, h.toSec), layers, 1, maxPoints());
    if (showsSpan(h.fromSec, h.toSec) && points[0] == m_shownAllowed && points[1] == m_shownTotal) {
        return false;
    }
    setTimeSpan(h.fromSec, h.toSec);
    const double peak = layers[1].empty() ? 0.0 : *std::max_element(layers[1].begin(), layers[1].end());
    setValueMax(peak);
    setDense(points[1].size() > kDensePoints);
    m_allowedTop->replace(points[0]);
    m_deniedTop->replace(points[1]);
    m_shownAllowed = std::move(points[0]);
    m_shownTotal = std::move(points[1]);
    describe(
        tr("Requests per second, %1: now %2 allowed and %3 denied per second; peak %4.")
            .arg(rangeSpan(), formatNumber(lastOf(h.allowed)), formatNumber(lastOf(h.denied)), formatNumber(peak)));
    return true;
}

}  // namespace sluice::ui
