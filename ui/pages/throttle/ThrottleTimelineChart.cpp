// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleTimelineChart.h"

#include "Format.h"
#include "charts/ChartHoverText.h"
#include "charts/MinMaxDownsampler.h"
#include "pages/throttle/ThrottleColors.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sluice::ui {

namespace {
constexpr double kBandTop = 100.0;

// 1, 2 or 5 times a power of ten, at least `value`: a round top for the concurrency axis.
double niceCeiling(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(value, 1.0))));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * power >= value) {
            return m * power;
        }
    }
    return 10 * power;
}
}  // namespace

ThrottleTimelineChart::ThrottleTimelineChart(QWidget* parent)
    : TimeSeriesChartView(tr("CPU, memory %"), parent), m_cpu(new QLineSeries(this)), m_memory(new QLineSeries(this)),
      m_concurrency(new QLineSeries(this)), m_concurrencyAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("throttleTimeline"));
    setAccessibleName(tr("Throttle level, CPU, memory and concurrency over time"));
    for (int l = 1; l < engine::kThrottleLevelCount; ++l) {
        const auto level = static_cast<engine::ThrottleLevel>(l);
        m_bandTops[l] = new QLineSeries(this);
        m_bands[l] = new QAreaSeries(m_bandTops[l]);
        m_bands[l]->setName(throttleName(level));
        addSeries(m_bands[l]);
    }
    m_cpu->setName(tr("CPU %"));
    m_memory->setName(tr("Memory %"));
    m_concurrency->setName(tr("In flight or queued"));
    m_cpu->setObjectName(QStringLiteral("cpuSeries"));
    addSeries(m_cpu);
    addSeries(m_memory);

    m_concurrencyAxis->setTitleText(tr("requests"));
    m_concurrencyAxis->setMinorTickCount(0);
    m_concurrencyAxis->setLabelsFont(valueAxis()->labelsFont());
    m_concurrencyAxis->setTitleFont(valueAxis()->titleFont());
    m_concurrencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_concurrencyAxis, Qt::AlignRight);
    chart()->addSeries(m_concurrency);
    m_concurrency->attachAxis(timeAxis());
    m_concurrency->attachAxis(m_concurrencyAxis);
    setConcurrencyMax(0);

    valueAxis()->setRange(0, kBandTop);
    valueAxis()->setTickCount(6);
    valueAxis()->setLabelFormat(QStringLiteral("%.0f"));
    applySeriesColors();
}

void ThrottleTimelineChart::applySeriesColors()
{
    const ChartColors& c = colors();
    for (int l = 1; l < engine::kThrottleLevelCount; ++l) {
        m_bands[l]->setPen(Qt::NoPen);
        // Opaque: the bands sit behind the lines and large blended fills are slow to draw.
        m_bands[l]->setBrush(throttleBandColor(static_cast<engine::ThrottleLevel>(l), palette()));
    }
    // Memory dashed over a solid CPU line: where the two are equal, both colours still show.
    m_cpu->setPen(cosmeticPen(c.allowed, 2));
    QPen memory = cosmeticPen(c.tiers[static_cast<int>(engine::ReputationTier::Trusted)], 2);
    memory.setDashPattern({3, 3});  // in pen widths: even dashes and gaps, half of each colour
    m_memory->setPen(memory);
    QPen dotted = cosmeticPen(c.text, 1);
    dotted.setStyle(Qt::DotLine);
    m_concurrency->setPen(dotted);
    m_concurrencyAxis->setLabelsColor(c.text);
    m_concurrencyAxis->setTitleBrush(c.mutedText);
    m_concurrencyAxis->setLinePen(cosmeticPen(c.border));
    m_concurrencyAxis->setGridLineVisible(false);
}

void ThrottleTimelineChart::setConcurrencyMax(double max)
{
    // At least 5, so that six whole-number ticks never repeat a label.
    const double top = niceCeiling(std::max(max * 1.05, 5.0));
    if (top == m_concurrencyMax) {
        return;
    }
    m_concurrencyMax = top;
    m_concurrencyAxis->setRange(0, top);
    m_concurrencyAxis->setTickCount(6);
}

QList<QPointF> ThrottleTimelineChart::bandPoints(engine::ThrottleLevel level) const
{
    const auto l = static_cast<std::size_t>(level);
    return l == 0 ? QList<QPointF>() : m_bandTops[l]->points();
}

