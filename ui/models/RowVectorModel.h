// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

#include <algorithm>
#include <vector>

namespace sluice::ui {

// A table whose rows are one engine answer held in a vector and replaced whole by the next answer.
template <typename Row>
class RowVectorModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    const Row* rowAt(int index) const
    {
        return index >= 0 && index < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(index)]
                                                                     : nullptr;
    }
    const std::vector<Row>& rows() const { return m_rows; }

protected:
    // When `sameKey` finds the same rows in the same order, only values changed: one dataChanged keeps the
    // selection and the scroll position. Otherwise the rows are different ones and the model resets.
    template <typename SameKey>
    void replaceRows(std::vector<Row> rows, SameKey sameKey)
    {
        const bool same = rows.size() == m_rows.size() && std::equal(rows.begin(), rows.end(), m_rows.begin(), sameKey);
        if (!same) {
            this->beginResetModel();
            m_rows = std::move(rows);
            this->endResetModel();
            return;
        }
        m_rows = std::move(rows);
        if (!m_rows.empty()) {
            emit this->dataChanged(this->index(0, 0), this->index(rowCount() - 1, this->columnCount() - 1));
        }
    }

private:
    std::vector<Row> m_rows;
};

}  // namespace sluice::ui
