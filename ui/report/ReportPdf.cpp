// SPDX-License-Identifier: Apache-2.0
// The layout runs twice: once to count the pages (so every footer can say "of N"), then to paint them. Everything
// is measured in points on the PDF writer itself, so both passes break at the same places.
#include "report/ReportPdf.h"

#include "report/ReportChartPainter.h"
#include "report/ReportStyle.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

namespace sluice::ui {

namespace {

using reportstyle::font;
using reportstyle::kHeaderFill;
using reportstyle::kInk;
using reportstyle::kMuted;
using reportstyle::kRule;

constexpr double kPageWidthPt = 595.0;  // A4
constexpr double kPageHeightPt = 842.0;
constexpr double kMarginPt = 42.0;
constexpr double kHeaderPt = 26.0;  // the running title on every page
constexpr double kFooterPt = 22.0;
constexpr double kChartHeightPt = 190.0;
constexpr double kCellPadPt = 3.0;

class Layout final {
public:
    Layout(QPdfWriter& writer, const ReportDocument& document, QPainter* painter, int totalPages)
        : m_writer(writer), m_doc(document), m_painter(painter), m_total(totalPages), m_unit(writer.resolution() / 72.0)
    {
    }

    // Lays out (and with a painter, paints) the whole document; false when cancelled.
    bool run(const std::function<void(double)>& progress, const std::atomic<bool>* cancel)
    {
        startPage();
        titleBlock();
        const auto sections = static_cast<double>(std::max<qsizetype>(m_doc.sections.size(), 1));
        for (qsizetype i = 0; i < m_doc.sections.size(); ++i) {
            if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
                return false;
            }
            section(m_doc.sections[i]);
            if (progress) {
                progress(static_cast<double>(i + 1) / sections);
            }
        }
        finishPage();
        return true;
    }
    int pages() const { return m_page; }

private:
    double pt(double points) const { return points * m_unit; }
    double contentTop() const { return pt(kMarginPt + kHeaderPt); }
    double contentBottom() const { return pt(kPageHeightPt - kMarginPt - kFooterPt); }
    double left() const { return pt(kMarginPt); }
    double width() const { return pt(kPageWidthPt - 2 * kMarginPt); }
    double room() const { return contentBottom() - m_y; }

    void startPage()
    {
        ++m_page;
        m_y = contentTop();
        if (m_painter == nullptr) {
            return;
        }
        // The running head: title on the left, period on the right, a rule below.
        m_painter->setPen(kMuted);
        m_painter->setFont(font(7.5));
        const QRectF head(left(), pt(kMarginPt), width(), pt(12));
        m_painter->drawText(head, Qt::AlignLeft | Qt::AlignVCenter, m_doc.title);
        m_painter->drawText(head, Qt::AlignRight | Qt::AlignVCenter, m_doc.period);
        m_painter->setPen(QPen(kRule, pt(0.5)));
        m_painter->drawLine(QPointF(left(), pt(kMarginPt + 15)), QPointF(left() + width(), pt(kMarginPt + 15)));
    }

