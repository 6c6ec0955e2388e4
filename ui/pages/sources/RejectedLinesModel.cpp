// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/RejectedLinesModel.h"

#include "EngineTextTranslator.h"
#include "Format.h"

namespace sluice::ui {

void RejectedLinesModel::setRows(std::vector<engine::RejectedInput> rows)
{
    replaceRows(std::move(rows),
                [](const engine::RejectedInput& a, const engine::RejectedInput& b) { return a.number == b.number; });
}

int RejectedLinesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RejectedLinesModel::data(const QModelIndex& index, int role) const
{
    const engine::RejectedInput* row = rowAt(index.row());
    if (row == nullptr) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == HeadColumn) {
        return QString::fromStdString(row->head);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return formatCount(row->number);
    case ReasonColumn:
        return localizedEngineText(row->reason);  // the engine's catalogue words, in the user's language
    case HeadColumn:
        return QString::fromStdString(row->head);
    default:
        return {};
    }
}

QVariant RejectedLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Reason");
    case HeadColumn:
        return tr("Start of the line");
    default:
        return {};
    }
}

}  // namespace sluice::ui
