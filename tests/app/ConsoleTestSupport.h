// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AppSettings.h"
#include "ConsoleArguments.h"

#include <QCommandLineParser>
#include <QStringList>

namespace sluice::testing {

// What `sluice ARGUMENTS` would start, with the console's settings in `settingsFile`.
inline app::ConsoleSetup consoleSetup(const QStringList& arguments, const QString& settingsFile)
{
    QCommandLineParser parser;
    const app::ConsoleArguments options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        qWarning("%s", qPrintable(parser.errorText()));
    }
    const app::AppSettings settings(settingsFile, nullptr);
    app::ConsoleSetup setup;
    if (auto problem = options.read(parser, settings, setup)) {
        qWarning("%s", qPrintable(*problem));
    }
    return setup;
}

}  // namespace sluice::testing
