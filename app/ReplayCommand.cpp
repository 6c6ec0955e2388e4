// SPDX-License-Identifier: Apache-2.0
#include "ReplayCommand.h"

#include "CommandLine.h"
#include "EngineHost.h"
#include "Translations.h"
#include "report/RunDocument.h"

#include "core/TextCheck.h"
#include "decision/Engine.h"
#include "runtime/EngineRuntime.h"
#include "sim/SimulationReport.h"
#include "sources/LogReplayReport.h"
#include "sources/LogReplaySource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <mutex>

namespace sluice::app {

namespace {

struct Options {
    QString log;
    QString formatText = QStringLiteral("combined");
    QString keyText = QStringLiteral("ip");
    engine::logs::IngestOptions ingest;
    double speed = 0;
    QString config;
    QString db;
    QString report;
};

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "replay", "Decides the requests of an access log (plain or .gz) without a display and writes a report.\n"
                  "Example: sluice replay --log access.log.gz --key xff-first --report replay.json"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("replay"), QCoreApplication::translate("replay", "The command."));
    const QCommandLineOption log(QStringLiteral("log"),
                                 QCoreApplication::translate("replay", "The access log <file>, plain or .gz."),
                                 QStringLiteral("file"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate(
            "replay",
            "combined (default), common, json, json:VARIABLE=FIELD,... or an nginx log_format pattern in quotes."),
        QStringLiteral("format"), QStringLiteral("combined"));
    const QCommandLineOption key(
        QStringLiteral("key"),
        QCoreApplication::translate("replay", "What to limit: ip (default), xff-first, xff-last, user, header:NAME or "
                                              "path:REGEX (the first group)."),
        QStringLiteral("key"), QStringLiteral("ip"));
    const QCommandLineOption routes(
        QStringLiteral("routes"),
        QCoreApplication::translate("replay",
                                    "Route of each path prefix, e.g. /api=api,/login=login (the longest prefix "
                                    "wins; others take the default policy)."),
        QStringLiteral("map"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QCoreApplication::translate("replay", "max, or a factor from 1 to 10000 on the log's own timing."),
        QStringLiteral("speed"), QStringLiteral("max"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("replay", "Engine configuration <file> (JSON)."),
                                    QStringLiteral("file"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("replay", "Also persist into the database <file>."),
                                QStringLiteral("file"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("replay", "Write the report to <file>: .json, .pdf, .html, or .csv (one "
                                              "file per table)."),
        QStringLiteral("file"));
    parser.addOptions({log, format, key, routes, speed, config, db, report});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    if (!parser.isSet(log) || !parser.isSet(report)) {
        return fail(kExitBadInput, QCoreApplication::translate("replay", "--log and --report are required"));
    }
    o.log = parser.value(log);
    o.report = parser.value(report);
    if (const auto problem = badReportName(QStringLiteral("--report"), o.report)) {
        return fail(kExitBadInput, *problem);
    }
    o.config = parser.value(config);
    o.db = parser.value(db);
    o.formatText = parser.value(format);
    o.keyText = parser.value(key);
    if (const auto problem = readIngestOptions(o.formatText, o.keyText, parser.value(routes), o.ingest)) {
        return fail(kExitBadInput, *problem);
    }
    const auto parsedSpeed = parseSpeed(parser.value(speed));
    if (!parsedSpeed) {
        return fail(kExitBadInput, badSpeedMessage(parser.value(speed)));
    }
    o.speed = *parsedSpeed;
    return kExitOk;
}

}  // namespace

int runReplay(int argc, char* argv[])
{
    drawWithoutAWindow();  // a PDF report needs fonts and the PDF writer: a GUI application
    QGuiApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    engine::RuntimeOptions runtimeOptions;
    if (!o.config.isEmpty()) {
        if (auto problem = readEngineConfig(o.config, runtimeOptions.config)) {
            return fail(kExitBadInput, *problem);
        }
    }
    runtimeOptions.databasePath = o.db.toStdString();
    // Engine time is the log's: the same file decides the same way whenever it is replayed.
    runtimeOptions.followRequestTime = true;

    std::string error;
    const std::string logPath = o.log.toStdString();
    engine::ManualClock clock(engine::LogReplaySource::firstLineTime(logPath, o.ingest.format));
    std::mutex latestMutex;
    engine::SnapshotPtr latest;
    auto runtime = engine::EngineRuntime::start(
        runtimeOptions, clock,
        [&](engine::SnapshotPtr s) {
            std::lock_guard lock(latestMutex);
            latest = std::move(s);
        },
        error);
    if (!runtime) {
        return fail(kExitFailure, QString::fromStdString(error));
    }
    engine::LogReplaySummary summary;
    summary.log = logPath;
    summary.format = o.formatText.toStdString();
    summary.key = o.keyText.toStdString();
    QElapsedTimer wall;
    wall.start();
    {
        engine::LogReplayOptions replayOptions;
        replayOptions.path = logPath;
        replayOptions.ingest = std::move(o.ingest);
        replayOptions.speed = o.speed;
        replayOptions.keepRejected = engine::kRejectedLinesInReport;
        auto source = engine::LogReplaySource::open(*runtime, std::move(replayOptions), error, &clock);
        if (!source) {
            return fail(kExitBadInput, QString::fromStdString(error));
        }
        source->start();
        source->waitFinished();
        runtime->sync();
        const std::string readError = source->state().lastError;
        if (!readError.empty()) {
            return fail(kExitFailure, QString::fromStdString(readError));
        }
        engine::takeReplayCounts(summary, *runtime, *source, clock.now());
    }
    summary.run.wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    {
        std::lock_guard lock(latestMutex);
        summary.run.finalSnapshot = *latest;
    }
    const engine::StoreHealth storeHealth = runtime->shutdown();
    runtime.reset();
    const QString notStored = storeHealth.lostAnything() ? EngineHost::notStoredMessage(storeHealth) : QString();

    const ui::ReportWritten written = ui::ReportFiles::write(ui::RunDocument::replay(summary), o.report);
    if (!written.error.isEmpty()) {
        return fail(kExitFailure, written.error);
    }
    std::printf("%s: %llu lines (%llu rejected) in %.2f s, %llu requests (%.0f per wall second)\n", summary.log.c_str(),
                static_cast<unsigned long long>(summary.linesRead),
                static_cast<unsigned long long>(summary.linesRejected), summary.run.wallSeconds,
                static_cast<unsigned long long>(summary.allowed + summary.denied),
                static_cast<double>(summary.allowed + summary.denied) / summary.run.wallSeconds);
    return notStored.isEmpty() ? kExitOk : fail(kExitFailure, notStored);
}

}  // namespace sluice::app
