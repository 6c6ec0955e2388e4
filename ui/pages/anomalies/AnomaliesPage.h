// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "pages/anomalies/UnreadAlerts.h"

#include "config/Command.h"
#include "core/AnomalyView.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace sluice::ui {

class AlertDetailPane;
class AlertTableModel;
class AnomalyChart;
class EngineClient;

// Anomaly detection's alerts: the list with filters by type, state and confidence, newest first; the chosen
// alert's metric charted with its expected band and where alerts fired (the request rate when none is
// chosen); the alert's details with the keys behind it; acknowledge, resolve and undo its response; and the
// detection settings. Alerts that arrive while the page is not shown are counted on its sidebar entry.
class AnomaliesPage final : public Page {
    Q_OBJECT

public:
    explicit AnomaliesPage(EngineClient* engine, QWidget* parent = nullptr);

    bool countsUnread() const override { return true; }
    int unread() const { return m_unread.count(); }
    // Opens the settings dialog (window-modal, without a nested event loop), as the Settings button does.
    void openSettings();
    // The alert whose details are shown.
    std::optional<quint64> selectedAlert() const { return m_selected; }

protected:
    void render() override;
    void received(const engine::Snapshot& snapshot) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildDetailColumn();
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex& current);
    void followSelection();
    const engine::AnomalyAlert* selectedInView() const;
    void renderSummary();
    void renderChart();
    void renderDetail();
    void updateButtons();
    void act(engine::Command command, const QString& done);

    EngineClient* m_engine;
    AlertTableModel* m_model;
    QLabel* m_summary = nullptr;
    QPushButton* m_settings = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_confidence = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noAlerts = nullptr;
    QLabel* m_chartHeading = nullptr;
    AnomalyChart* m_chart = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_commandStatus = nullptr;
    AlertDetailPane* m_detail = nullptr;

    std::shared_ptr<const engine::AnomalyView> m_shown;  // the view drawn last, kept alive while shown
    const engine::AnomalyView* m_counted = nullptr;      // the view the unread count was taken of
    engine::TimeNs m_listedAt = 0;                       // engine time the list's durations were measured to
    std::optional<quint64> m_selected;
    std::optional<quint64> m_chartedFor;  // the selection the chart was drawn for
    UnreadAlerts m_unread;
    std::map<quint64, QString> m_commands;  // our commands still unanswered, with what to say when done
};

}  // namespace sluice::ui
