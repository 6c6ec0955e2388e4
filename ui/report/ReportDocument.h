// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sluice::ui {

// A table of a report: what the PDF and HTML lay out and what CSV writes, one file per table.
struct ReportTable {
    QString id;     // the CSV file's suffix: "kpis", "top-denied-keys"
    QString title;  // may be empty: the section's heading says it
    QStringList columns;
    QList<bool> numeric;  // per column: right-aligned
    QList<QStringList> rows;
    QString empty;          // said instead of an empty table
    bool dataOnly = false;  // CSV and JSON only: the PDF and HTML show it as a chart
};

// A chart of a report, drawn as vectors by ReportChartPainter: lines over time, or bars over categories.
struct ReportChart {
    enum class Kind { Lines, Bars };
    Kind kind = Kind::Lines;
    QString id;  // stable name: "traffic", "score-bands", "throttle"
    QString title;
    QString yTitle;
    QStringList series;             // legend names
    QList<QColor> colors;           // per series
    QVector<qint64> times;          // Lines: the x of each point, Unix milliseconds (UTC)
    QStringList categories;         // Bars: the label of each bar group
    QList<QVector<double>> values;  // per series, one value per point or category
    bool stacked = false;           // Bars: series stack instead of standing side by side
};

// One titled part of a report: a sentence or two, charts, tables, in that order.
struct ReportSection {
    QString heading;
    QString text;
    QList<ReportChart> charts;
    QList<ReportTable> tables;
};

// A whole report, already in the reader's language: what the four writers (PDF, HTML, CSV, JSON aside) share.
struct ReportDocument {
    QString title;
    QString period;     // "1 Dec 2026 00:00 – 2 Dec 2026 00:00 UTC"
    QString generated;  // "Generated 6 Dec 2026 03:20 by Sluice 0.x"
    QLocale locale;
    QList<ReportSection> sections;
    QString pageWord;  // "Page %1 of %2", in the document's language
};

}  // namespace sluice::ui
