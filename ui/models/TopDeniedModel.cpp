// SPDX-License-Identifier: Apache-2.0
#include "models/TopDeniedModel.h"

#include "Format.h"

#include <algorithm>

namespace sluice::ui {

namespace {
// An int, as the Qt 6.4 item delegates and header views read it.
QVariant alignment(bool number)
{
    return static_cast<int>(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}
}  // namespace

TopDeniedModel::TopDeniedModel(QObject* parent) : QAbstractTableModel(parent) {}

int TopDeniedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TopDeniedModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

void TopDeniedModel::setEntries(const std::vector<engine::TopDeniedEntry>& entries)
{
    m_order.clear();
    for (const auto& e : entries) {
        m_order.push_back(&e);
    }
    // The engine already sends them in order; sorting here keeps the table's promise whatever the source.
    std::stable_sort(m_order.begin(), m_order.end(), [](const auto* a, const auto* b) {
        return a->denied != b->denied ? a->denied > b->denied : a->key < b->key;
    });

    const std::size_t oldSize = m_rows.size();
    const std::size_t newSize = m_order.size();
    if (newSize < oldSize) {
        beginRemoveRows({}, static_cast<int>(newSize), static_cast<int>(oldSize) - 1);
        m_rows.resize(newSize);
        endRemoveRows();
    }
    const std::size_t common = std::min(oldSize, newSize);
    std::vector<int>& changed = m_changed;
    changed.clear();
    for (std::size_t i = 0; i < common; ++i) {
        Row& row = m_rows[i];
        const engine::TopDeniedEntry& e = *m_order[i];
        if (row.key != e.key) {
            row.key = e.key;
            row.text = QString::fromStdString(e.key);
        } else if (row.denied == e.denied) {
            continue;
        }
        row.denied = e.denied;
        changed.push_back(static_cast<int>(i));
    }
    if (changed.size() * 2 > common) {
        emit dataChanged(index(0, 0), index(static_cast<int>(common) - 1, ColumnCount - 1));
    } else {
        for (const int r : changed) {
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
    if (newSize > oldSize) {
        beginInsertRows({}, static_cast<int>(oldSize), static_cast<int>(newSize) - 1);
        for (std::size_t i = oldSize; i < newSize; ++i) {
            const engine::TopDeniedEntry& e = *m_order[i];
            m_rows.push_back(Row{e.key, QString::fromStdString(e.key), e.denied});
        }
        endInsertRows();
    }
}

QVariant TopDeniedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool isKey = index.column() == KeyColumn;
    switch (role) {
    case Qt::DisplayRole:
        return isKey ? row.text : formatCount(row.denied);
    case Qt::ToolTipRole:
        return isKey ? row.text : QVariant();
    case Qt::AccessibleTextRole:
        return isKey ? row.text : tr("%1 denied requests").arg(formatCount(row.denied));
    case Qt::TextAlignmentRole:
        return alignment(!isKey);
    case SortRole:
        return isKey ? QVariant(row.text) : QVariant(static_cast<qulonglong>(row.denied));
    default:
        return {};
    }
}

QVariant TopDeniedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KeyColumn:
            return tr("Key");
        case DeniedColumn:
            return tr("Denied requests");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return alignment(section == DeniedColumn);
    }
    return {};
}

}  // namespace sluice::ui
