// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Snapshot.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sluice::ui {

class EngineClient;
class OverviewPage;

// Navigation only: a sidebar of pages, the page stack and a status bar. Pages draw from the latest snapshot.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(EngineClient* engine, QWidget* parent = nullptr);

    int currentPage() const;
    void setCurrentPage(int index);
    int pageCount() const;
    // Shown in the status bar until the engine answers, or when it failed to start.
    void setEngineState(const QString& text);

private:
    void applySnapshot(const engine::SnapshotPtr& snapshot);
    void addPage(QWidget* page, const QString& title);

    EngineClient* m_engine;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    OverviewPage* m_overview;
    QLabel* m_engineState;
    QLabel* m_rate;
    QLabel* m_throttle;
    engine::SnapshotPtr m_latest;
};

}  // namespace sluice::ui
