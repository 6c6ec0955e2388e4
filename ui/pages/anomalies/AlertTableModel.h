// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/RowVectorModel.h"
#include "pages/anomalies/AlertFilter.h"

#include "core/AnomalyView.h"
#include "http/FleetJson.h"

#include <QString>
#include <QtGlobal>

namespace sluice::ui {

// An alert as the list holds it: this console's own (no engine), or one engine's of a fleet.
struct ListedAlert {
    QString engine;
    engine::AnomalyAlert alert;
};

// The alerts of the latest AnomalyView, or those a fleet's engines have not resolved, that pass the filter, newest
// first: (the engine,) kind, metric, confidence, state, start, how long, the value against what was expected, and
// what the engine did.
class AlertTableModel final : public RowVectorModel<ListedAlert> {
    Q_OBJECT

public:
    enum Column {
        EngineColumn,  // the fleet's alerts only: the page hides it otherwise
        KindColumn,
        MetricColumn,
        ConfidenceColumn,
        StateColumn,
        StartColumn,
        DurationColumn,
        ValueColumn,
        ResponseColumn,
        kColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;      // the alert's id, as qulonglong
    static constexpr int kEngineRole = Qt::UserRole + 2;  // the engine it is on, "" for this console's

    using RowVectorModel::RowVectorModel;

    // The view's alerts (null: none) at engine time `now`, which ongoing incidents are measured to.
    void setAlerts(const engine::AnomalyView* view, engine::TimeNs now);
    // A fleet's alerts (each engine's ids are its own) at wall-clock time `now`.
    void setFleetAlerts(const std::vector<engine::http::FleetAlert>& alerts, engine::TimeNs now);
    void setFilter(const AlertFilter& filter);
    const AlertFilter& filter() const { return m_filter; }
    // The row of the alert with `id` on `engine` ("" for this console's), or -1.
    int rowOf(const QString& engine, quint64 id) const;
    // How many alerts are set, whether the filter shows them or not.
    int unfilteredCount() const { return static_cast<int>(m_all.size()); }
    // The alert with `id` on `engine` among all those set, whether the filter shows it or not; null when none.
    const engine::AnomalyAlert* find(const QString& engine, quint64 id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    void sortNewestFirst();

    std::vector<ListedAlert> m_all;
    AlertFilter m_filter;
    engine::TimeNs m_now = 0;
};

}  // namespace sluice::ui
