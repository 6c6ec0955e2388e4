// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "limiter/Policy.h"

#include <QTableWidget>

#include <optional>
#include <vector>

namespace sluice::ui {

// Configuration B's limits per route, starting as A's: the default policy first (its route fixed), then one row a
// route. Limits, periods and bursts are spin boxes, so only whole numbers in range can be typed; a value that
// differs from A's shows in bold.
class PolicyTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit PolicyTable(QWidget* parent = nullptr);

    // A's policies: the table starts over from them.
    void setBaseline(const std::vector<engine::Policy>& policies);
    void addRoute();
    void removeCurrentRoute();  // the default policy stays
    // B's policies, or nullopt with `error` naming the row when a route is empty or given twice.
    std::optional<std::vector<engine::Policy>> policies(QString& error) const;
    // Sets B's value of one cell (row, column 1..3): for tests and scripted use.
    void setValue(int row, int column, int value);

signals:
    void edited();

private:
    void addRow(const engine::Policy& policy);
    void markChanges();
    int value(int row, int column) const;

    std::vector<engine::Policy> m_baseline;
};

}  // namespace sluice::ui
