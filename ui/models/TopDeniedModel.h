// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rollup/TopDenied.h"

#include <QAbstractTableModel>
#include <QString>

#include <string>
#include <vector>

namespace sluice::ui {

// The most denied keys of the latest snapshot, most denied first. Each snapshot is diffed against the rows
// shown: rows that changed get their own dataChanged, or one for the whole table when most of them did.
class TopDeniedModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KeyColumn, DeniedColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;  // the raw value: key text or denial count

    explicit TopDeniedModel(QObject* parent = nullptr);

    void setEntries(const std::vector<engine::TopDeniedEntry>& entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::string key;
        QString text;  // key as shown
        quint64 denied = 0;
    };

    std::vector<Row> m_rows;
    // Scratch space, kept to avoid allocating per snapshot.
    std::vector<const engine::TopDeniedEntry*> m_order;
    std::vector<int> m_changed;
};

}  // namespace sluice::ui
