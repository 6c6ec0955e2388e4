// SPDX-License-Identifier: Apache-2.0
#include "pages/reputation/ScoreHistogram.h"

#include "Format.h"
#include "charts/ChartColors.h"
#include "pages/reputation/ChartPalette.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace sluice::ui {

namespace {
constexpr int kPointsPerBin = 100 / engine::kHistogramBins;
constexpr double kMinShownFraction = 0.02;  // of the highest bin: a few pixels in any sensible chart
}  // namespace

ScoreHistogram::ScoreHistogram(QWidget* parent)
    : InteractiveChartView(new QChart, parent), m_chart(chart()), m_series(new QStackedBarSeries),
      m_x(new QCategoryAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("reputationHistogram"));
    setAccessibleName(tr("Score histogram"));
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        auto* set = new QBarSet(QString());
        const QColor colour = tierColor(static_cast<engine::ReputationTier>(t));
        set->setColor(colour);
        set->setBorderColor(colour);
        for (int b = 0; b < engine::kHistogramBins; ++b) {
            set->append(0);
        }
        m_sets[t] = set;
        m_series->append(set);
    }
    nameTiers();
    m_series->setBarWidth(0.9);
    m_chart->addSeries(m_series);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);  // "600,000" keys, as people write it in their language
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignTop);

    // A category axis over the bar positions (-0.5..19.5) labels the bin edges with scores 0, 10, .. 100.
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setRange(-0.5, engine::kHistogramBins - 0.5);
    m_x->setStartValue(-0.5);
    for (int score = 0; score <= 100; score += 10) {
        m_x->append(QLocale().toString(score), score / kPointsPerBin - 0.5);
    }
    m_x->setTitleText(tr("Score"));
    m_x->setGridLineVisible(false);
    m_y->setTitleText(tr("Keys"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setRange(0, 10);
    m_y->setTickCount(5);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setZoomable(false);

    setRenderHint(QPainter::Antialiasing, false);
    setFocusPolicy(Qt::NoFocus);  // read through its description; the bins' tool tips are for the mouse
    applyChartPalette(m_chart, palette());
    setMinimumHeight(200);
    // A chart squeezed below its minimum (a full page at 1024x640) has a plot too short for the vertical title in
    // some languages ("Schlüs…"): the title goes rather than show half a word; the counts on the axis stay.
    connect(m_chart, &QChart::geometryChanged, this, &ScoreHistogram::nameTiers);
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& plot) {
        const int needed = QFontMetrics(m_y->titleFont()).horizontalAdvance(m_y->titleText()) + 4;
        m_y->setTitleVisible(plot.height() >= needed);
    });
}

engine::ReputationTier ScoreHistogram::binTier(int bin) const
{
    const double middle = (bin + 0.5) * kPointsPerBin;
    if (middle < m_flaggedBelow) {
        return engine::ReputationTier::Flagged;
    }
    return middle > m_trustedAbove ? engine::ReputationTier::Trusted : engine::ReputationTier::Standard;
}

void ScoreHistogram::setThresholds(double flaggedBelow, double trustedAbove)
{
    if (flaggedBelow == m_flaggedBelow && trustedAbove == m_trustedAbove) {
        return;
    }
    m_flaggedBelow = flaggedBelow;
    m_trustedAbove = trustedAbove;
    nameTiers();
    if (!m_empty) {
        m_empty = true;  // redraw every bar in its new colour
        setBins(Bins(m_bins));
    }
}

void ScoreHistogram::nameTiers()
{
    const QLocale locale;
    const QString below = locale.toString(m_flaggedBelow, 'g', 3);
    const QString above = locale.toString(m_trustedAbove, 'g', 3);
    const std::array<QString, engine::kReputationTierCount> full{tr("Flagged (below %1)").arg(below), tr("Standard"),
                                                                 tr("Trusted (above %1)").arg(above)};
    // The legend cuts a name it has no room for ("Vertrauenswürdig (üb…"): a narrow chart names the tiers alone;
    // the score axis below still shows where they start.
    const QFontMetrics metrics(m_chart->legend()->font());
    int needed = 0;
    for (const QString& name : full) {
        needed += metrics.horizontalAdvance(name) + 2 * metrics.height() + 8;  // the marker and the spacing
    }
    const bool brief = needed > static_cast<int>(m_chart->size().width()) - 16;
    const std::array<QString, engine::kReputationTierCount> names =
        brief ? std::array<QString, engine::kReputationTierCount>{tr("Flagged"), tr("Standard"), tr("Trusted")} : full;
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        if (m_sets[t]->label() != names[t]) {
            m_sets[t]->setLabel(names[t]);
        }
    }
}

