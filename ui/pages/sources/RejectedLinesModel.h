// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/RowVectorModel.h"
#include "traffic/RejectedInput.h"

namespace sluice::ui {

// The first lines a source could not understand: where each was, why, and how it began.
class RejectedLinesModel final : public RowVectorModel<engine::RejectedInput> {
    Q_OBJECT

public:
    enum Column { NumberColumn, ReasonColumn, HeadColumn, ColumnCount };

    using RowVectorModel::RowVectorModel;

    void setRows(std::vector<engine::RejectedInput> rows);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

}  // namespace sluice::ui
