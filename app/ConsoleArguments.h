// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineHost.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace sluice::app {

class AppSettings;

// What the console is started with.
struct ConsoleSetup {
    // Watching a database another Sluice writes (RuntimeOptions::watch): read-only, and no simulation.
    void watchInstead()
    {
        options.watch = true;
        options.readOnly = true;
        simulation.scenario.clear();
    }

    engine::RuntimeOptions options;
    SimulationOptions simulation;
    // The OS keychain's name for the notification secrets (EngineHost::openKeychain); empty: none is used.
    QString keychainService;
};

// The console's command-line options, apart from running it, so tests can check that a flag reaches the
// window it starts.
class ConsoleArguments final {
public:
    ConsoleArguments();
    void addTo(QCommandLineParser& parser) const;
    // After the parser has parsed: fills `setup`, or returns what is wrong (exit code 2).
    std::optional<QString> read(const QCommandLineParser& parser, const AppSettings& settings,
                                ConsoleSetup& setup) const;

private:
    QCommandLineOption m_db;
    QCommandLineOption m_config;
    QCommandLineOption m_scenario;
    QCommandLineOption m_speed;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_watch;
};

}  // namespace sluice::app
