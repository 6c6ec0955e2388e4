// SPDX-License-Identifier: Apache-2.0
#include "ReportCommand.h"

#include "CommandLine.h"
#include "Translations.h"
#include "report/ReportFiles.h"
#include "report/ReportJob.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>

namespace sluice::app {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("report", text); }

struct Options {
    QString database;
    engine::TimeNs from = 0;
    engine::TimeNs to = 0;
    QString out;
};

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the operations report of a period from a Sluice database: key figures, traffic and denials, "
           "reputation, throttle, alerts, notifications, VIP and flag changes, top denied keys and the audit "
           "summary.\n"
           "Example: sluice report --db sluice.db --last 7d --out week.pdf"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("report"), tr("The command."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The Sluice database <file> to read (read only)."),
                                QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Start of the period: a date or date and time (ISO 8601, local time unless it "
                                     "names a zone), or 'now'."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), tr("End of the period (default: now)."), QStringLiteral("time"));
    const QCommandLineOption last(QStringLiteral("last"), tr("The period ending at --to, e.g. 24h, 7d, 30d."),
                                  QStringLiteral("duration"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write the report to <file>: .pdf, .html, .json, or .csv (one file per table, "
                                    "named <file>-<table>.csv)."),
                                 QStringLiteral("file"));
    parser.addOptions({db, from, to, last, out});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    if (!parser.isSet(db) || !parser.isSet(out) || parser.isSet(from) == parser.isSet(last)) {
        return fail(kExitBadInput, tr("--db, --out and one of --from or --last are required"));
    }
    o.database = parser.value(db);
    o.out = parser.value(out);
    if (const auto problem = badReportName(QStringLiteral("--out"), o.out)) {
        return fail(kExitBadInput, *problem);
    }
    const engine::TimeNs now = engine::fromUnixMs(QDateTime::currentMSecsSinceEpoch());
    o.to = now;
    if (parser.isSet(to)) {
        const auto parsed = parseMoment(parser.value(to), now);
        if (!parsed) {
            return fail(
                kExitBadInput,
                tr("--to: '%1' is not a date or time like 2026-12-01 or 2026-12-01T08:00").arg(parser.value(to)));
        }
        o.to = *parsed;
    }
    if (parser.isSet(last)) {
        const auto span = parseDuration(parser.value(last));
        if (!span || *span <= 0) {
            return fail(kExitBadInput,
                        tr("--last: '%1' is not a duration like 24h, 7d or 30d").arg(parser.value(last)));
        }
        o.from = o.to - *span;
    } else {
        const auto parsed = parseMoment(parser.value(from), now);
        if (!parsed) {
            return fail(
                kExitBadInput,
                tr("--from: '%1' is not a date or time like 2026-12-01 or 2026-12-01T08:00").arg(parser.value(from)));
        }
        o.from = *parsed;
    }
    if (o.to <= o.from) {
        return fail(kExitBadInput, tr("The period ends before it starts: --to must be after --from."));
    }
    return kExitOk;
}

}  // namespace

int runReport(int argc, char* argv[])
{
    drawWithoutAWindow();  // fonts and the PDF writer need a GUI application
    QGuiApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    const ui::ReportJob::Result result = ui::ReportJob::run({o.database, o.from, o.to, o.out}, {}, nullptr);
    if (!result.error.isEmpty()) {
        return fail(kExitFailure, result.error);
    }
    const ui::ReportWritten& written = result.written;
    for (const QString& file : written.files) {
        if (written.pages > 0) {
            std::printf("%s\n", qPrintable(QCoreApplication::translate("report", "Wrote %1 (%n page(s))", nullptr,
                                                                       written.pages)
                                               .arg(QDir::toNativeSeparators(file))));
        } else {
            std::printf("%s\n", qPrintable(tr("Wrote %1").arg(QDir::toNativeSeparators(file))));
        }
    }
    return kExitOk;
}

}  // namespace sluice::app