quint64 ScoreHistogram::total() const { return std::accumulate(m_bins.begin(), m_bins.end(), quint64{0}); }

void ScoreHistogram::setBins(const Bins& bins)
{
    if (bins == m_bins && !m_empty) {
        return;
    }
    m_empty = false;
    m_bins = bins;
    const std::uint64_t highest = *std::max_element(bins.begin(), bins.end());
    m_minShown = static_cast<double>(highest) * kMinShownFraction;
    for (int b = 0; b < engine::kHistogramBins; ++b) {
        const int tier = static_cast<int>(binTier(b));
        for (int t = 0; t < engine::kReputationTierCount; ++t) {
            const auto value = static_cast<qreal>(t == tier ? shownHeight(b) : 0);
            if (m_sets[t]->at(b) != value) {
                m_sets[t]->replace(b, value);
            }
        }
    }
    m_y->setRange(0, static_cast<qreal>(std::max<std::uint64_t>(highest, 4)));
    m_y->applyNiceNumbers();
    describe();
}

void ScoreHistogram::describe()
{
    std::array<quint64, engine::kReputationTierCount> byTier{};
    for (int b = 0; b < engine::kHistogramBins; ++b) {
        byTier[static_cast<std::size_t>(binTier(b))] += m_bins[b];
    }
    const auto keys = static_cast<int>(std::min<quint64>(total(), std::numeric_limits<int>::max()));
    const QString text = tr("Scores of %Ln active key(s): %1 flagged, %2 standard, %3 trusted.", nullptr, keys)
                             .arg(formatCount(byTier[0]), formatCount(byTier[1]), formatCount(byTier[2]));
    if (text != accessibleDescription()) {
        setAccessibleDescription(text);
    }
}

double ScoreHistogram::shownHeight(int bin) const
{
    const auto keys = static_cast<double>(m_bins[static_cast<std::size_t>(bin)]);
    return keys > 0 ? std::max(keys, m_minShown) : 0.0;
}

QString ScoreHistogram::hoverText(double x, double, double) const
{
    const auto bin = static_cast<int>(std::lround(x));
    if (bin < 0 || bin >= engine::kHistogramBins) {
        return {};
    }
    const int from = bin * kPointsPerBin;
    return tr("Score %1–%2: %3 keys (%4)")
        .arg(QLocale().toString(from), QLocale().toString(from + kPointsPerBin),
             formatCount(m_bins[static_cast<std::size_t>(bin)]), tierName(binTier(bin)));
}

void ScoreHistogram::drawForeground(QPainter* painter, const QRectF& rect)
{
    InteractiveChartView::drawForeground(painter, rect);
    painter->save();
    painter->setPen(palette().color(QPalette::WindowText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetrics metrics(small);
    for (int b = 0; b < engine::kHistogramBins; ++b) {
        const std::uint64_t keys = m_bins[static_cast<std::size_t>(b)];
        if (keys == 0 || static_cast<double>(keys) >= m_minShown) {
            continue;  // an empty bin, or one whose height can be read against the axis
        }
        const QPointF top = m_chart->mapToScene(m_chart->mapToPosition(QPointF(b, shownHeight(b)), m_series));
        const QString text = formatCount(keys);
        const double width = metrics.horizontalAdvance(text);
        painter->drawText(QPointF(top.x() - width / 2, top.y() - metrics.descent() - 2), text);
    }
    painter->restore();
}

void ScoreHistogram::changeEvent(QEvent* event)
{
    InteractiveChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(m_chart, palette());
    }
}

}  // namespace sluice::ui
