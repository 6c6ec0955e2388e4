// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"
#include "EngineHost.h"
#include "MainWindow.h"

#include "config/ConfigJson.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>

#include <cstdio>

using namespace sluice;

namespace {

// Exit codes, as documented: 0 success, 1 other failure, 2 bad arguments or input.
constexpr int kExitBadInput = 2;

bool loadConfig(const QString& path, engine::EngineConfig& config, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error =
            QCoreApplication::translate("main", "cannot read the configuration %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    if (auto problem = engine::ConfigJson::decode(text.toStdString(), config)) {
        error = QCoreApplication::translate("main", "%1: %2").arg(path, QString::fromStdString(*problem));
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sluice"));
    QApplication::setOrganizationName(QStringLiteral("sluice"));
    QApplication::setApplicationVersion(QStringLiteral(SLUICE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Sluice"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Sluice, the rate-limiting console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList{QStringLiteral("db")},
                                      QCoreApplication::translate("main", "Use the database <file>."),
                                      QCoreApplication::translate("main", "file"));
    const QCommandLineOption configOption(
        QStringList{QStringLiteral("config")},
        QCoreApplication::translate("main", "Read engine defaults from <file> (JSON)."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(dbOption);
    parser.addOption(configOption);
    parser.process(app);

    app::AppSettings settings;
    engine::RuntimeOptions options;
    options.databasePath = (parser.isSet(dbOption) ? parser.value(dbOption) : settings.databasePath()).toStdString();
    if (parser.isSet(configOption)) {
        QString error;
        if (!loadConfig(parser.value(configOption), options.config, error)) {
            std::fprintf(stderr, "sluice: %s\n", qPrintable(error));
            return kExitBadInput;
        }
    }

    app::EngineHost host(options);
    ui::MainWindow window(&host);
    if (!settings.windowGeometry().isEmpty()) {
        window.restoreGeometry(settings.windowGeometry());
    }
    window.setCurrentPage(settings.lastPage());
    QObject::connect(&host, &app::EngineHost::failed, &window, [&window](const QString& error) {
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
