// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineClient.h"
#include "LatestQuestion.h"
#include "history/ReputationEvent.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace sluice::ui {

class KeyActions;
class KeyEventsList;
class ReputationHistory;
class ScoreHistoryChart;

// Everything about one key: score and tier, VIP tier and expiry, traffic, how its effective limit comes
// about, its score over time and its reputation events. The key's state comes from the engine (KeyDetailQuery),
// its history from the database through a read-only reader on a worker thread.
class KeyDetailPane final : public QWidget {
    Q_OBJECT

public:
    explicit KeyDetailPane(EngineClient* engine, QWidget* parent = nullptr);

    void showKey(const QString& key);
    // Back to no key: the pane asks for a selection again.
    void clear();
    QString key() const { return m_key; }
    // The shown key's reputation tier, once the engine answered.
    std::optional<engine::ReputationTier> tier() const;
    // Offers `actions` on the shown key: a button beside its name, and the pane's context menu.
    void setKeyActions(KeyActions* actions);
    // Asks again for the key's state and history (the page does this on its refresh tick).
    void refresh();
    // Engine time of the latest snapshot: where the current score is drawn when it is later than the events.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }
    // The reputation tier thresholds in force, for the score history's threshold lines.
    void setThresholds(double flaggedBelow, double trustedAbove);

signals:
    void historyShown();  // a history answer for the shown key was applied

private:
    void onKeyReady(const KeyDetail& detail);
    void onHistoryReady(quint64 id, const KeyHistory& history);
    void updateChart();
    QString vipText(const engine::KeyView& view) const;
    QString stateText(const KeyDetail& detail) const;
    void showLimits(const engine::KeyView& view);

    ReputationHistory* m_history;
    QLabel* m_title;
    QHBoxLayout* m_header = nullptr;
    QToolButton* m_actions = nullptr;
    QWidget* m_body;
    QLabel* m_score;
    QLabel* m_vip;
    QLabel* m_traffic;
    QLabel* m_lastSeen;
    QLabel* m_state;
    QLabel* m_breakdown;
    QLabel* m_breakdownNote;
    ScoreHistoryChart* m_chart;
    KeyEventsList* m_events;
    QLabel* m_historyStatus;

    QString m_key;
    LatestQuestion<KeyDetailQuery> m_detailRequest;
    quint64 m_historyRequest = 0;
    std::optional<KeyDetail> m_detail;
    std::optional<KeyHistory> m_shownHistory;
    qint64 m_nowMs = 0;
};

}  // namespace sluice::ui
