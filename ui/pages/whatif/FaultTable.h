// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/Faults.h"

#include <QTableWidget>

namespace sluice::ui {

// Faults to inject into the modelled backend of both runs: a kind, when it starts and how long it lasts (in
// minutes of the run), and its size (added latency, share of errors, capacity left, a dependency's timeout).
class FaultTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit FaultTable(QWidget* parent = nullptr);

    void addFault(const engine::sim::Fault& fault);
    void removeCurrentFault();
    engine::sim::FaultSchedule schedule() const;

signals:
    void edited();

private:
    void showUnit(int row);
};

}  // namespace sluice::ui
