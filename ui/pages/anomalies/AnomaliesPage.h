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
class FleetErrand;
class FleetFeed;

// Anomaly detection's alerts: the list with filters by type, state and confidence, newest first; the chosen
// alert's metric charted with its expected band and where alerts fired (the request rate when none is
// chosen); the alert's details with the keys behind it; acknowledge, resolve and undo its response; and the
// detection settings. Alerts that arrive while the page is not shown are counted on its sidebar entry.
// When the window's Engine choice is a fleet (or one engine of it), the list is the alerts the fleet's engines have
// not resolved, with the engine of each, and the details those engines told; the charts, the actions and the
// settings stay with each engine.
class AnomaliesPage final : public Page {
    Q_OBJECT

public:
    // `fleet`: the fleet the console is attached to; null: the page shows this console's engine only.
    explicit AnomaliesPage(EngineClient* engine, FleetFeed* fleet = nullptr, QWidget* parent = nullptr);

    bool showsFleet() const override { return m_fleet != nullptr; }
    bool countsUnread() const override { return true; }
    int unread() const { return m_unread.count(); }
    // Opens the settings dialog (window-modal, without a nested event loop), as the Settings button does.
    void openSettings();
    // The alert whose details are shown.
    std::optional<quint64> selectedAlert() const { return m_selected; }
    // The engine of the alert whose details are shown: "" for this console's.
    const QString& selectedEngine() const { return m_selectedEngine; }

protected:
    void render() override;
    void fleetScopeChanged() override;
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
    bool showingFleet() const { return m_fleet != nullptr && !fleetScope().isEmpty(); }
    void renderFleet();
    void renderFleetSummary();
    void act(engine::Command command, const QString& done);
    // In a fleet's view: asks the chosen alert's engine, through the fleet, to acknowledge or resolve it.
    void askEngine(const char* action, const QString& what);

    EngineClient* m_engine;
    FleetFeed* m_fleet = nullptr;
    AlertTableModel* m_model;
    QLabel* m_summary = nullptr;
    QPushButton* m_settings = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_confidence = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noAlerts = nullptr;
    QLabel* m_chartHeading = nullptr;
    QLabel* m_fleetNote = nullptr;  // in a fleet's view, where the chart is: what the list is, and what stays
    AnomalyChart* m_chart = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_commandStatus = nullptr;
    FleetErrand* m_errand = nullptr;  // in a fleet's view: the action asked of another engine
    AlertDetailPane* m_detail = nullptr;

    std::shared_ptr<const engine::AnomalyView> m_shown;  // the view drawn last, kept alive while shown
    const engine::AnomalyView* m_counted = nullptr;      // the view the unread count was taken of
    engine::TimeNs m_listedAt = 0;                       // engine time the list's durations were measured to
    std::optional<quint64> m_selected;
    QString m_selectedEngine;             // the chosen alert's engine; "" for this console's
    bool m_fleetFound = false;            // in a fleet's view: the engine (or some engine) answers
    std::uint64_t m_fleetUnresolved = 0;  // and how many alerts its engines have not resolved
    std::optional<quint64> m_chartedFor;  // the selection the chart was drawn for
    UnreadAlerts m_unread;
    std::map<quint64, QString> m_commands;  // our commands still unanswered, with what to say when done
};

}  // namespace sluice::ui
