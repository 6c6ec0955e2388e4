// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/AnomalyChart.h"

#include "charts/ChartHoverText.h"
#include "charts/MinMaxDownsampler.h"
#include "pages/anomalies/AnomalyText.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace sluice::ui {

namespace {
constexpr qint64 kEmptySpanSec = 3600;  // what the chart spans before the first sample

double secondsOf(engine::TimeNs at) { return static_cast<double>(at) / engine::kNsPerSec; }
}  // namespace

AnomalyChart::AnomalyChart(QWidget* parent)
    : TimeSeriesChartView(tr("value"), parent), m_upper(new QLineSeries(this)), m_lower(new QLineSeries(this)),
      m_band(new QAreaSeries(m_upper, m_lower)), m_expected(new QLineSeries(this)), m_value(new QLineSeries(this)),
      m_fired(new QScatterSeries(this))
{
    setObjectName(QStringLiteral("anomalyChart"));
    setAccessibleName(tr("Metric, expected band and alerts over time"));
    m_band->setName(tr("Expected band"));
    m_expected->setName(tr("Expected"));
    m_value->setName(tr("Value"));
    m_fired->setName(tr("Alert"));
    m_fired->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_fired->setMarkerSize(12);
    addSeries(m_band);
    addSeries(m_expected);
    addSeries(m_value);
    addSeries(m_fired);
    applySeriesColors();
    connect(this, &TimeSeriesChartView::pointBudgetChanged, this, &AnomalyChart::draw);
}

void AnomalyChart::applySeriesColors()
{
    const ChartColors& c = colors();
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(ChartColors::mixed(c.allowed, c.background, 0.3));
    QPen dashed = cosmeticPen(c.mutedText, 1);
    dashed.setStyle(Qt::DashLine);
    m_expected->setPen(dashed);
    m_value->setPen(cosmeticPen(c.allowed, 2));
    m_fired->setColor(c.denied);
    m_fired->setBorderColor(c.denied);
}

void AnomalyChart::setSeries(const engine::MetricSeries* series, const QString& title,
                             const std::vector<engine::TimeNs>& firedAt, qint64 nowSec)
{
    m_points = series != nullptr ? series->points : std::vector<engine::MetricPoint>{};
    m_title = title;
    m_firedAt = firedAt;
    m_toSec = std::max(nowSec, m_points.empty() ? nowSec : static_cast<qint64>(secondsOf(m_points.back().at)) + 1);
    m_fromSec = m_points.empty()
                    ? m_toSec - kEmptySpanSec
                    : std::min(m_toSec - kEmptySpanSec, static_cast<qint64>(secondsOf(m_points.front().at)));
    m_times.clear();
    for (const engine::MetricPoint& p : m_points) {
        m_times.push_back(secondsOf(p.at));
    }
    draw();
}

void AnomalyChart::draw()
{
    setTimeSpan(m_fromSec, m_toSec);
    const auto [fromSec, toSec] = visibleSpan(m_fromSec, m_toSec);
    std::array<std::vector<double>, 4> layers;  // lower edge, expected, upper edge, value
    double top = 0;
    for (const engine::MetricPoint& p : m_points) {
        const double spread = kBandSpreads * p.spread;
        layers[0].push_back(std::max(0.0, static_cast<double>(p.expected) - spread));
        layers[1].push_back(p.expected);
        layers[2].push_back(static_cast<double>(p.expected) + spread);
        layers[3].push_back(p.value);
    }
    const auto all = relativeTimes(m_times, m_toSec);
    const auto [begin, end] =
        visibleSlice(all, static_cast<double>(fromSec - m_toSec), static_cast<double>(toSec - m_toSec));
    const auto xs = all.subspan(begin, end - begin);
    // The band and the expected line are smooth: every n-th point keeps their shape. The value keeps its
    // extremes, which are what an alert is about.
    const std::array<std::vector<double>, 1> valueLayer{layers[3]};
    auto value = downsampleMinMax(xs, valueLayer, 0, maxPoints(), begin);
    const std::size_t step = std::max<std::size_t>(1, xs.size() / static_cast<std::size_t>(std::max(1, maxPoints())));
    std::array<QList<QPointF>, 3> smooth;
    for (std::size_t i = 0; i < xs.size(); i += step) {
        for (std::size_t l = 0; l < smooth.size(); ++l) {
            smooth[l].append({xs[i], layers[l][begin + i]});
        }
        top = std::max({top, layers[2][begin + i]});
    }
    if (!xs.empty() && (xs.size() - 1) % step != 0) {  // the newest sample always shows
        const std::size_t last = xs.size() - 1;
        for (std::size_t l = 0; l < smooth.size(); ++l) {
            smooth[l].append({xs[last], layers[l][begin + last]});
        }
    }
    for (std::size_t i = begin; i < end; ++i) {
        top = std::max(top, layers[3][i]);
    }
    QList<QPointF> markers;
    for (const engine::TimeNs at : m_firedAt) {
        const double sec = secondsOf(at);
        if (sec < static_cast<double>(fromSec) || sec > static_cast<double>(toSec)) {
            continue;
        }
        // On the line: the value sampled when it fired.
        const auto after = std::lower_bound(m_times.begin(), m_times.end(), sec);
        const std::size_t i =
            after == m_times.end() ? m_times.size() - 1 : static_cast<std::size_t>(after - m_times.begin());
        const double y = m_points.empty() ? 0 : static_cast<double>(m_points[i].value);
        markers.append({sec - static_cast<double>(m_toSec), y});
    }
    setDense(value[0].size() > kDensePoints);
    setValueMax(top);
    m_lower->replace(smooth[0]);
    m_expected->replace(smooth[1]);
    m_upper->replace(smooth[2]);
    m_value->replace(value[0]);
    m_fired->replace(markers);
    if (m_points.empty()) {
        describe(tr("%1: nothing sampled yet.").arg(m_title));
    } else {
        const engine::MetricPoint& now = m_points.back();
        describe(tr("%1: now %2, expected %3; %n alert(s) in the chart.", nullptr, static_cast<int>(markers.size()))
                     .arg(m_title, metricValue(now.value), metricValue(now.expected)));
    }
}

QList<QPointF> AnomalyChart::bandUpperPoints() const { return m_upper->points(); }
QList<QPointF> AnomalyChart::bandLowerPoints() const { return m_lower->points(); }
QList<QPointF> AnomalyChart::valuePoints() const { return m_value->points(); }
QList<QPointF> AnomalyChart::markerPoints() const { return m_fired->points(); }

QString AnomalyChart::hoverText(double x, double, double) const
{
    if (m_points.empty()) {
        return {};
    }
    const double at = x + static_cast<double>(m_toSec);
    const auto after = std::upper_bound(m_times.begin(), m_times.end(), at);
    const std::size_t i = after == m_times.begin() ? 0 : static_cast<std::size_t>(after - m_times.begin()) - 1;
    const engine::MetricPoint& p = m_points[i];
    const double step = i + 1 < m_times.size() ? m_times[i + 1] - m_times[i] : 60;
    return QStringList{sampleTime(m_times[i], step), tr("%1: %2").arg(m_title, metricValue(p.value)),
                       tr("Expected: %1 ± %2").arg(metricValue(p.expected), metricValue(kBandSpreads * p.spread))}
        .join(QLatin1Char('\n'));
}

}  // namespace sluice::ui
