// SPDX-License-Identifier: Apache-2.0
#include "ConsoleCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "EngineHost.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace sluice::app {

int runConsole(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Sluice, the rate-limiting console.\n\n"
                                            "Commands (each has --help):\n"
                                            "  simulate     run a scenario headless and write a JSON report\n"
                                            "  screenshots  render every page to PNG files"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("main", "Use the database <file>."),
                                QStringLiteral("file"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("main", "Read engine defaults from <file> (JSON)."),
                                    QStringLiteral("file"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QCoreApplication::translate("main", "Simulated traffic: a built-in scenario <name>, a file, or none."),
        QStringLiteral("name"), QStringLiteral("normal-day"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QCoreApplication::translate("main", "Simulation speed: max or a factor 1..10000."),
                                   QStringLiteral("speed"), QStringLiteral("1"));
    parser.addOptions({db, config, scenario, speed});
    parser.process(app);

    AppSettings settings;
    engine::RuntimeOptions options;
    options.readHostLoad = true;  // live traffic: the throttle watches this host; a scenario models its own
    options.databasePath = (parser.isSet(db) ? parser.value(db) : settings.databasePath()).toStdString();
    if (parser.isSet(config)) {
        if (auto problem = readEngineConfig(parser.value(config), options.config)) {
            return fail(kExitBadInput, *problem);
        }
    }
    SimulationOptions simulation;
    if (parser.value(scenario) != QLatin1String("none")) {
        simulation.scenario = parser.value(scenario);
    }
    const auto parsedSpeed = parseSpeed(parser.value(speed));
    if (!parsedSpeed) {
        return fail(kExitBadInput, badSpeedMessage(parser.value(speed)));
    }
    simulation.speed = *parsedSpeed;

    EngineHost host(options, simulation);
    ui::MainWindow window(&host);
    if (!settings.windowGeometry().isEmpty()) {
        window.restoreGeometry(settings.windowGeometry());
    }
    window.setCurrentPage(settings.lastPage());
    QObject::connect(&host, &EngineHost::failed, &window, [&window](const QString& error) {
        window.setEngineState(QCoreApplication::translate("main", "Engine stopped: %1").arg(error));
        QMessageBox::critical(&window, QCoreApplication::translate("main", "Sluice cannot start its engine"), error);
    });
    QObject::connect(&app, &QApplication::aboutToQuit, &window, [&] {
        settings.setWindowGeometry(window.saveGeometry());
        settings.setLastPage(window.currentPage());
        host.stop();  // decides what is queued and writes everything before the process ends
    });
    window.show();
    host.start();
    return QApplication::exec();
}

}  // namespace sluice::app
