// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportFiles.h"

#include "sim/SimulationReport.h"
#include "sources/LogReplayReport.h"

#include <QCoreApplication>

namespace sluice::ui {

// The report of one finished run, a simulated scenario (`sluice simulate`) or a replayed access log
// (`sluice replay`), in the console's language: key figures, traffic over time, the traffic classes' outcomes
// and reputations (a simulation's ground truth), routes, reputation, throttle and the most denied keys. With the
// run's JSON report it is written as PDF, HTML, CSV or JSON by ReportFiles, as what-if answers are.
class RunDocument final {
    Q_DECLARE_TR_FUNCTIONS(RunDocument)

public:
    static ReportOutput simulation(const engine::sim::SimulationSummary& summary);
    static ReportOutput replay(const engine::LogReplaySummary& summary);
};

}  // namespace sluice::ui
