// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/RowVectorModel.h"
#include "traffic/SourceState.h"

#include <QList>

namespace sluice::ui {

// One source as its row shows it: the state the host reported and the rate worked out from its counts.
struct SourceRow {
    engine::SourceState state;
    double rate = -1;  // per second; negative = not known yet
};

// The sources feeding the engine, in the host's order: what each is, whether it runs, how fast it reads,
// how much it refused, how far behind it is and (for a replay) how far through.
class SourceTableModel final : public RowVectorModel<SourceRow> {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        StateColumn,
        RateColumn,
        RejectedColumn,
        LagColumn,
        ProgressColumn,
        ColumnCount
    };

    using RowVectorModel::RowVectorModel;

    void setRows(std::vector<SourceRow> rows);
    // The row of the source with `id`, or -1.
    int rowOf(const std::string& id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

}  // namespace sluice::ui
