// SPDX-License-Identifier: Apache-2.0
#include "pages/reputation/ScoreHistoryChart.h"

#include "Format.h"
#include "charts/ChartColors.h"
#include "models/KeyTimeFormat.h"
#include "pages/reputation/ChartPalette.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace sluice::ui {

namespace {
constexpr qint64 kMsPerSec = 1000;
constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMinZoomMs = 10 * kMsPerSec;
constexpr int kMinTickSpacingPx = 90;

QLineSeries* thresholdLine(QColor colour)
{
    auto* line = new QLineSeries;
    QPen pen(colour);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.0);
    line->setPen(pen);
    return line;
}
}  // namespace

ScoreHistoryChart::ScoreHistoryChart(QWidget* parent)
    : InteractiveChartView(new QChart, parent), m_chart(chart()), m_line(new QLineSeries),
      m_markers(new QScatterSeries), m_flaggedLine(thresholdLine(tierColor(engine::ReputationTier::Flagged))),
      m_trustedLine(thresholdLine(tierColor(engine::ReputationTier::Trusted))), m_x(new QCategoryAxis),
      m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("scoreHistory"));
    setAccessibleName(tr("Score history"));
    const QColor standard = tierColor(engine::ReputationTier::Standard);
    QPen pen(standard);
    pen.setWidthF(2.0);
    m_line->setPen(pen);
    m_markers->setColor(standard);
    m_markers->setBorderColor(standard);
    m_markers->setMarkerSize(6.0);
    for (QXYSeries* series : std::initializer_list<QXYSeries*>{m_flaggedLine, m_trustedLine, m_line, m_markers}) {
        m_chart->addSeries(series);
    }
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);           // "600,000" keys, as people write it in their language
    m_chart->setMargins(QMargins(4, 4, 18, 4));  // room for a tick label at the right edge
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setTruncateLabels(false);
    m_x->setTitleText(tr("Time"));
    m_y->setRange(0, 100);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("Score"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries* series : m_chart->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    setRenderHint(QPainter::Antialiasing, true);  // a sparse line: at most a thousand points
    applyChartPalette(m_chart, palette());
    setMinimumHeight(180);
    clear();
}

void ScoreHistoryChart::clear()
{
    m_points.clear();
    for (QXYSeries* series : std::initializer_list<QXYSeries*>{m_flaggedLine, m_trustedLine, m_line, m_markers}) {
        series->clear();
    }
    setAccessibleDescription(QString());
}

void ScoreHistoryChart::setThresholds(double flaggedBelow, double trustedAbove)
{
    m_flaggedBelow = flaggedBelow;
    m_trustedAbove = trustedAbove;
}

void ScoreHistoryChart::setHistory(const QList<ReputationEvent>& events, double currentScore, qint64 nowMs)
{
    // Each event is drawn as a drop or a rise at its instant (score before, then after). What happens between
    // two events (clean traffic earning points, hourly decay) is not recorded, so a straight line joins them.
    m_points.clear();
    m_points.reserve(2 * events.size() + 1);
    const auto add = [this](qint64 atMs, double score) {
        const QPointF p(static_cast<qreal>(atMs), score);
        if (m_points.isEmpty() || m_points.back() != p) {  // a tier change repeats the violation that caused it
            m_points.append(p);
        }
    };
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        add(it->atMs, it->scoreBefore);
        add(it->atMs, it->scoreAfter);
    }
    const qint64 lastMs = events.isEmpty() ? nowMs : std::max(nowMs, events.front().atMs);
    add(lastMs, currentScore);

    qint64 fromMs = static_cast<qint64>(m_points.front().x());
    qint64 toMs = lastMs;
    if (toMs - fromMs < kMsPerMinute) {  // a single point or a short burst: show at least a minute
        fromMs = toMs - kMsPerMinute;
    }
    m_fromMs = fromMs;
    m_toMs = toMs;
    if (isZoomed() && (m_zoomToMs <= fromMs || m_zoomFromMs >= toMs)) {
        zoomForgotten();  // another key: its history lies elsewhere in time
    }
    showSpan(isZoomed() ? m_zoomFromMs : fromMs, isZoomed() ? m_zoomToMs : toMs);
    m_line->replace(m_points);
    m_markers->replace(m_points);
    const auto span = [fromMs, toMs](double score) {
        return QList<QPointF>{QPointF(static_cast<qreal>(fromMs), score), QPointF(static_cast<qreal>(toMs), score)};
    };
    m_flaggedLine->replace(span(m_flaggedBelow));
    m_trustedLine->replace(span(m_trustedAbove));
    describe(events, currentScore);
}

