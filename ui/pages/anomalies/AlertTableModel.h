// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/RowVectorModel.h"
#include "pages/anomalies/AlertFilter.h"

#include "core/AnomalyView.h"

#include <QtGlobal>

namespace sluice::ui {

// The alerts of the latest AnomalyView that pass the filter, newest first: kind, metric, confidence, state,
// start, how long, the value against what was expected, and what the engine did.
class AlertTableModel final : public RowVectorModel<engine::AnomalyAlert> {
    Q_OBJECT

public:
    enum Column {
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
    static constexpr int kIdRole = Qt::UserRole + 1;  // the alert's id, as qulonglong

    using RowVectorModel::RowVectorModel;

    // The view's alerts (null: none) at engine time `now`, which ongoing incidents are measured to.
    void setAlerts(const engine::AnomalyView* view, engine::TimeNs now);
    void setFilter(const AlertFilter& filter);
    const AlertFilter& filter() const { return m_filter; }
    // The row of the alert with `id`, or -1.
    int rowOf(quint64 id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();

    std::vector<engine::AnomalyAlert> m_all;
    AlertFilter m_filter;
    engine::TimeNs m_now = 0;
};

}  // namespace sluice::ui
