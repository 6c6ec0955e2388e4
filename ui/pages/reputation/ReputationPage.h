// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"

#include <QTimer>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace sluice::ui {

class EngineClient;
class FleetFeed;
class KeyActions;
class KeyDetailPane;
class KeyTableModel;
class KpiTile;
class ScoreHistogram;

// Reputation at a glance and key by key: tier counts and the score histogram from the snapshot, a
// searchable, sortable table of every active key fetched from the engine a page at a time, and the details
// of the selected key. While visible it refreshes the table and the details every two seconds. The details
// follow the selected key, not a row: when a refresh re-sorts the rows, the selection moves with the key.
// When the window's Engine choice is a fleet (or one engine of it), the tiles and the histogram are that fleet's,
// from what its engines last said of themselves; the table stays this console's keys, and says so.
class ReputationPage final : public Page {
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 2000;
    static constexpr int kSearchDelayMs = 250;

    explicit ReputationPage(EngineClient* engine, QWidget* parent = nullptr);
    // `fleet`: the fleet the console is attached to; null: the page shows this console's engine only.
    ReputationPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent = nullptr);

    bool showsFleet() const override { return m_fleet != nullptr; }

    // ShowReputation: searches for the key and shows its details.
    bool takeKeyRequest(KeyRequest request, const QString& key) override;

protected:
    void render() override;
    void fleetScopeChanged() override;

private:
    bool showingFleet() const { return m_fleet != nullptr && !fleetScope().isEmpty(); }
    void renderFleet();
    QWidget* buildTablePanel();
    void refresh();
    void onCurrentRowChanged(const QModelIndex& current);
    void followShownKey();
    void forgetHiddenKey();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void updateMatching();

    EngineClient* m_engine;
    KeyTableModel* m_model;
    std::array<KpiTile*, engine::kReputationTierCount> m_tierTiles{};
    KpiTile* m_dormantTile;
    KpiTile* m_vipTile;
    ScoreHistogram* m_histogram;
    QLabel* m_fleetNote;  // in a fleet's view: whose figures the tiles and histogram are, and that the table is not
    QLineEdit* m_search;
    QComboBox* m_tierFilter;
    QLabel* m_matching;
    QTableView* m_table;
    KeyDetailPane* m_detail;
    KeyActions* m_keyActions;
    bool m_pickedUnloaded = false;  // the current row was picked before its key arrived
    QTimer m_searchDelay;
    int m_sortSection;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    FleetFeed* m_fleet = nullptr;
};

}  // namespace sluice::ui