void ScoreHistoryChart::showSpan(qint64 fromMs, qint64 toMs)
{
    m_x->setRange(static_cast<qreal>(fromMs), static_cast<qreal>(toMs));
    m_x->setStartValue(static_cast<qreal>(fromMs));
    const double width = chart()->plotArea().width() >= 100 ? chart()->plotArea().width() : 400;
    // Ticks on whole seconds: the span is widened to them, so a short history still gets round labels.
    QList<TimeTick> ticks = timeTicks(fromMs / kMsPerSec, (toMs + kMsPerSec - 1) / kMsPerSec,
                                      std::max(2, static_cast<int>(width) / kMinTickSpacingPx));
    if (ticks == m_ticks) {
        return;
    }
    for (const QString& label : m_x->categoriesLabels()) {
        m_x->remove(label);
    }
    for (const TimeTick& tick : ticks) {
        const auto at = static_cast<qreal>(tick.sec * kMsPerSec);
        if (at >= static_cast<qreal>(fromMs) && at <= static_cast<qreal>(toMs)) {
            m_x->append(tick.label, at);
        }
    }
    m_ticks = std::move(ticks);
}

bool ScoreHistoryChart::applyZoom(bool zoomed, double fromX, double toX)
{
    if (zoomed) {
        const auto from = static_cast<qint64>(fromX);
        const auto to = static_cast<qint64>(toX);
        if (to - from < kMinZoomMs || m_points.isEmpty()) {
            return false;
        }
        m_zoomFromMs = from;
        m_zoomToMs = to;
        showSpan(from, to);
    } else {
        showSpan(m_fromMs, m_toMs);
    }
    return true;
}

QString ScoreHistoryChart::hoverText(double x, double, double) const
{
    if (m_points.isEmpty()) {
        return {};
    }
    // The nearest moment; an event's drop or rise is two points at one instant.
    const auto after = std::lower_bound(m_points.begin(), m_points.end(), x,
                                        [](const QPointF& p, double value) { return p.x() < value; });
    qsizetype i = after - m_points.begin();
    if (i == m_points.size() || (i > 0 && x - m_points[i - 1].x() < m_points[i].x() - x)) {
        --i;
    }
    qsizetype first = i;
    while (first > 0 && m_points[first - 1].x() == m_points[i].x()) {
        --first;
    }
    qsizetype last = i;
    while (last + 1 < m_points.size() && m_points[last + 1].x() == m_points[i].x()) {
        ++last;
    }
    const QLocale locale;
    const QString when = formatKeyTime(static_cast<qint64>(m_points[i].x()));
    if (first == last) {
        return tr("%1\nScore: %2").arg(when, locale.toString(m_points[i].y(), 'f', 1));
    }
    return tr("%1\nScore: %2 → %3")
        .arg(when, locale.toString(m_points[first].y(), 'f', 1), locale.toString(m_points[last].y(), 'f', 1));
}

void ScoreHistoryChart::describe(const QList<ReputationEvent>& events, double currentScore)
{
    const QLocale locale;
    const auto tier = currentScore < m_flaggedBelow   ? engine::ReputationTier::Flagged
                      : currentScore > m_trustedAbove ? engine::ReputationTier::Trusted
                                                      : engine::ReputationTier::Standard;
    const QString now = locale.toString(currentScore, 'f', 1);
    QString text;
    if (events.isEmpty()) {
        text = tr("Score now %1 (%2); no violations or tier changes recorded.").arg(now, tierName(tier));
    } else {
        double lowest = currentScore;
        for (const ReputationEvent& e : events) {
            lowest = std::min({lowest, e.scoreBefore, e.scoreAfter});
        }
        const QString since = locale.toString(QDateTime::fromMSecsSinceEpoch(events.back().atMs), QLocale::ShortFormat);
        text = tr("Score now %1 (%2), lowest %3; %Ln recorded event(s) since %4.", nullptr,
                  static_cast<int>(events.size()))
                   .arg(now, tierName(tier), locale.toString(lowest, 'f', 1), since);
    }
    if (text != accessibleDescription()) {
        setAccessibleDescription(text);
    }
}

void ScoreHistoryChart::changeEvent(QEvent* event)
{
    InteractiveChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(m_chart, palette());
    }
}

}  // namespace sluice::ui
