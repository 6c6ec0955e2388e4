// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TimeRange.h"
#include "core/Snapshot.h"
#include "traffic/SourceControl.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace sluice::ui {

class EngineClient;
class OverviewPage;
class ThrottlePage;

// Navigation only: menus, a sidebar of pages, a toolbar for the simulated traffic and the time range, the
// page stack and a status bar. Only the visible page draws from the latest snapshot.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(EngineClient* engine, QWidget* parent = nullptr);

    int currentPage() const;
    void setCurrentPage(int index);
    int pageCount() const;
    QString pageId(int index) const;  // "overview", "reputation", ...: for file names and tests
    QWidget* pageWidget(int index) const;

    // A page marks the list whose current row fills its detail pane with this dynamic property (true), so
    // tools that show a page as a user would (screenshots) can pick the first row.
    static constexpr const char* kDrivesDetailProperty = "sluiceDrivesDetail";
    TimeRange timeRange() const { return m_rangeValue; }
    // Shown in the status bar until the engine answers, or when it failed to start.
    void setEngineState(const QString& text);

signals:
    void timeRangeChanged(sluice::ui::TimeRange range);

private:
    struct Page {
        QWidget* widget;
        QString id;
        std::function<void(const engine::Snapshot&)> apply;
    };
    void addPage(QWidget* widget, const QString& id, const QString& title,
                 std::function<void(const engine::Snapshot&)> apply);
    void buildToolBar();
    void buildMenus();
    void applySnapshot(const engine::SnapshotPtr& snapshot);
    void refreshVisiblePage();
    void syncSimulationControls();
    void controlSimulation(const engine::SourceControl& control);
    QString sourcesText() const;  // " · simulating normal-day": the sources feeding the engine, for the status bar
    void showPaused(bool paused);
    void showStoreHealth(const engine::StoreHealth& health);

    EngineClient* m_engine;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    std::vector<Page> m_pageList;
    OverviewPage* m_overview;
    ThrottlePage* m_throttlePage = nullptr;
    QAction* m_playPause = nullptr;
    QComboBox* m_speed = nullptr;
    QComboBox* m_scenario = nullptr;
    QComboBox* m_range = nullptr;
    TimeRange m_rangeValue = TimeRange::FiveMinutes;
    QLabel* m_engineState;
    QLabel* m_clock;
    QLabel* m_rate;
    QLabel* m_throttle;
    QLabel* m_storeWarning;  // shown while history cannot be written to the database
    engine::SnapshotPtr m_latest;
};

}  // namespace sluice::ui
