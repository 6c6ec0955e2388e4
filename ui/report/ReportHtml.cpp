// SPDX-License-Identifier: Apache-2.0
#include "report/ReportHtml.h"

#include "report/ReportChartPainter.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace sluice::ui {

namespace {

constexpr int kChartWidth = 720;
constexpr int kChartHeight = 250;

const char* const kStyle =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#20242a;margin:2em auto;max-width:60em;padding:0 1em}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #c8cdd3}"
    "h3{font-size:1em}.period{font-size:1.05em;margin:.2em 0}.generated{color:#5f6670;font-size:.85em}"
    "table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.85em}"
    "th,td{border-bottom:1px solid #dde1e6;padding:.25em .6em;text-align:left;vertical-align:top}"
    "th{background:#eef1f4}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
    "figure{margin:.6em 0}svg{max-width:100%;height:auto}.empty{color:#5f6670}";

QByteArray escaped(const QString& text) { return text.toHtmlEscaped().toUtf8(); }

void table(QByteArray& out, const ReportTable& t)
{
    if (!t.title.isEmpty()) {
        out += "<h3>" + escaped(t.title) + "</h3>\n";
    }
    if (t.rows.isEmpty()) {
        out += "<p class=\"empty\">" + escaped(t.empty) + "</p>\n";
        return;
    }
    const auto cellClass = [&](qsizetype c) {
        return c < t.numeric.size() && t.numeric[c] ? QByteArray(" class=\"n\"") : QByteArray();
    };
    out += "<table id=\"" + escaped(t.id) + "\">\n<thead><tr>";
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        out += "<th" + cellClass(c) + ">" + escaped(t.columns[c]) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const QStringList& row : t.rows) {
        out += "<tr>";
        for (qsizetype c = 0; c < row.size(); ++c) {
            out += "<td" + cellClass(c) + ">" + escaped(row[c]) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

}  // namespace

QByteArray ReportHtml::svg(const ReportChart& chart, const QLocale& locale, int width, int height)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72);  // one unit is one point, as the PDF measures
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(chart.title);
    {
        QPainter painter(&generator);
        ReportChartPainter(painter, locale, 1.0).paint(chart, QRectF(4, 4, width - 8, height - 8));
    }
    QByteArray svg = buffer.data();
    // Inline in HTML, the element stands alone: no XML declaration or document type in front of it.
    const qsizetype start = svg.indexOf("<svg");
    return start < 0 ? QByteArray() : svg.mid(start).trimmed();
}

QByteArray ReportHtml::write(const ReportDocument& document)
{
    QByteArray out;
    out += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" +
           escaped(document.locale.bcp47Name()) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" +
           escaped(document.title + QStringLiteral(" — ") + document.period) + "</title>\n<style>" + kStyle +
           "</style>\n</head>\n<body>\n";
    out += "<h1>" + escaped(document.title) + "</h1>\n<p class=\"period\">" + escaped(document.period) +
           "</p>\n<p class=\"generated\">" + escaped(document.generated) + "</p>\n";
    for (const ReportSection& s : document.sections) {
        out += "<section>\n<h2>" + escaped(s.heading) + "</h2>\n";
        if (!s.text.isEmpty()) {
            out += "<p>" + escaped(s.text) + "</p>\n";
        }
        for (const ReportChart& chart : s.charts) {
            out += "<figure>\n" + svg(chart, document.locale, kChartWidth, kChartHeight) + "\n</figure>\n";
        }
        for (const ReportTable& t : s.tables) {
            if (!t.dataOnly) {
                table(out, t);
            }
        }
        out += "</section>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace sluice::ui
