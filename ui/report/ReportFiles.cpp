// SPDX-License-Identifier: Apache-2.0
#include "report/ReportFiles.h"

#include "Csv.h"
#include "report/ReportHtml.h"
#include "report/ReportPdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sluice::ui {

namespace {

bool cancelled(const std::atomic<bool>* cancel) { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }

// Writes `bytes` to `path` through a temporary file renamed into place.
// Qt 6.4's QSaveFile::commit() succeeds when the write that fails is the flush of its buffer (a full disk): it
// would put an empty or cut file in place of the old one. An explicit flush() reports that failure first.
bool commitWhole(QSaveFile& file) { return file.flush() && file.commit(); }

QString saveWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !commitWhole(file)) {
        return ReportFiles::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

}  // namespace

std::optional<ReportFormat> ReportFiles::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return ReportFormat::Pdf;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return ReportFormat::Html;
    }
    if (suffix == QLatin1String("csv")) {
        return ReportFormat::Csv;
    }
    if (suffix == QLatin1String("json")) {
        return ReportFormat::Json;
    }
    return std::nullopt;
}

QStringList ReportFiles::csvFiles(const QString& path, const ReportDocument& document)
{
    const QFileInfo info(path);
    QStringList files;
    for (const ReportSection& s : document.sections) {
        for (const ReportTable& t : s.tables) {
            const QString name = info.completeBaseName() + QLatin1Char('-') + t.id + QStringLiteral(".csv");
            files << (info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./"))
                          ? name
                          : info.dir().filePath(name));
        }
    }
    return files;
}

QByteArray ReportFiles::csv(const ReportTable& table)
{
    QByteArray out = csvRecord(table.columns);
    for (const QStringList& row : table.rows) {
        out += csvRecord(row);
    }
    return out;
}

ReportWritten ReportFiles::write(const ReportOutput& output, const QString& path,
                                 const std::function<void(double)>& progress, const std::atomic<bool>* cancel)
{
    ReportWritten result;
    const std::optional<ReportFormat> format = formatOf(path);
    if (!format) {
        result.error = tr("%1 does not end in .pdf, .html, .csv or .json").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (*format == ReportFormat::Pdf) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        const ReportPdf::Result pdf = ReportPdf::write(output.document, file, progress, cancel);
        if (pdf.cancelled) {
            file.cancelWriting();
            result.cancelled = true;
            return result;
        }
        if (!commitWhole(file)) {
            result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        result.pages = pdf.pages;
        result.files << path;
        return result;
    }
    if (*format == ReportFormat::Csv) {
        const QStringList files = csvFiles(path, output.document);
        QList<const ReportTable*> tables;
        for (const ReportSection& s : output.document.sections) {
            for (const ReportTable& t : s.tables) {
                tables << &t;
            }
        }
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (cancelled(cancel)) {
                result.cancelled = true;
            } else {
                result.error = saveWhole(files[i], csv(*tables[i]));
            }
            if (result.cancelled || !result.error.isEmpty()) {
                for (const QString& written : std::as_const(result.files)) {
                    QFile::remove(written);
                }
                result.files.clear();
                return result;
            }
            result.files << files[i];
            if (progress) {
                progress(static_cast<double>(i + 1) / static_cast<double>(tables.size()));
            }
        }
        return result;
    }
    if (cancelled(cancel)) {
        result.cancelled = true;
        return result;
    }
    result.error = saveWhole(path, *format == ReportFormat::Html ? ReportHtml::write(output.document) : output.json);
    if (result.error.isEmpty()) {
        result.files << path;
        if (progress) {
            progress(1.0);
        }
    }
    return result;
}

}  // namespace sluice::ui
