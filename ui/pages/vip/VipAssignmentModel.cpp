// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/VipAssignmentModel.h"

#include "LimitFormat.h"
#include "pages/vip/VipTimeFormat.h"

#include <QBrush>
#include <QPalette>

namespace sluice::ui {

int VipAssignmentModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

QVariant VipAssignmentModel::data(const QModelIndex& index, int role) const
{
    const engine::VipRow* r = row(index.row());
    if (r == nullptr) {
        return {};
    }
    if (role == kKeyRole) {
        return QString::fromStdString(r->key);
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == MultiplierColumn || index.column() == LimitColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && index.column() == NotesColumn) {
        return QString::fromStdString(r->notes);
    }
    if (role == Qt::ToolTipRole && index.column() == AssignedColumn) {
        return tr("Assigned by %1 at %2").arg(QString::fromStdString(r->assignedBy), formatVipTime(r->assignedAt));
    }
    if (role == Qt::ForegroundRole && index.column() == ExpiresColumn && r->expiresAt != 0 &&
        r->expiresAt - m_now <= 7 * engine::kNsPerDay) {
        return QBrush(QColor(0xB0, 0x5A, 0x00));  // soon: amber, legible on light and dark palettes
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case KeyColumn:
        return QString::fromStdString(r->key);
    case TierColumn:
        return QString::fromStdString(r->tier);
    case MultiplierColumn:
        return tr("×%1").arg(formatMultiplier(r->multiplier));
    case LimitColumn:
        return formatPerPeriod(r->effectiveLimit, r->limitPeriod);
    case ExpiresColumn:
        return formatExpiry(r->expiresAt, m_now);
    case NotesColumn:
        return QString::fromStdString(r->notes);
    case AssignedColumn:
        return tr("%1 · %2").arg(QString::fromStdString(r->assignedBy), formatVipDate(r->assignedAt));
    default:
        return {};
    }
}

QVariant VipAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TierColumn:
        return tr("Tier");
    case MultiplierColumn:
        return tr("Multiplier");
    case LimitColumn:
        return tr("Limit now");
    case ExpiresColumn:
        return tr("Expires");
    case NotesColumn:
        return tr("Notes");
    case AssignedColumn:
        return tr("Assigned by");
    default:
        return {};
    }
}

engine::VipSort VipAssignmentModel::sortOf(int column)
{
    switch (column) {
    case TierColumn:
        return engine::VipSort::Tier;
    case MultiplierColumn:
        return engine::VipSort::Multiplier;
    case LimitColumn:
        return engine::VipSort::EffectiveLimit;
    case ExpiresColumn:
        return engine::VipSort::ExpiresAt;
    case AssignedColumn:
        return engine::VipSort::AssignedAt;
    default:
        return engine::VipSort::Key;
    }
}

void VipAssignmentModel::setRows(std::vector<engine::VipRow> rows, engine::TimeNs now)
{
    m_now = now;
    replaceRows(std::move(rows), [](const engine::VipRow& a, const engine::VipRow& b) { return a.key == b.key; });
}

}  // namespace sluice::ui
