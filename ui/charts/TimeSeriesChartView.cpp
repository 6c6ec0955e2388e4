// SPDX-License-Identifier: Apache-2.0
#include "charts/TimeSeriesChartView.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sluice::ui {

namespace {
constexpr int kFallbackPlotWidth = 600;  // before the first layout
constexpr int kMinTickSpacingPx = 90;
constexpr qint64 kMinZoomSec = 10;  // the finest tick step

// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `value`.
double roundUp(double value)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= value * (1 - 1e-9)) {
            return m * magnitude;
        }
    }
    return 10 * magnitude;
}
}  // namespace

QPen TimeSeriesChartView::cosmeticPen(const QColor& color, qreal width)
{
    QPen pen(color, width);
    pen.setCosmetic(true);  // the raster engine's fast path for thin lines
    return pen;
}

TimeSeriesChartView::TimeSeriesChartView(const QString& valueTitle, QWidget* parent)
    : InteractiveChartView(new QChart, parent), m_timeAxis(new QCategoryAxis), m_valueAxis(new QValueAxis)
{
    QChart* c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setLocalizeNumbers(true);
    c->setBackgroundRoundness(4);
    c->setMargins(QMargins(6, 4, 18, 4));         // room for a tick label at the right edge
    c->layout()->setContentsMargins(0, 0, 0, 0);  // the card fills the view, aligned with the headings
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    c->setFont(font());
    c->legend()->setFont(font());

    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTruncateLabels(false);
    m_valueAxis->setTitleText(valueTitle);
    m_valueAxis->setMinorTickCount(0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    setValueMax(0);

    setMinimumHeight(200);
    setFrameShape(QFrame::NoFrame);
    setDense(false);
    applyChartColors();
    connect(c, &QChart::plotAreaChanged, this, &TimeSeriesChartView::onPlotAreaChanged, Qt::QueuedConnection);
}

int TimeSeriesChartView::maxPoints() const
{
    const double width = chart()->plotArea().width();
    return std::max(32, (width >= 100 ? static_cast<int>(width) : kFallbackPlotWidth) / 2);
}

void TimeSeriesChartView::onPlotAreaChanged()
{
    const int budget = maxPoints();
    if (budget != m_lastBudget) {
        m_lastBudget = budget;
        emit pointBudgetChanged();
    }
}

void TimeSeriesChartView::addSeries(QAbstractSeries* series)
{
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
}

std::pair<qint64, qint64> TimeSeriesChartView::visibleSpan(qint64 fromSec, qint64 toSec) const
{
    if (!isZoomed() || toSec - fromSec != m_rangeSec) {
        return {fromSec, toSec};
    }
    const qint64 from = std::max(fromSec, m_zoomFromSec);
    const qint64 to = std::min(toSec, m_zoomToSec);
    // A window that time has pushed out of the range is shown at the range's oldest edge.
    return to - from >= kMinZoomSec ? std::pair{from, to} : std::pair{fromSec, fromSec + (m_zoomToSec - m_zoomFromSec)};
}

std::pair<double, double> TimeSeriesChartView::visibleX(qint64 fromSec, qint64 toSec) const
{
    const auto [from, to] = visibleSpan(fromSec, toSec);
    return {static_cast<double>(from - toSec), static_cast<double>(to - toSec)};
}

bool TimeSeriesChartView::showsSpan(qint64 fromSec, qint64 toSec) const
{
    const auto [fromX, toX] = visibleX(fromSec, toSec);
    return m_originSec == toSec && m_rangeSec == toSec - fromSec && m_timeAxis->min() == fromX &&
           m_timeAxis->max() == toX;
}

double TimeSeriesChartView::xOfMs(qint64 atMs) const
{
    return static_cast<double>(atMs) / 1000.0 - static_cast<double>(m_originSec);
}

bool TimeSeriesChartView::applyZoom(bool zoomed, double fromX, double toX)
{
    if (zoomed) {
        const qint64 from = m_originSec + static_cast<qint64>(std::floor(fromX));
        const qint64 to = m_originSec + static_cast<qint64>(std::ceil(toX));
        if (to - from < kMinZoomSec) {
            return false;
        }
        m_zoomFromSec = from;
        m_zoomToSec = to;
    }
    emit pointBudgetChanged();
    return true;
}

std::span<const double> TimeSeriesChartView::relativeTimes(const std::vector<double>& unixSec, qint64 toSec)
{
    m_relative.resize(unixSec.size());
    for (std::size_t i = 0; i < unixSec.size(); ++i) {
        m_relative[i] = unixSec[i] - static_cast<double>(toSec);
    }
    return m_relative;
}

void TimeSeriesChartView::setTimeSpan(qint64 fromSec, qint64 toSec)
{
    if (m_rangeSec != toSec - fromSec) {
        m_rangeSec = toSec - fromSec;  // another range on the page: follow it from its end again
        zoomForgotten();
    }
    const auto [from, to] = visibleX(fromSec, toSec);
    if (m_timeAxis->min() != from || m_timeAxis->max() != to) {
        m_timeAxis->setRange(from, to);
        m_timeAxis->setStartValue(from);
    }
    const double width = chart()->plotArea().width() >= 100 ? chart()->plotArea().width() : kFallbackPlotWidth;
    const auto [fromVisible, toVisible] = visibleSpan(fromSec, toSec);
    QList<TimeTick> ticks = timeTicks(fromVisible, toVisible, std::max(2, static_cast<int>(width) / kMinTickSpacingPx));
    if (ticks == m_ticks && toSec == m_originSec) {
        return;
    }
    m_originSec = toSec;
    for (const QString& label : m_timeAxis->categoriesLabels()) {
        m_timeAxis->remove(label);
    }
    for (const TimeTick& tick : ticks) {
        m_timeAxis->append(tick.label, static_cast<double>(tick.sec - toSec));
    }
    m_ticks = std::move(ticks);
}

void TimeSeriesChartView::setValueMax(double max)
{
    // Up to five steps of a round size above the data, with as many decimals as the step needs. Fixed ticks
    // rather than dynamic ones: a new range with the old interval could ask for a million tick marks.
    const double target = max > 0 ? max * 1.05 : 1.0;
    const double step = roundUp(target / 5);
    const double top = std::ceil(target / step - 1e-9) * step;
    if (top == m_valueMax) {
        return;
    }
    m_valueMax = top;
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 3);
    m_valueAxis->setTickCount(static_cast<int>(std::lround(top / step)) + 1);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

void TimeSeriesChartView::setDense(bool dense) { setRenderHint(QPainter::Antialiasing, !dense); }

void TimeSeriesChartView::describe(const QString& text)
{
    if (text != accessibleDescription()) {
        setAccessibleDescription(text);
    }
}

void TimeSeriesChartView::changeEvent(QEvent* event)
{
    InteractiveChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyChartColors();
        applySeriesColors();
    }
}

void TimeSeriesChartView::applyChartColors()
{
    m_colors = ChartColors::from(palette());
    QChart* c = chart();
    setBackgroundBrush(palette().brush(QPalette::Window));
    c->setBackgroundBrush(m_colors.background);
    c->setBackgroundPen(cosmeticPen(m_colors.border));
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(m_colors.text);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsColor(m_colors.text);
        axis->setTitleBrush(m_colors.mutedText);
        axis->setLinePen(cosmeticPen(m_colors.border));
        axis->setGridLinePen(cosmeticPen(m_colors.grid));
    }
}

}  // namespace sluice::ui
