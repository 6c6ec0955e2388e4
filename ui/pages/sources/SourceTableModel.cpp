// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/SourceTableModel.h"

#include "Format.h"
#include "pages/sources/SourceText.h"

namespace sluice::ui {

void SourceTableModel::setRows(std::vector<SourceRow> rows)
{
    replaceRows(std::move(rows), [](const SourceRow& a, const SourceRow& b) { return a.state.id == b.state.id; });
}

int SourceTableModel::rowOf(const std::string& id) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (rowAt(r)->state.id == id) {
            return r;
        }
    }
    return -1;
}

int SourceTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SourceTableModel::data(const QModelIndex& index, int role) const
{
    const SourceRow* row = rowAt(index.row());
    if (row == nullptr) {
        return {};
    }
    const engine::SourceState& s = row->state;
    const QString none = QStringLiteral("–");
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= RateColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        QString tip = s.name.empty() ? tr("Nothing chosen yet") : QString::fromStdString(s.name);
        if (!s.lastError.empty()) {
            tip += QLatin1Char('\n') + QString::fromStdString(s.lastError);
        }
        return tip;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return s.name.empty() ? tr("(none)") : QString::fromStdString(s.name);
    case KindColumn:
        return sourceKindName(s.kind);
    case StateColumn:
        return sourceStateName(s);
    case RateColumn:
        return row->rate < 0 ? none : sourceRateText(s.kind, row->rate);
    case RejectedColumn:
        return readsLines(s.kind) || s.kind == engine::SourceKind::HttpListener || s.rejected != 0
                   ? formatCount(s.rejected)
                   : none;
    case LagColumn:
        return s.running ? formatDuration(s.lagNs / engine::kNsPerMs) : none;
    case ProgressColumn:
        return s.progress >= 0 ? formatPercent(s.progress) : none;
    default:
        return {};
    }
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case RateColumn:
        return tr("Rate");
    case RejectedColumn:
        return tr("Rejected");
    case LagColumn:
        return tr("Lag");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

}  // namespace sluice::ui