bool ThrottleTimelineChart::setSamples(const std::vector<engine::ThrottleSample>& samples, qint64 bucketSec,
                                       qint64 fromSec, qint64 toSec)
{
    const engine::TimeNs last = samples.empty() ? 0 : samples.back().at;
    const std::pair<qint64, qint64> visible = visibleSpan(fromSec, toSec);
    if (toSec == m_shownTo && fromSec == m_shownFrom && visible == m_shownSpan && samples.size() == m_shownCount &&
        last == m_shownLast && maxPoints() == m_shownBudget) {
        return false;
    }
    m_shownTo = toSec;
    m_shownFrom = fromSec;
    m_shownSpan = visible;
    m_shownCount = samples.size();
    m_shownLast = last;
    m_shownBudget = maxPoints();
    m_samples = samples;
    m_bucketSec = bucketSec;
    setTimeSpan(fromSec, toSec);
    // Bands and lines cover the visible window: the range, or the part of it zoomed in on.
    fromSec = visible.first;
    toSec = visible.second;

    const auto x = [origin = m_shownTo](double unixSec) { return unixSec - static_cast<double>(origin); };
    // One band per level, rising and falling at the edges of each visible run of that level.
    std::array<QList<QPointF>, engine::kThrottleLevelCount> bands;
    std::size_t open = 0;  // the level whose band is up; 0 = none
    double openEnd = 0;
    const auto close = [&] {
        if (open != 0) {
            bands[open].append({x(openEnd), kBandTop});
            bands[open].append({x(openEnd), 0});
        }
        open = 0;
    };
    m_times.clear();
    std::array<std::vector<double>, 2> percents;
    std::vector<double> concurrency;
    double concurrencyMax = 0;
    int changes = 0;
    std::optional<std::size_t> shownLevel;
    for (const engine::ThrottleSample& s : samples) {
        const double at = static_cast<double>(s.at) / engine::kNsPerSec;
        const double start = std::max(at, static_cast<double>(fromSec));
        const double end = std::min(at + static_cast<double>(bucketSec), static_cast<double>(toSec));
        const auto level = static_cast<std::size_t>(s.level);
        if (start < end) {
            changes += shownLevel && *shownLevel != level ? 1 : 0;
            shownLevel = level;
            if (level != open) {
                close();
                if (level != 0) {
                    bands[level].append({x(start), 0});
                    bands[level].append({x(start), kBandTop});
                }
                open = level;
            }
            openEnd = end;
            // The axis fits what the window shows: a peak that scrolled out must not flatten what is left.
            concurrencyMax = std::max(concurrencyMax, s.load.concurrency);
        }
        m_times.push_back(at);
        percents[0].push_back(s.load.cpuPercent);
        percents[1].push_back(s.load.memoryPercent);
        concurrency.push_back(s.load.concurrency);
    }
    close();
    for (int l = 1; l < engine::kThrottleLevelCount; ++l) {
        m_bandTops[l]->replace(bands[l]);
    }
    const auto all = relativeTimes(m_times, m_shownTo);
    const auto [begin, end] = visibleSlice(all, x(static_cast<double>(fromSec)), x(static_cast<double>(toSec)));
    const auto xs = all.subspan(begin, end - begin);
    auto lines = downsampleMinMax(xs, percents, 0, maxPoints(), begin);
    const std::array<std::vector<double>, 1> concurrencyLayer{std::move(concurrency)};
    auto concurrencyLine = downsampleMinMax(xs, concurrencyLayer, 0, maxPoints(), begin);
    setDense(lines[0].size() > kDensePoints);
    setConcurrencyMax(concurrencyMax);
    m_cpu->replace(lines[0]);
    m_memory->replace(lines[1]);
    m_concurrency->replace(concurrencyLine[0]);
    describeLatest(samples, changes);
    return true;
}

QString ThrottleTimelineChart::hoverText(double x, double, double) const
{
    if (m_samples.empty()) {
        return {};
    }
    const double at = x + static_cast<double>(m_shownTo);
    const auto after = std::upper_bound(m_times.begin(), m_times.end(), at);
    const std::size_t i = after == m_times.begin() ? 0 : static_cast<std::size_t>(after - m_times.begin()) - 1;
    const engine::ThrottleSample& s = m_samples[i];
    const QLocale locale;
    return QStringList{
        sampleTime(m_times[i], static_cast<double>(m_bucketSec)),
        tr("Level: %1 (×%2)").arg(throttleName(s.level), locale.toString(engine::throttleMultiplier(s.level), 'g', 2)),
        tr("CPU: %1 %").arg(formatNumber(s.load.cpuPercent, 1)),
        tr("Memory: %1 %").arg(formatNumber(s.load.memoryPercent, 1)),
        tr("In flight or queued: %1").arg(formatNumber(s.load.concurrency))}
        .join(QLatin1Char('\n'));
}

void ThrottleTimelineChart::describeLatest(const std::vector<engine::ThrottleSample>& samples, int changes)
{
    if (samples.empty()) {
        describe(tr("Throttle level, %1: no samples yet.").arg(rangeSpan()));
        return;
    }
    const engine::ThrottleSample& now = samples.back();
    describe(tr("Throttle level, %1: now %2 (×%3), %Ln level change(s) in the range; CPU %4 %, memory %5 %, "
                "%6 requests in flight or queued.",
                nullptr, changes)
                 .arg(rangeSpan(), throttleName(now.level),
                      QLocale().toString(engine::throttleMultiplier(now.level), 'g', 2),
                      formatNumber(now.load.cpuPercent), formatNumber(now.load.memoryPercent),
                      formatNumber(now.load.concurrency)));
}

}  // namespace sluice::ui
