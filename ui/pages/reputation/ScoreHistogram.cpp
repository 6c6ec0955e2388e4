// SPDX-License-Identifier: Apache-2.0
#include "pages/reputation/ScoreHistogram.h"

#include "Format.h"
#include "charts/ChartColors.h"
#include "pages/reputation/ChartPalette.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <limits>
#include <numeric>

namespace sluice::ui {

namespace {
constexpr int kPointsPerBin = 100 / engine::kHistogramBins;
}  // namespace

ScoreHistogram::ScoreHistogram(QWidget* parent)
    : QChartView(new QChart, parent), m_chart(chart()), m_series(new QStackedBarSeries), m_x(new QCategoryAxis),
      m_y(new QValueAxis)
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
    connect(m_series, &QStackedBarSeries::hovered, this,
            [this](bool status, int index, QBarSet*) { showBinToolTip(status, index); });

    setRenderHint(QPainter::Antialiasing, false);
    setFocusPolicy(Qt::NoFocus);  // read through its description; the bins' tool tips are for the mouse
    applyChartPalette(m_chart, palette());
    setMinimumHeight(200);
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
    m_sets[0]->setLabel(tr("Flagged (below %1)").arg(locale.toString(m_flaggedBelow, 'g', 3)));
    m_sets[1]->setLabel(tr("Standard"));
    m_sets[2]->setLabel(tr("Trusted (above %1)").arg(locale.toString(m_trustedAbove, 'g', 3)));
}

quint64 ScoreHistogram::total() const { return std::accumulate(m_bins.begin(), m_bins.end(), quint64{0}); }

void ScoreHistogram::setBins(const Bins& bins)
{
    if (bins == m_bins && !m_empty) {
        return;
    }
    m_empty = false;
    m_bins = bins;
    for (int b = 0; b < engine::kHistogramBins; ++b) {
        const int tier = static_cast<int>(binTier(b));
        for (int t = 0; t < engine::kReputationTierCount; ++t) {
            const auto value = static_cast<qreal>(t == tier ? bins[b] : 0);
            if (m_sets[t]->at(b) != value) {
                m_sets[t]->replace(b, value);
            }
        }
    }
    const std::uint64_t highest = *std::max_element(bins.begin(), bins.end());
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

void ScoreHistogram::showBinToolTip(bool hovering, int bin)
{
    if (!hovering || bin < 0 || bin >= engine::kHistogramBins) {
        QToolTip::hideText();
        return;
    }
    const int from = bin * kPointsPerBin;
    QToolTip::showText(QCursor::pos(), tr("Score %1–%2: %3 keys (%4)")
                                           .arg(QLocale().toString(from), QLocale().toString(from + kPointsPerBin),
                                                formatCount(m_bins[bin]), tierName(binTier(bin))));
}

void ScoreHistogram::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(m_chart, palette());
    }
}

}  // namespace sluice::ui
