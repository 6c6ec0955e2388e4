// SPDX-License-Identifier: Apache-2.0
#include "ConsoleCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "ConsoleArguments.h"
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
    const ConsoleArguments arguments;
    arguments.addTo(parser);
    parser.process(app);

    AppSettings settings;
    ConsoleSetup setup;
    if (auto problem = arguments.read(parser, settings, setup)) {
        return fail(kExitBadInput, *problem);
    }

    EngineHost host(setup.options, setup.simulation);
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
