// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "history/ThrottlePeriod.h"
#include "pages/throttle/ThrottleSummary.h"

#include "config/Command.h"

#include <QElapsedTimer>

#include <array>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace sluice::ui {

class ChartMarkerFeed;
class EngineClient;
class FleetFeed;
class KpiTile;
class ThrottleHistory;
class ThrottleHistoryModel;
class ThrottleTimelineChart;

// The global throttle: the level in force (large, coloured) and who chose it, the signals now, a timeline of
// the level and the load over the toolbar's time range, the periods of that range with statistics read from
// the database off the UI thread, and the manual override.
class ThrottlePage final : public Page {
    Q_OBJECT

public:
    static constexpr int kHistoryRefreshMs = 2000;

    explicit ThrottlePage(EngineClient* engine, QWidget* parent = nullptr);
    // `fleet`: the fleet the console is attached to; null: the page shows this console's engine only.
    ThrottlePage(EngineClient* engine, FleetFeed* fleet, QWidget* parent = nullptr);

    bool showsFleet() const override { return m_fleet != nullptr; }

    // Opens the override dialog (window-modal, without a nested event loop); for the toolbar and tests.
    void openOverrideDialog();
    // Opens the dialog that clears the override with an optional reason, as the Clear button does.
    void openClearDialog();
    // What the periods table and the statistics show now; for tests.
    const ThrottleSummary& summary() const { return m_summary; }

protected:
    void render() override;
    void changeEvent(QEvent* event) override;
    void timeRangeChanged() override;
    void fleetScopeChanged() override;

private:
    bool showingFleet() const { return m_fleet != nullptr && !fleetScope().isEmpty(); }
    void renderFleetLevel();
    void renderFleetTimeline();
    void showLevel(engine::ThrottleLevel level);
    QWidget* buildLevelCard();
    QWidget* buildStatistics();
    void colorSwatches();
    void renderLevel();
    void renderTimeline();
    void renderPeriods();
    void rememberEndedPeriod();
    bool historyWanted() const;
    void requestHistory();
    void onHistory(quint64 id, const ThrottleHistoryData& history);
    void sendCommand(engine::Command command);

    EngineClient* m_engine;
    ThrottleHistory* m_history;
    ThrottleHistoryModel* m_model;
    QLabel* m_level;
    QLabel* m_multiplier;
    QLabel* m_control;
    KpiTile* m_cpu;
    KpiTile* m_memory;
    KpiTile* m_concurrency;
    QPushButton* m_override;
    QPushButton* m_clear;
    QLabel* m_commandStatus;
    QLabel* m_timelineHeading;
    QLabel* m_historyHeading;
    QLabel* m_statsHeading;
    ThrottleTimelineChart* m_timeline;
    ChartMarkerFeed* m_markers;
    QTableView* m_table;
    std::array<QLabel*, engine::kThrottleLevelCount> m_timeInLevel{};
    std::array<QLabel*, engine::kThrottleLevelCount> m_swatches{};
    QLabel* m_transitions;
    QLabel* m_covered;
    QLabel* m_historyError;
    QWidget* m_statistics = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_fleetNote;  // in a fleet's view, where the periods and the statistics went
    FleetFeed* m_fleet = nullptr;

    quint64 m_historyRequest = 0;
    bool m_historyPending = false;                 // m_historyRequest is still unanswered
    QElapsedTimer m_sinceRequest;                  // how long ago it was sent
    engine::TimeNs m_shownSince = -1;              // period start the history was last read for
    TimeRange m_shownRange = TimeRange::OneHour;   // and the range it was read for
    ThrottleHistoryData m_stored;                  // the latest answer
    TimeRange m_storedRange = TimeRange::OneHour;  // the range it answers for
    std::vector<ThrottlePeriod> m_seen;            // periods seen to end, newest first
    ThrottleSummary m_summary;
    std::vector<quint64> m_commands;  // ids of our commands still unanswered
};

}  // namespace sluice::ui
