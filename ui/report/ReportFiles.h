// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace sluice::ui {

enum class ReportFormat { Pdf, Html, Csv, Json };

// A report ready to write: the laid-out document and its data as JSON (the engine writes that, locale-free).
struct ReportOutput {
    ReportDocument document;
    QByteArray json;
};

struct ReportWritten {
    QString error;  // empty on success; names the file and what went wrong
    bool cancelled = false;
    QStringList files;  // what was written (CSV: one file per table)
    int pages = 0;      // PDF
};

class ReportFiles final {
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    // The format a file name asks for by its ending (.pdf, .html/.htm, .csv, .json); nullopt for any other.
    static std::optional<ReportFormat> formatOf(const QString& path);
    // The files a CSV report to `path` writes: <name>-<table>.csv beside it, one per table.
    static QStringList csvFiles(const QString& path, const ReportDocument& document);
    // Writes the report to `path` in the format its name asks for. Every file is written whole or not at all:
    // a failure or a cancel leaves nothing behind (not even the CSV files of tables already written).
    static ReportWritten write(const ReportOutput& output, const QString& path,
                               const std::function<void(double)>& progress = {},
                               const std::atomic<bool>* cancel = nullptr);
    // One table as CSV (RFC 4180, UTF-8, formula cells defused).
    static QByteArray csv(const ReportTable& table);
};

}  // namespace sluice::ui
