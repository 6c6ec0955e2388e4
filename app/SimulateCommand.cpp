// SPDX-License-Identifier: Apache-2.0
#include "SimulateCommand.h"

#include "CommandLine.h"
#include "EngineHost.h"
#include "Translations.h"
#include "report/RunDocument.h"

#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "sim/ClassReputation.h"
#include "sim/ModelledLoadSource.h"
#include "sim/ScenarioLoader.h"
#include "sim/SimulationReport.h"
#include "sources/SimulationDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <future>
#include <mutex>

namespace sluice::app {

namespace {

struct Options {
    QString scenario;
    std::optional<engine::TimeNs> duration;
    double speed = 0;
    std::optional<std::uint64_t> seed;
    QString config;
    QString db;
    QString report;
};

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "simulate", "Runs a traffic scenario through the engine without a display and writes a report.\n"
                    "Example: sluice simulate --scenario normal-day --duration 1h --report day.json"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("simulate"), QCoreApplication::translate("simulate", "The command."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("simulate", "Built-in scenario <name> or a file."),
                                      QStringLiteral("name|file"));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        QCoreApplication::translate("simulate", "Simulated time, e.g. 90s, 10m, 1h, 2d (default: the scenario's)."),
        QStringLiteral("duration"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QCoreApplication::translate("simulate", "max, or a factor from 1 to 10000."),
                                   QStringLiteral("speed"), QStringLiteral("max"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("simulate", "Random seed (default: the scenario's)."),
                                  QStringLiteral("N"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("simulate", "Engine configuration <file> (JSON)."),
                                    QStringLiteral("file"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("simulate", "Also persist into the database <file>."),
                                QStringLiteral("file"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("simulate", "Write the report to <file>: .json, .pdf, .html, or .csv (one "
                                                "file per table)."),
        QStringLiteral("file"));
    parser.addOptions({scenario, duration, speed, seed, config, db, report});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    if (!parser.isSet(scenario) || !parser.isSet(report)) {
        return fail(kExitBadInput, QCoreApplication::translate("simulate", "--scenario and --report are required"));
    }
    o.scenario = parser.value(scenario);
    o.report = parser.value(report);
    if (const auto problem = badReportName(QStringLiteral("--report"), o.report)) {
        return fail(kExitBadInput, *problem);
    }
    o.config = parser.value(config);
    o.db = parser.value(db);
    if (parser.isSet(duration)) {
        o.duration = parseDuration(parser.value(duration));
        if (!o.duration) {
            return fail(kExitBadInput, QCoreApplication::translate("simulate", "--duration: '%1' is not a duration "
                                                                               "like 90s, 10m, 1h or 2d")
                                           .arg(parser.value(duration)));
        }
    }
    const auto parsedSpeed = parseSpeed(parser.value(speed));
    if (!parsedSpeed) {
        return fail(kExitBadInput, badSpeedMessage(parser.value(speed)));
    }
    o.speed = *parsedSpeed;
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            return fail(
                kExitBadInput,
                QCoreApplication::translate("simulate", "--seed: '%1' is not a whole number").arg(parser.value(seed)));
        }
    }
    return kExitOk;
}

// The classes' reputations just before the first attack: the same run cut short there, without a database. A
// run is a pure function of scenario and seed, so this is the full run's state at that moment.
std::optional<engine::sim::ClassReputations> reputationBefore(const engine::sim::Scenario& scenario,
                                                              engine::RuntimeOptions options, std::uint64_t seed,
                                                              std::int64_t atS)
{
    options.databasePath.clear();
    engine::ManualClock clock(scenario.startUnixS * engine::kNsPerSec);
    std::string error;
    auto runtime = engine::EngineRuntime::start(options, clock, {}, error);
    if (!runtime) {
        return std::nullopt;
    }
    {
        engine::SimulationDriver driver(*runtime, clock, scenario, seed, atS * engine::kNsPerSec);
        driver.setSpeed(engine::SimulationDriver::kMaxSpeed);
        driver.start();
        driver.waitFinished();
        runtime->sync();
    }
    std::promise<engine::sim::ClassReputations> reputation;
    runtime->post(
        [&](const engine::EngineShards& e) { reputation.set_value(engine::sim::classReputation(e, scenario)); });
    return reputation.get_future().get();
}

}  // namespace

int runSimulate(int argc, char* argv[])
{
    drawWithoutAWindow();  // a PDF report needs fonts and the PDF writer: a GUI application
    QGuiApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    engine::sim::Scenario scenario;
    std::string error;
    if (!engine::sim::loadScenario(o.scenario.toStdString(), scenario, error)) {
        return fail(kExitBadInput, QString::fromStdString(error));
    }
    engine::RuntimeOptions runtimeOptions;
    if (auto problem = engine::sim::applyEngineConfig(scenario, runtimeOptions.config)) {
        return fail(kExitBadInput, QString::fromStdString(*problem));
    }
    if (!o.config.isEmpty()) {
        if (auto problem = readEngineConfig(o.config, runtimeOptions.config)) {
            return fail(kExitBadInput, *problem);
        }
    }
    runtimeOptions.databasePath = o.db.toStdString();
    runtimeOptions.followRequestTime = true;
    runtimeOptions.makeLoadSource = [backend = scenario.backend] {
        return std::make_unique<engine::sim::ModelledLoadSource>(backend);
    };

    const engine::TimeNs duration = o.duration.value_or(scenario.durationS * engine::kNsPerSec);
    const std::uint64_t seed = o.seed.value_or(scenario.seed);
    engine::sim::SimulationSummary summary;
    if (const auto attackAtS = engine::sim::firstAttackAtS(scenario, duration / engine::kNsPerSec)) {
        summary.attackAtS = *attackAtS;
        summary.reputationBeforeAttack = reputationBefore(scenario, runtimeOptions, seed, *attackAtS);
    }
    engine::ManualClock clock(scenario.startUnixS * engine::kNsPerSec);
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
    QElapsedTimer wall;
    wall.start();
    {
        engine::SimulationDriver driver(*runtime, clock, scenario, seed, duration);
        driver.setSpeed(o.speed);
        driver.start();
        driver.waitFinished();
        runtime->sync();
        const engine::TimeNs end = scenario.startUnixS * engine::kNsPerSec + duration;
        std::promise<engine::sim::ThrottleHistory> throttle;
        std::promise<engine::sim::ClassReputations> reputation;
        runtime->post([&](const engine::EngineShards& e) {
            throttle.set_value(engine::sim::throttleHistory(e.throttle(), end));
            reputation.set_value(engine::sim::classReputation(e, scenario));
        });
        summary.throttle = throttle.get_future().get();
        summary.reputationAtEnd = reputation.get_future().get();
        summary.outcomes = driver.outcomes();
        summary.keysPerClass = driver.keysPerClass();
    }
    summary.wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    summary.scenario = scenario.name;
    summary.seed = seed;
    summary.simulatedSeconds = static_cast<double>(duration) / engine::kNsPerSec;
    {
        std::lock_guard lock(latestMutex);
        summary.finalSnapshot = *latest;
    }
    // The store retries a busy or full database for a bounded time; what it then still holds is lost, and said.
    const engine::StoreHealth storeHealth = runtime->shutdown();
    runtime.reset();
    const QString notStored = storeHealth.lostAnything() ? EngineHost::notStoredMessage(storeHealth) : QString();

    const ui::ReportWritten written = ui::ReportFiles::write(ui::RunDocument::simulation(summary), o.report);
    if (!written.error.isEmpty()) {
        return fail(kExitFailure, written.error);
    }
    std::printf("%s: %.0f simulated seconds in %.2f s, %llu requests (%.0f per wall second)\n",
                summary.scenario.c_str(), summary.simulatedSeconds, summary.wallSeconds,
                static_cast<unsigned long long>(summary.finalSnapshot.requests),
                static_cast<double>(summary.finalSnapshot.requests) / summary.wallSeconds);
    return notStored.isEmpty() ? kExitOk : fail(kExitFailure, notStored);
}

}  // namespace sluice::app
