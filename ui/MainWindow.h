// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "TimeRange.h"
#include "snapshot/Snapshot.h"
#include "traffic/SourceControl.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace sluice::ui {

class EngineClient;
class FleetFeed;
class FleetScopeBox;
class SimulationPaceLabel;

// Navigation only: menus, a sidebar of the registered pages (PageRegistry), a toolbar for the simulated
// traffic, the time range and the engine the dashboards show, the page stack and a status bar. Every page gets the
// latest snapshot, the time range and that engine choice; only the visible one draws.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // `keychainService`: where the fleet the console attaches to is kept (FleetFeed); empty: nowhere, so a window
    // made by a test never reads or writes the user's keychain.
    explicit MainWindow(EngineClient* engine, QWidget* parent = nullptr, const QString& keychainService = {});

    int currentPage() const;
    void setCurrentPage(int index);
    int pageCount() const;
    QString pageId(int index) const;         // "overview", "reputation", ...: for settings, file names and tests
    int pageIndex(const QString& id) const;  // -1 for an id no page has
    void setCurrentPageId(const QString& id);
    QWidget* pageWidget(int index) const;
    Page* page(int index) const;

    TimeRange timeRange() const { return m_rangeValue; }
    // The fleet the console is attached to (the Fleet page attaches it), and what the dashboards show of it.
    FleetFeed* fleet() const { return m_fleet; }
    FleetScopeBox* fleetScope() const { return m_fleetScope; }
    // Shown in the status bar until the engine answers, or when it failed to start.
    void setEngineState(const QString& text);

signals:
    void timeRangeChanged(sluice::ui::TimeRange range);

private:
    // Counts above this show as "9+" on a sidebar entry: a digit more would take its width from every page.
    static constexpr int kMaxShownUnread = 9;
    // A sidebar entry: the page's title, with what is unread on it.
    static QString sidebarText(const QString& title, int unread);
    void addPage(Page* page);
    // Offers a page's request about a key to the pages; the one that takes it becomes the current page.
    void passKeyRequest(Page::KeyRequest request, const QString& key);
    void buildToolBar();
    void buildMenus();
    void applySnapshot(const engine::SnapshotPtr& snapshot);
    void syncSimulationControls();
    void controlSimulation(const engine::SourceControl& control);
    QString sourcesText() const;  // " · simulating normal-day": the sources feeding the engine, for the status bar
    void showPaused(bool paused);
    void showStoreHealth(const engine::StoreHealth& health);
    // The status bar of a console that watches a database another Sluice writes: which, and how recent.
    void showWatching(const engine::WatchView& watch);
    // Offers the Engine choice on pages that show fleets, and asks the fleet while such a page shows it.
    void syncFleetScope();
    void showEvent(QShowEvent* event) override;

    EngineClient* m_engine;
    FleetFeed* m_fleet;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    std::vector<Page*> m_pageList;
    QAction* m_playPause = nullptr;
    QComboBox* m_speed = nullptr;
    SimulationPaceLabel* m_pace = nullptr;  // shown while the simulation cannot keep the chosen speed
    QComboBox* m_scenario = nullptr;
    QComboBox* m_range = nullptr;
    FleetScopeBox* m_fleetScope = nullptr;
    QAction* m_fleetScopeAction = nullptr;  // the toolbar's place of m_fleetScope: hidden while there is no fleet
    TimeRange m_rangeValue = TimeRange::FiveMinutes;
    QLabel* m_engineState;
    QLabel* m_clock;
    QLabel* m_rate;
    QLabel* m_throttle;
    QLabel* m_storeWarning;        // shown while history cannot be written to the database
    QLabel* m_readOnly = nullptr;  // a read-only console's mark: "Read-only", or "Watching"
    bool m_watching = false;
};

}  // namespace sluice::ui
