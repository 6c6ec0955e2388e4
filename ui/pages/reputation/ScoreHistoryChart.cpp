// SPDX-License-Identifier: Apache-2.0
#include "pages/reputation/ScoreHistoryChart.h"

#include "Format.h"
#include "charts/ChartColors.h"
#include "pages/reputation/ChartPalette.h"

#include <QDateTime>
#include <QDateTimeAxis>
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
constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMsPerDay = 24 * 60 * kMsPerMinute;

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
    : QChartView(new QChart, parent), m_chart(chart()), m_line(new QLineSeries), m_markers(new QScatterSeries),
      m_flaggedLine(thresholdLine(tierColor(engine::ReputationTier::Flagged))),
      m_trustedLine(thresholdLine(tierColor(engine::ReputationTier::Trusted))), m_x(new QDateTimeAxis),
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
    m_chart->setLocalizeNumbers(true);  // "600,000" keys, as people write it in their language
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_x->setTickCount(5);
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
    setFocusPolicy(Qt::NoFocus);  // read through its description; the events list below is the keyboard's way in
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
    const QLocale locale;
    m_x->setFormat(toMs - fromMs < kMsPerDay ? locale.timeFormat(QLocale::ShortFormat)
                                             : locale.dateTimeFormat(QLocale::ShortFormat));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_line->replace(m_points);
    m_markers->replace(m_points);
    const auto span = [fromMs, toMs](double score) {
        return QList<QPointF>{QPointF(static_cast<qreal>(fromMs), score), QPointF(static_cast<qreal>(toMs), score)};
    };
    m_flaggedLine->replace(span(m_flaggedBelow));
    m_trustedLine->replace(span(m_trustedAbove));
    describe(events, currentScore);
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
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(m_chart, palette());
    }
}

}  // namespace sluice::ui