    void finishPage()
    {
        if (m_painter == nullptr) {
            return;
        }
        const double y = pt(kPageHeightPt - kMarginPt - 10);
        m_painter->setPen(QPen(kRule, pt(0.5)));
        m_painter->drawLine(QPointF(left(), y - pt(4)), QPointF(left() + width(), y - pt(4)));
        m_painter->setPen(kMuted);
        m_painter->setFont(font(7.5));
        const QRectF foot(left(), y, width(), pt(12));
        m_painter->drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_doc.generated);
        m_painter->drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                            m_doc.pageWord.arg(m_doc.locale.toString(m_page), m_doc.locale.toString(m_total)));
    }

    void newPage()
    {
        finishPage();
        if (m_painter != nullptr) {
            m_writer.newPage();
        }
        startPage();
    }

    void ensure(double needed)
    {
        if (room() < needed && m_y > contentTop()) {
            newPage();
        }
    }

    double textHeight(const QString& text, const QFont& f, double w) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, w, 1e9), Qt::TextWordWrap, text).height();
    }

    void paragraph(const QString& text, const QFont& f, const QColor& color, double after)
    {
        const double h = textHeight(text, f, width());
        ensure(h);
        if (m_painter != nullptr) {
            m_painter->setPen(color);
            m_painter->setFont(f);
            m_painter->drawText(QRectF(left(), m_y, width(), h), Qt::TextWordWrap | Qt::AlignLeft, text);
        }
        m_y += h + pt(after);
    }

    void titleBlock()
    {
        paragraph(m_doc.title, font(18, true), kInk, 4);
        paragraph(m_doc.period, font(10.5), kInk, 2);
        paragraph(m_doc.generated, font(8), kMuted, 14);
    }

    void section(const ReportSection& s)
    {
        // A heading and its sentences never end a page: they go where the first block after them fits.
        const QFont headingFont = font(13, true);
        const double headingHeight = textHeight(s.heading, headingFont, width()) + pt(6);
        const double textHeightPt = s.text.isEmpty() ? 0.0 : textHeight(s.text, font(9), width()) + pt(8);
        ensure(headingHeight + textHeightPt + (s.charts.isEmpty() ? pt(60) : pt(kChartHeightPt)));
        paragraph(s.heading, headingFont, kInk, 6);
        if (!s.text.isEmpty()) {
            paragraph(s.text, font(9), kInk, 8);
        }
        for (const ReportChart& chart : s.charts) {
            ensure(pt(kChartHeightPt));
            if (m_painter != nullptr) {
                ReportChartPainter(*m_painter, m_doc.locale, m_unit)
                    .paint(chart, QRectF(left(), m_y, width(), pt(kChartHeightPt - 10)));
            }
            m_y += pt(kChartHeightPt);
        }
        for (const ReportTable& table : s.tables) {
            if (!table.dataOnly) {
                this->table(table);
            }
        }
        m_y += pt(10);
    }

    QList<double> columnWidths(const ReportTable& t, const QFont& body, const QFont& head) const
    {
        const QFontMetricsF bodyMetrics(body, &m_writer);
        const QFontMetricsF headMetrics(head, &m_writer);
        QList<double> natural;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            double w = headMetrics.horizontalAdvance(t.columns[c]);
            for (const QStringList& row : t.rows) {
                if (c < row.size()) {
                    w = std::max(w, bodyMetrics.horizontalAdvance(row[c]));
                }
            }
            natural << w + pt(2 * kCellPadPt) + pt(1);
        }
        const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
        if (total <= width()) {
            // Spare room goes to the text columns (names, keys, reasons) in proportion, so figures keep tight.
            double text = 0;
            for (qsizetype c = 0; c < natural.size(); ++c) {
                text += c < t.numeric.size() && t.numeric[c] ? 0.0 : natural[c];
            }
            for (qsizetype c = 0; c < natural.size(); ++c) {
                const bool number = c < t.numeric.size() && t.numeric[c];
                if (text == 0) {
                    natural[c] += (width() - total) / static_cast<double>(natural.size());
                } else if (!number) {
                    natural[c] += (width() - total) * natural[c] / text;
                }
            }
            return natural;
        }
        // Too wide: every column gets at least an even share's third, the rest in proportion; text wraps.
        const double minimum = width() / static_cast<double>(natural.size()) / 3.0;
        QList<double> out;
        for (double w : natural) {
            out << std::max(minimum, w * (width() - minimum * static_cast<double>(natural.size())) / total);
        }
        const double sum = std::accumulate(out.begin(), out.end(), 0.0);
        for (double& w : out) {
            w *= width() / sum;
        }
        return out;
    }

    double rowHeight(const QStringList& cells, const QList<double>& widths, const QFont& f) const
    {
        double h = 0;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            h = std::max(h, textHeight(cells[c], f, widths[c] - pt(2 * kCellPadPt)));
        }
        return h + pt(2 * kCellPadPt);
    }

    void row(const QStringList& cells, const QList<double>& widths, const QList<bool>& numeric, const QFont& f,
             double h, bool header)
    {
        if (m_painter != nullptr) {
            if (header) {
                m_painter->fillRect(QRectF(left(), m_y, width(), h), kHeaderFill);
            }
            m_painter->setFont(f);
            m_painter->setPen(kInk);
            double x = left();
            for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
                const bool right = c < numeric.size() && numeric[c];
                m_painter->drawText(QRectF(x + pt(kCellPadPt), m_y + pt(kCellPadPt), widths[c] - pt(2 * kCellPadPt),
                                           h - pt(2 * kCellPadPt)),
                                    Qt::TextWordWrap | (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                                    cells[c]);
                x += widths[c];
            }
            m_painter->setPen(QPen(kRule, pt(0.4)));
            m_painter->drawLine(QPointF(left(), m_y + h), QPointF(left() + width(), m_y + h));
        }
        m_y += h;
    }

    // Where the rows from `from` stop on this page: as many as fit, but a page that breaks a table leaves at
    // least a few rows for the next one, so no page holds a lone row under a repeated header. Always at least one.
    qsizetype pageEnd(const QList<double>& heights, qsizetype from) const
    {
        constexpr qsizetype kFewestCarried = 3;
        double used = 0;
        qsizetype end = from;
        while (end < heights.size() && used + heights[end] <= room()) {
            used += heights[end];
            ++end;
        }
        const qsizetype carried = heights.size() - end;
        if (carried > 0 && carried < kFewestCarried && end - from > 2 * kFewestCarried) {
            end -= kFewestCarried - carried;
        }
        return std::max(end, from + 1);
    }

    void table(const ReportTable& t)
    {
        const QFont body = font(8);
        const QFont head = font(8, true);
        if (!t.title.isEmpty()) {
            ensure(pt(60));
            paragraph(t.title, font(10, true), kInk, 3);
        }
        if (t.rows.isEmpty()) {
            paragraph(t.empty, font(8.5), kMuted, 8);
            return;
        }
        const QList<double> widths = columnWidths(t, body, head);
        const double headHeight = rowHeight(t.columns, widths, head);
        ensure(headHeight + rowHeight(t.rows.front(), widths, body));
        row(t.columns, widths, t.numeric, head, headHeight, true);
        QList<double> heights;
        for (const QStringList& cells : t.rows) {
            heights << rowHeight(cells, widths, body);
        }
        qsizetype next = 0;
        while (next < heights.size()) {
            const qsizetype end = pageEnd(heights, next);
            for (; next < end; ++next) {
                row(t.rows[next], widths, t.numeric, body, heights[next], false);
            }
            if (next < heights.size()) {
                newPage();
                row(t.columns, widths, t.numeric, head, headHeight, true);  // the header again on the new page
            }
        }
        m_y += pt(10);
    }

    QPdfWriter& m_writer;
    const ReportDocument& m_doc;
    QPainter* m_painter;
    int m_total;
    double m_unit;
    int m_page = 0;
    double m_y = 0;
};

}  // namespace

ReportPdf::Result ReportPdf::write(const ReportDocument& document, QIODevice& device,
                                   const std::function<void(double)>& progress, const std::atomic<bool>* cancel)
{
    QPdfWriter writer(&device);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(document.title + QStringLiteral(" — ") + document.period);
    writer.setCreator(QStringLiteral("Sluice"));
    Result result;
    Layout count(writer, document, nullptr, 0);
    if (!count.run({}, cancel)) {
        result.cancelled = true;
        return result;
    }
    QPainter painter(&writer);
    Layout paint(writer, document, &painter, count.pages());
    if (!paint.run(progress, cancel)) {
        result.cancelled = true;
        painter.end();
        return result;
    }
    painter.end();
    result.pages = paint.pages();
    return result;
}

}  // namespace sluice::ui
