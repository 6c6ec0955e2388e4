// SPDX-License-Identifier: Apache-2.0
#include "report/ReportChartPainter.h"
#include "report/ReportStyle.h"

#include "charts/TimeTicks.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sluice::ui {

namespace {

using reportstyle::font;
using reportstyle::kGrid;
using reportstyle::kInk;
using reportstyle::kMuted;
constexpr double kTitlePt = 9.5;
constexpr double kLabelPt = 7.0;

double largest(const ReportChart& chart)
{
    double max = 0;
    if (chart.kind == ReportChart::Kind::Bars && chart.stacked) {
        for (qsizetype i = 0; i < chart.categories.size(); ++i) {
            double sum = 0;
            for (const QVector<double>& s : chart.values) {
                sum += i < s.size() ? s[i] : 0.0;
            }
            max = std::max(max, sum);
        }
        return max;
    }
    for (const QVector<double>& s : chart.values) {
        for (double v : s) {
            max = std::max(max, v);
        }
    }
    return max;
}
}  // namespace

ReportChartPainter::ReportChartPainter(QPainter& painter, const QLocale& locale, double unit)
    : m_painter(painter), m_locale(locale), m_unit(unit)
{
}

void ReportChartPainter::niceAxis(double max, double& top, double& step)
{
    if (!(max > 0)) {
        top = 1;
        step = 0.25;
        return;
    }
    const double rough = max / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * magnitude;
    top = std::ceil(max / step - 1e-9) * step;
}

QString ReportChartPainter::axisLabel(double value, const QLocale& locale)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e9) {
        return locale.toString(value / 1e9, 'g', 3) + QStringLiteral(" G");
    }
    if (magnitude >= 1e6) {
        return locale.toString(value / 1e6, 'g', 3) + QStringLiteral(" M");
    }
    if (magnitude >= 1e4) {
        return locale.toString(value / 1e3, 'g', 3) + QStringLiteral(" k");
    }
    if (value == std::floor(value)) {
        return locale.toString(static_cast<qint64>(value));
    }
    return locale.toString(value, 'g', 3);
}

void ReportChartPainter::paint(const ReportChart& chart, const QRectF& area)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    double top = 0;
    double step = 0;
    niceAxis(largest(chart), top, step);
    const QRectF plot = paintFrame(chart, area, top, step);
    if (chart.kind == ReportChart::Kind::Lines) {
        paintLines(chart, plot, top);
    } else {
        paintBars(chart, plot, top);
    }
    m_painter.restore();
}

