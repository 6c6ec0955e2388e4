// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/NotificationTableModel.h"

#include "pages/notifications/NotificationText.h"

#include <QFont>

namespace sluice::ui {

void NotificationTableModel::setRows(const QList<NotificationRecord>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int NotificationTableModel::rowOf(const QString& engine, quint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id && m_rows.at(i).engine == engine) {
            return i;
        }
    }
    return -1;
}

int NotificationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NotificationTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NotificationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const NotificationRecord& r = m_rows.at(index.row());
    if (role == kIdRole) {
        return r.id;
    }
    if (role == kEngineRole) {
        return r.engine;
    }
    if (role == Qt::FontRole && r.readAtMs == 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    switch (index.column()) {
    case TypeColumn:
        // The mark alone: the name would take the width the title needs; it is the tooltip and what is read out.
        if (role == Qt::AccessibleTextRole) {
            return notificationTypeName(r.type);
        }
        if (role == Qt::DecorationRole) {
            return notificationTypeIcon(r.type);
        }
        if (role == Qt::ToolTipRole) {
            return tr("%1 · %2").arg(notificationTypeName(r.type), severityName(r.severity));
        }
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole) {
            return notificationMoment(r.createdAtMs);
        }
        break;
    case RecipientColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return recipientName(r.recipient);
        }
        break;
    case EngineColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return r.engine;
        }
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole) {
            return r.acknowledgedAtMs != 0 ? tr("%1 (acknowledged)").arg(r.title) : r.title;
        }
        if (role == Qt::ToolTipRole) {
            return r.body;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant NotificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (section == TypeColumn && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)) {
        return tr("Type");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TypeColumn:
        return QString();
    case TimeColumn:
        return tr("Time");
    case RecipientColumn:
        return tr("For");
    case TitleColumn:
        return tr("Notification");
    case EngineColumn:
        return tr("Engine");
    default:
        return {};
    }
}

}  // namespace sluice::ui
