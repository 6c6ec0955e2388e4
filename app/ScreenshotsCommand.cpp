// SPDX-License-Identifier: Apache-2.0
#include "ScreenshotsCommand.h"

#include "CommandLine.h"
#include "EngineHost.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace sluice::app {

namespace {

// Lets queued snapshots and repaints through for `ms` milliseconds.
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

// Built-in scenarios assign no VIPs, and an empty VIP page shows nothing of it. The shots run on a throw-away
// database, so a few assignments on keys of the scenario's partner and app populations, marked as demo
// data, cost the user nothing.
void seedDemoVips(EngineHost& host, engine::TimeNs shotAt)
{
    struct Demo {
        const char* key;
        const char* tier;
        engine::TimeNs expiresIn;  // after the shot; 0 = never
        const char* notes;
    };
    const Demo demos[] = {
        {"partner-17", "platinum", 0, "Demo: reseller contract"},
        {"partner-42", "gold", 2 * engine::kNsPerDay + 5 * engine::kNsPerHour, "Demo: launch partner, trial ends"},
        {"app-7", "silver", 40 * engine::kNsPerDay, "Demo: mobile app beta"},
        {"app-12", "gold", 12 * engine::kNsPerDay, "Demo: support escalation"},
    };
    int pending = 0;
    QObject::connect(&host, &ui::EngineClient::commandFinished, &host, [&pending] { --pending; });
    for (const Demo& d : demos) {
        ++pending;
        host.sendCommand(
            engine::cmd::AssignVip{d.key, d.tier, d.expiresIn == 0 ? 0 : shotAt + d.expiresIn, d.notes, "screenshots"});
    }
    while (pending > 0) {
        settle(20);
    }
    QObject::disconnect(&host, &ui::EngineClient::commandFinished, &host, nullptr);
}

}  // namespace

int runScreenshots(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // no display needed
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "screenshots", "Warms the engine with simulated traffic, then renders every page to <page>.png.\n"
                       "Example: sluice screenshots --out shots --scenario ddos-wave --warmup 30m"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("screenshots"),
                                 QCoreApplication::translate("screenshots", "The command."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("screenshots", "Directory for the PNG files."),
                                 QStringLiteral("dir"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("screenshots", "Scenario to warm up with."),
                                      QStringLiteral("name"), QStringLiteral("normal-day"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QCoreApplication::translate("screenshots", "Simulated time before the shots."),
                                    QStringLiteral("duration"), QStringLiteral("10m"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("screenshots", "Window size."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({out, scenario, warmup, size});
    parser.process(app);
    if (!parser.isSet(out)) {
        return fail(kExitBadInput, QCoreApplication::translate("screenshots", "--out is required"));
    }
    const auto warm = parseDuration(parser.value(warmup));
    if (!warm) {
        return fail(
            kExitBadInput,
            QCoreApplication::translate("screenshots", "--warmup: '%1' is not a duration").arg(parser.value(warmup)));
    }
    const auto windowSize = parseSize(parser.value(size));
    if (!windowSize) {
        return fail(kExitBadInput,
                    QCoreApplication::translate("screenshots", "--size: '%1' is not WxH between 640x480 and 7680x4320")
                        .arg(parser.value(size)));
    }
    const QDir dir(parser.value(out));
    if (!QDir().mkpath(dir.absolutePath())) {
        return fail(kExitFailure, QCoreApplication::translate("screenshots", "cannot create %1").arg(dir.path()));
    }

    QTemporaryDir data;  // the shots never touch the user's own database
    engine::RuntimeOptions options;
    options.databasePath = data.filePath(QStringLiteral("screenshots.db")).toStdString();
    SimulationOptions simulation;
    simulation.scenario = parser.value(scenario);
    simulation.speed = 0;
    simulation.startNow = false;
    EngineHost host(options, simulation);
    ui::MainWindow window(&host);
    window.resize(*windowSize);
    window.show();
    QString error;
    QObject::connect(&host, &EngineHost::failed, &app, [&error](const QString& e) { error = e; });
    host.start();
    while (!host.simulation() && error.isEmpty()) {
        settle(20);
    }
    if (!error.isEmpty()) {
        return fail(kExitBadInput, error);
    }
    const engine::TimeNs until = host.simulation()->startTime() + *warm;
    seedDemoVips(host, until);
    while (host.simulation()->virtualNow() < until) {
        settle(20);
    }
    host.setPaused(true);
    host.runtime()->sync();
    settle(400);
    for (int i = 0; i < window.pageCount(); ++i) {
        window.setCurrentPage(i);
        settle(300);
        const QString file = dir.filePath(window.pageId(i) + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            return fail(kExitFailure, QCoreApplication::translate("screenshots", "cannot write %1").arg(file));
        }
        std::printf("%s\n", qPrintable(file));
    }
    host.stop();
    return kExitOk;
}

}  // namespace sluice::app