QRectF ReportChartPainter::paintFrame(const ReportChart& chart, const QRectF& area, double top, double step)
{
    QPaintDevice* device = m_painter.device();
    const QFont titleFont = font(kTitlePt, true);
    const QFont labelFont = font(kLabelPt);
    const QFontMetricsF titleMetrics(titleFont, device);
    const QFontMetricsF labelMetrics(labelFont, device);
    double y = area.top();
    m_painter.setPen(kInk);
    m_painter.setFont(titleFont);
    m_painter.drawText(QRectF(area.left(), y, area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       chart.title);
    y += titleMetrics.height() + pt(3);

    // The legend: a swatch and a name per series, on one line.
    m_painter.setFont(labelFont);
    double x = area.left();
    for (qsizetype i = 0; i < chart.series.size(); ++i) {
        const QColor color = i < chart.colors.size() ? chart.colors[i] : kInk;
        m_painter.fillRect(QRectF(x, y + labelMetrics.height() / 2 - pt(3), pt(10), pt(6)), color);
        x += pt(13);
        const double width = labelMetrics.horizontalAdvance(chart.series[i]);
        m_painter.setPen(kInk);
        m_painter.drawText(QRectF(x, y, width + pt(2), labelMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           chart.series[i]);
        x += width + pt(12);
    }
    // What the values count, at the legend's right end, clear of the axis labels.
    m_painter.setPen(kMuted);
    m_painter.drawText(QRectF(area.left(), y, area.width(), labelMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                       chart.yTitle);
    y += labelMetrics.height() + pt(4);

    double labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step) {
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(axisLabel(v, m_locale)));
    }
    const double below = labelMetrics.height() * (chart.kind == ReportChart::Kind::Bars ? 2.2 : 1.4);
    const QRectF plot(area.left() + labelWidth + pt(6), y + labelMetrics.height() * 0.6,
                      area.width() - labelWidth - pt(10), area.bottom() - y - below - labelMetrics.height() * 0.6);

    for (double v = 0; v <= top + step / 2; v += step) {
        const double gy = plot.bottom() - plot.height() * v / top;
        m_painter.setPen(QPen(kGrid, pt(0.5)));
        m_painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        m_painter.setPen(kMuted);
        m_painter.drawText(
            QRectF(area.left(), gy - labelMetrics.height() / 2, labelWidth + pt(2), labelMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, axisLabel(v, m_locale));
    }
    m_painter.setPen(QPen(kMuted, pt(0.7)));
    m_painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    if (chart.kind == ReportChart::Kind::Lines && chart.times.size() > 1) {
        const qint64 first = chart.times.front();
        const qint64 last = chart.times.back();
        const int maxTicks = std::max(2, static_cast<int>(plot.width() / pt(60)));
        for (const TimeTick& tick : timeTicks(first / 1000, last / 1000, maxTicks)) {
            const double tx = plot.left() + plot.width() * static_cast<double>(tick.sec * 1000 - first) /
                                                static_cast<double>(last - first);
            m_painter.setPen(QPen(kMuted, pt(0.7)));
            m_painter.drawLine(QPointF(tx, plot.bottom()), QPointF(tx, plot.bottom() + pt(3)));
            const double w = labelMetrics.horizontalAdvance(tick.label) + pt(2);
            m_painter.drawText(QRectF(tx - w / 2, plot.bottom() + pt(3), w, labelMetrics.height()), Qt::AlignCenter,
                               tick.label);
        }
    }
    return plot;
}

void ReportChartPainter::paintLines(const ReportChart& chart, const QRectF& plot, double top)
{
    const qsizetype points = chart.times.size();
    if (points == 0) {
        return;
    }
    const double span = points > 1 ? static_cast<double>(chart.times.back() - chart.times.front()) : 1.0;
    for (qsizetype s = 0; s < chart.values.size(); ++s) {
        const QVector<double>& values = chart.values[s];
        QPainterPath path;
        for (qsizetype i = 0; i < points && i < values.size(); ++i) {
            const double px =
                plot.left() + (points > 1
                                   ? plot.width() * static_cast<double>(chart.times[i] - chart.times.front()) / span
                                   : plot.width() / 2);
            const QPointF p(px, plot.bottom() - plot.height() * values[i] / top);
            if (i == 0) {
                path.moveTo(p);
            } else {
                path.lineTo(p);
            }
        }
        m_painter.setPen(QPen(s < chart.colors.size() ? chart.colors[s] : kInk, pt(1.2)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }
}

void ReportChartPainter::paintBars(const ReportChart& chart, const QRectF& plot, double top)
{
    const qsizetype groups = chart.categories.size();
    if (groups == 0) {
        return;
    }
    const QFont labelFont = font(kLabelPt);
    const QFontMetricsF labelMetrics(labelFont, m_painter.device());
    const double groupWidth = plot.width() / static_cast<double>(groups);
    const auto seriesCount = static_cast<double>(std::max<qsizetype>(chart.values.size(), 1));
    const double barWidth = groupWidth * 0.7 / (chart.stacked ? 1.0 : seriesCount);
    m_painter.setFont(labelFont);
    for (qsizetype g = 0; g < groups; ++g) {
        const double groupLeft = plot.left() + groupWidth * static_cast<double>(g) + groupWidth * 0.15;
        double base = 0;
        for (qsizetype s = 0; s < chart.values.size(); ++s) {
            const double v = g < chart.values[s].size() ? chart.values[s][g] : 0.0;
            const double left = chart.stacked ? groupLeft : groupLeft + barWidth * static_cast<double>(s);
            const double y0 = plot.bottom() - plot.height() * (chart.stacked ? base : 0) / top;
            const double height = plot.height() * v / top;
            m_painter.fillRect(QRectF(left, y0 - height, barWidth, height),
                               s < chart.colors.size() ? chart.colors[s] : kInk);
            base += v;
        }
        m_painter.setPen(kMuted);
        const QString label = labelMetrics.elidedText(chart.categories[g], Qt::ElideRight, groupWidth - pt(2));
        m_painter.drawText(QRectF(plot.left() + groupWidth * static_cast<double>(g), plot.bottom() + pt(3), groupWidth,
                                  labelMetrics.height()),
                           Qt::AlignCenter, label);
    }
}

}  // namespace sluice::ui
