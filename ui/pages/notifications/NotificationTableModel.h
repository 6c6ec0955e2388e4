// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/notifications/NotificationRecords.h"

#include <QAbstractTableModel>

namespace sluice::ui {

// The inbox's rows, newest first, as the last answer from the database gave them. Unread rows are bold.
class NotificationTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TypeColumn, TitleColumn, RecipientColumn, TimeColumn, EngineColumn, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kEngineRole = Qt::UserRole + 2;  // the engine it is from; "" for this console's

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<NotificationRecord>& rows);
    const NotificationRecord& record(int row) const { return m_rows.at(row); }
    // The row of notification `id` of `engine` ("" for this console's), or -1.
    int rowOf(const QString& engine, quint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<NotificationRecord> m_rows;
};

}  // namespace sluice::ui
