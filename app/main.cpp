// SPDX-License-Identifier: Apache-2.0
#include "ConsoleCommand.h"
#include "ScreenshotsCommand.h"
#include "SimulateCommand.h"
#include "VipCommand.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("sluice"));
    QCoreApplication::setOrganizationName(QStringLiteral("sluice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLUICE_VERSION));
    // The command decides which application object exists: `simulate` needs no display at all.
    if (argc > 1 && std::strcmp(argv[1], "simulate") == 0) {
        return sluice::app::runSimulate(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "vip") == 0) {
        return sluice::app::runVip(argc, argv);
    }
    if (argc > 1 && std::strcmp(argv[1], "screenshots") == 0) {
        return sluice::app::runScreenshots(argc, argv);
    }
    return sluice::app::runConsole(argc, argv);
}
