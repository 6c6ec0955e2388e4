// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/RejectedLines.h"
#include "sim/SimulationReport.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// How many rejected lines a replay's report lists (all are counted).
inline constexpr std::size_t kRejectedLinesInReport = 20;

// What `sluice replay --report` writes: the shape of a simulation's report (requests, reputation, throttle,
// top denied) without its traffic classes, since real traffic has no ground truth, plus the log's lines.
struct LogReplaySummary {
    sim::SimulationSummary run;  // scenario, seed, outcomes by class and keys per class are not used
    std::string log;
    std::string format;
    std::string key;
    bool complete = true;  // false: cancelled, and the report covers the lines read until then
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
    std::uint64_t linesRead = 0;
    std::uint64_t linesParsed = 0;
    std::uint64_t linesRejected = 0;
    std::vector<logs::RejectedLine> rejectedLines;  // the first ones
};

class EngineRuntime;
class LogReplaySource;

// Takes what `source` counted and the throttle's history up to `now` into `summary`; the runtime has decided
// every batch the source handed over (synced), and the caller adds the last snapshot and the wall time.
void takeReplayCounts(LogReplaySummary& summary, EngineRuntime& runtime, const LogReplaySource& source, TimeNs now);

std::string logReplayReportJson(const LogReplaySummary& summary);

}  // namespace sluice::engine
