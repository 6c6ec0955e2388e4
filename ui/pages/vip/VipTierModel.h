// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/RowVectorModel.h"
#include "vip/VipQuery.h"

#include <vector>

namespace sluice::ui {

// The VIP tier catalog with how many assignments use each tier.
class VipTierModel final : public RowVectorModel<engine::VipTierUsage> {
    Q_OBJECT

public:
    enum Column { NameColumn, MultiplierColumn, KeysColumn };
    static constexpr int kColumnCount = 3;

    using RowVectorModel::RowVectorModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTiers(std::vector<engine::VipTierUsage> tiers);
    const std::vector<engine::VipTierUsage>& tiers() const { return rows(); }
    const engine::VipTierUsage* tier(int row) const { return rowAt(row); }
};

}  // namespace sluice::ui
