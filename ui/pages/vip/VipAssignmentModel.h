// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/RowVectorModel.h"
#include "vip/VipQuery.h"

#include <vector>

namespace sluice::ui {

// One page of VIP assignments as the engine answered it. Assignments are few next to keys (an admin makes
// each one), so a page holds them all up to VipQuery::limit; the page says how many matched in total.
class VipAssignmentModel final : public RowVectorModel<engine::VipRow> {
    Q_OBJECT

public:
    enum Column { KeyColumn, TierColumn, MultiplierColumn, LimitColumn, ExpiresColumn, NotesColumn, AssignedColumn };
    static constexpr int kColumnCount = 7;
    static constexpr int kKeyRole = Qt::UserRole + 1;

    using RowVectorModel::RowVectorModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(std::vector<engine::VipRow> rows, engine::TimeNs now);
    const engine::VipRow* row(int index) const { return rowAt(index); }
    static engine::VipSort sortOf(int column);

private:
    engine::TimeNs m_now = 0;
};

}  // namespace sluice::ui
