// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ThrottlePeriod.h"

#include <QAbstractTableModel>

#include <vector>

namespace sluice::ui {

// The throttle periods of the selected time range, newest first: the open one as the engine holds it now,
// the closed ones as the database has them.
class ThrottleHistoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StartColumn,
        LevelColumn,
        DurationColumn,
        ControlColumn,
        ReasonColumn,
        CpuColumn,
        MemoryColumn,
        ConcurrencyColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `nowMs` (engine time) is where the open period's duration runs to.
    void setPeriods(std::vector<ThrottlePeriod> periods, qint64 nowMs);
    const ThrottlePeriod& period(int row) const { return m_periods[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const ThrottlePeriod& p, int column) const;

    std::vector<ThrottlePeriod> m_periods;
    qint64 m_nowMs = 0;
};

}  // namespace sluice::ui
