// SPDX-License-Identifier: Apache-2.0
#include "sources/LogReplayReport.h"

#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "sources/LogReplaySource.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <future>

namespace sluice::engine {

void takeReplayCounts(LogReplaySummary& summary, EngineRuntime& runtime, const LogReplaySource& source, TimeNs now)
{
    const LogReplaySource::Counts counts = source.counts();
    std::promise<sim::ThrottleHistory> throttle;
    runtime.post([&](const EngineShards& e) {
        throttle.set_value(sim::throttleHistory(e.throttle(), std::max(counts.lastTime, now)));
    });
    summary.run.throttle = throttle.get_future().get();
    summary.allowed = counts.allowed;
    summary.denied = counts.denied;
    summary.linesRead = counts.read;
    summary.linesParsed = counts.parsed;
    summary.linesRejected = counts.rejected;
    summary.rejectedLines = source.rejectedLines();
    summary.run.simulatedSeconds =
        static_cast<double>(counts.lastTime - counts.firstTime) / static_cast<double>(kNsPerSec);
}

std::string logReplayReportJson(const LogReplaySummary& s)
{
    using Json = nlohmann::ordered_json;
    const Json shared = sim::reportDocument(s.run);
    Json report = {{"log", s.log}, {"format", s.format}, {"key", s.key}, {"complete", s.complete}};
    const std::uint64_t total = s.allowed + s.denied;
    for (const auto& [name, value] : shared.items()) {
        if (name == "scenario" || name == "seed" || name == "by_class") {
            continue;
        }
        if (name == "requests") {
            report["requests"] = {{"total", total}, {"allowed", s.allowed}, {"denied", s.denied}};
        } else if (name == "requests_per_wall_second") {
            report[name] = s.run.wallSeconds > 0 ? static_cast<double>(total) / s.run.wallSeconds : 0.0;
        } else if (name == "simulated_seconds") {
            report["log_seconds"] = value;  // from the first request's time to the last's
        } else {
            report[name] = value;
        }
    }
    report["lines"] = {{"read", s.linesRead}, {"parsed", s.linesParsed}, {"rejected", s.linesRejected}};
    Json rejected = Json::array();
    for (const logs::RejectedLine& r : s.rejectedLines) {
        rejected.push_back({{"line", r.number}, {"reason", r.reason}, {"text", r.head}});
    }
    report["rejected_lines"] = rejected;
    return report.dump(2) + "\n";
}

}  // namespace sluice::engine
