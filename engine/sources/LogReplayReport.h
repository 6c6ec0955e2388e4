// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/RejectedLines.h"
#include "sim/SimulationReport.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// What `sluice replay --report` writes: the shape of a simulation's report (requests, reputation, throttle,
// top denied) without its traffic classes, since real traffic has no ground truth, plus the log's lines.
struct LogReplaySummary {
    sim::SimulationSummary run;  // scenario, seed, outcomes by class and keys per class are not used
    std::string log;
    std::string format;
    std::string key;
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
    std::uint64_t linesRead = 0;
    std::uint64_t linesParsed = 0;
    std::uint64_t linesRejected = 0;
    std::vector<logs::RejectedLine> rejectedLines;  // the first ones
};

std::string logReplayReportJson(const LogReplaySummary& summary);

}  // namespace sluice::engine
