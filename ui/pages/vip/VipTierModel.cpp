// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/VipTierModel.h"

#include "LimitFormat.h"

#include <QLocale>

namespace sluice::ui {

int VipTierModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

QVariant VipTierModel::data(const QModelIndex& index, int role) const
{
    const engine::VipTierUsage* t = tier(index.row());
    if (t == nullptr) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignVCenter | (index.column() == NameColumn ? Qt::AlignLeft : Qt::AlignRight));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(t->name);
    case MultiplierColumn:
        return tr("×%1").arg(formatMultiplier(t->multiplier));
    case KeysColumn:
        return QLocale().toString(static_cast<qulonglong>(t->keys));
    default:
        return {};
    }
}

QVariant VipTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Tier");
    case MultiplierColumn:
        return tr("Multiplier");
    case KeysColumn:
        return tr("Keys");
    default:
        return {};
    }
}

void VipTierModel::setTiers(std::vector<engine::VipTierUsage> tiers)
{
    replaceRows(std::move(tiers), [](const auto& a, const auto& b) { return a.name == b.name; });
}

}  // namespace sluice::ui
