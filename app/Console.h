// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ConsoleArguments.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace sluice::ui {
class MainWindow;
}

namespace sluice::app {

class AppSettings;
class EngineHost;

// The console: its window and the engine behind it. When the engine cannot start because another Sluice (a
// running `sluice serve`) holds the database, the console offers to watch that database instead
// (RuntimeOptions::watch); taken up, the window and the engine are made anew in watch mode. Any other failure
// is shown as it is.
class Console final : public QObject {
    Q_OBJECT

public:
    // Asked on the UI thread with the engine's error: true to watch the database instead, false to give up.
    using WatchOffer = std::function<bool(QWidget* parent, const QString& error)>;

    Console(ConsoleSetup setup, AppSettings& settings, WatchOffer offer = askToWatch, QObject* parent = nullptr);
    ~Console() override;

    void start();  // shows the window and starts the engine
    // Keeps the window's size and page for the next start, then stops the engine (it writes what it holds).
    void finish();
    EngineHost& host() const { return *m_host; }
    ui::MainWindow& window() const { return *m_window; }

    // The question as a dialog: Watch or Quit.
    static bool askToWatch(QWidget* parent, const QString& error);

signals:
    void watching();  // started over in watch mode: host() and window() are new
    void gaveUp();    // the offer to watch was declined

private:
    void build();
    void startFailed(const QString& error);
    void watchInstead();

    ConsoleSetup m_setup;
    AppSettings& m_settings;
    WatchOffer m_offer;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<ui::MainWindow> m_window;
};

}  // namespace sluice::app
