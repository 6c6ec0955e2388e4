// SPDX-License-Identifier: Apache-2.0
#include "ConsoleCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "Console.h"
#include "ConsoleArguments.h"
#include "EngineHost.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>
#include <string_view>

namespace sluice::app {

namespace {
// How long the console took to show traffic: off by default, and read by the start-up benchmark
// (QT_LOGGING_RULES="sluice.startup.info=true").
Q_LOGGING_CATEGORY(lcStartup, "sluice.startup", QtWarningMsg)

bool asksForHelp(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?") {
            return true;
        }
    }
    return false;
}

void reportFirstTraffic(const EngineHost& host, const QElapsedTimer& sinceStart)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&host, &EngineHost::snapshotReady, &host,
                                   [connection, &sinceStart](const engine::SnapshotPtr& snapshot) {
                                       if (snapshot->requests == 0) {
                                           return;
                                       }
                                       QObject::disconnect(*connection);
                                       // After this turn of the event loop the window has painted it.
                                       QTimer::singleShot(0, [ms = sinceStart.elapsed()] {
                                           qCInfo(lcStartup, "first traffic on screen %lld ms after start", ms);
                                       });
                                   });
}
}  // namespace

int runConsole(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Asking for help needs no display: only the console itself does.
    std::unique_ptr<QCoreApplication> application;
    if (asksForHelp(argc, argv)) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        application = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sluice, the rate-limiting console.\n\n"
                "Commands (each has --help):\n"
                "  simulate     run a scenario headless and write a JSON report\n"
                "  replay       decide an access log headless and write a JSON report\n"
                "  serve        run the engine, the check API and metrics without a window\n"
                "  token        create, revoke or list API tokens\n"
                "  detect       score a timestamp,value series for anomalies\n"
                "  screenshots  render every page to PNG files\n"
                "  vip          import or export VIP assignments as CSV\n\n"
                "Examples:\n"
                "  sluice --scenario ddos-wave --speed 60\n"
                "  sluice --db ops.db --read-only --lang de\n"
                "  sluice --watch --db /var/lib/sluice/sluice.db"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addVersionOption();
    const ConsoleArguments arguments;
    arguments.addTo(parser);
    parser.process(app);

    AppSettings settings;
    ConsoleSetup setup;
    if (auto problem = arguments.read(parser, settings, setup)) {
        return fail(kExitBadInput, *problem);
    }
    // Without a scenario the throttle follows the load source of the configuration (config.load), none by
    // default: the machine the console runs on is not the service it protects, so its /proc is never read
    // unless asked for. A scenario models its own backend.
    // The console's threads: the UI draws at normal priority, the engine and the simulated traffic in the
    // background. On a two-core machine with the simulator at full speed every core is busy; without this a
    // snapshot could wait for a core for a whole scheduler slice and the window would stutter.
    setup.options.backgroundThreads = true;
    setup.keychainService = QString::fromLatin1(ui::SecretStore::kService);

    Console console(std::move(setup), settings);
    QObject::connect(&console, &Console::gaveUp, &app, [] { QCoreApplication::exit(kExitFailure); });
    QObject::connect(&app, &QApplication::aboutToQuit, &console, [&console] { console.finish(); });
    reportFirstTraffic(console.host(), sinceStart);  // connected after the window, so it runs after the page took it
    console.start();
    return QApplication::exec();
}

}  // namespace sluice::app
