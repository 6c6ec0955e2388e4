// SPDX-License-Identifier: Apache-2.0
#include "ConsoleCommand.h"
#include "DetectCommand.h"
#include "FlagsCommand.h"
#include "ReplayCommand.h"
#include "ReportCommand.h"
#include "ScreenshotsCommand.h"
#include "ServeCommand.h"
#include "SimulateCommand.h"
#include "TokenCommand.h"
#include "Translations.h"
#include "VipCommand.h"
#include "WhatIfCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>

namespace {
// Every command's application object gets the translations as soon as it exists.
void installTranslationsAtStart() { sluice::app::installTranslations(); }
Q_COREAPP_STARTUP_FUNCTION(installTranslationsAtStart)
}  // namespace

int main(int argc, char* argv[])
{
    argc = sluice::app::takeLanguageOption(argc, argv);
    if (const auto problem = sluice::app::languageProblem()) {
        std::fprintf(stderr, "sluice: %s\n", problem->toLocal8Bit().constData());
        return 2;  // kExitBadInput: no translation is loaded yet, so the message is English
    }
    QCoreApplication::setApplicationName(QStringLiteral("sluice"));
    QCoreApplication::setOrganizationName(QStringLiteral("sluice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLUICE_VERSION));
    // Ties the windows to the installed desktop entry (icon and name in docks and task switchers).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sluice.Sluice"));
    // The command decides which application object exists: `simulate` needs no display at all, and neither
    // does asking for the version (a package test runs it on a machine without one).
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        QCoreApplication app(argc, argv);
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "simulate") == 0) {
        return sluice::app::runSimulate(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "whatif") == 0) {
        return sluice::app::runWhatIf(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "replay") == 0) {
        return sluice::app::runReplay(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        return sluice::app::runReport(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "vip") == 0) {
        return sluice::app::runVip(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "flags") == 0) {
        return sluice::app::runFlags(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "serve") == 0) {
        return sluice::app::runServe(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "token") == 0) {
        return sluice::app::runToken(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "detect") == 0) {
        return sluice::app::runDetect(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "screenshots") == 0) {
        return sluice::app::runScreenshots(argc, argv);
    }
    return sluice::app::runConsole(argc, argv);
}
