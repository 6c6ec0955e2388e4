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
class KeyActions;
class KeyDetailPane;
class KeyTableModel;
class KpiTile;
class ScoreHistogram;

// Reputation at a glance and key by key: tier counts and the score histogram from the snapshot, a
// searchable, sortable table of every active key fetched from the engine a page at a time, and the details
// of the selected key. While visible it refreshes the table and the details every two seconds. The details
// follow the selected key, not a row: when a refresh re-sorts the rows, the selection moves with the key.
class ReputationPage final : public Page {
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 2000;
    static constexpr int kSearchDelayMs = 250;

    explicit ReputationPage(EngineClient* engine, QWidget* parent = nullptr);

    // ShowReputation: searches for the key and shows its details.
    bool takeKeyRequest(KeyRequest request, const QString& key) override;

protected:
    void render() override;

private:
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
};

}  // namespace sluice::ui
