// SPDX-License-Identifier: Apache-2.0
#include "ConsoleArguments.h"

#include "AppSettings.h"
#include "CommandLine.h"

#include <QCoreApplication>

namespace sluice::app {

ConsoleArguments::ConsoleArguments()
    : m_db(QStringLiteral("db"), QCoreApplication::translate("main", "Use the database <file>."),
           QStringLiteral("file")),
      m_config(QStringLiteral("config"),
               QCoreApplication::translate("main", "Read engine defaults from <file> (JSON)."), QStringLiteral("file")),
      m_scenario(QStringLiteral("scenario"),
                 QCoreApplication::translate("main", "Simulated traffic: a built-in scenario <name>, a file, or none."),
                 QStringLiteral("name"), QStringLiteral("normal-day")),
      m_speed(QStringLiteral("speed"),
              QCoreApplication::translate("main", "Simulation speed: max or a factor 1..10000."),
              QStringLiteral("speed"), QStringLiteral("1")),
      m_readOnly(QStringLiteral("read-only"),
                 QCoreApplication::translate("main", "Watch only: admin controls are turned off and the engine "
                                                     "refuses admin changes.")),
      m_watch(QStringLiteral("watch"),
              QCoreApplication::translate("main", "Watch the database of a running sluice serve: read-only, no "
                                                  "simulation; the state shown follows what the server stores."))
{
}

void ConsoleArguments::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_db, m_config, m_scenario, m_speed, m_readOnly, m_watch});
}

std::optional<QString> ConsoleArguments::read(const QCommandLineParser& parser, const AppSettings& settings,
                                              ConsoleSetup& setup) const
{
    setup.options.databasePath = (parser.isSet(m_db) ? parser.value(m_db) : settings.databasePath()).toStdString();
    setup.options.readOnly = parser.isSet(m_readOnly);
    if (parser.isSet(m_config)) {
        if (auto problem = readEngineConfig(parser.value(m_config), setup.options.config)) {
            return problem;
        }
    }
    if (parser.value(m_scenario) != QLatin1String("none")) {
        setup.simulation.scenario = parser.value(m_scenario);
    }
    const auto speed = parseSpeed(parser.value(m_speed));
    if (!speed) {
        return badSpeedMessage(parser.value(m_speed));
    }
    setup.simulation.speed = *speed;
    if (parser.isSet(m_watch)) {
        if (parser.isSet(m_scenario) && parser.value(m_scenario) != QLatin1String("none")) {
            return QCoreApplication::translate("main",
                                               "--watch shows what another Sluice stores and simulates no traffic; "
                                               "leave out --scenario.");
        }
        setup.watchInstead();
    }
    return std::nullopt;
}

}  // namespace sluice::app
