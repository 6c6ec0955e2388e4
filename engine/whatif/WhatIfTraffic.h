// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LineIngest.h"
#include "logs/LineSplitter.h"
#include "logs/LogFileReader.h"
#include "sim/Simulator.h"
#include "traffic/RequestBatch.h"

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <string>

namespace sluice::engine::whatif {

// The one traffic both engines of a what-if judge, filled batch by batch by one thread at a time: a simulated
// scenario (each request tagged with its traffic class, the ground truth) or a replayed access log (no ground
// truth: every request counts as legitimate, and the comparison is by key).
class WhatIfTraffic {
public:
    virtual ~WhatIfTraffic() = default;
    // Appends the next requests, at least a full batch unless the traffic ends; false once it has ended.
    virtual bool fill(RequestBatch& batch) = 0;
    virtual TimeNs start() const = 0;
    virtual double progress() const = 0;  // 0..1, read from any thread
    virtual std::array<std::uint64_t, sim::kTrafficClassCount> keysPerClass() const { return {}; }
};

class SimulatedTraffic final : public WhatIfTraffic {
public:
    SimulatedTraffic(const sim::Scenario& scenario, std::uint64_t seed, TimeNs duration);
    bool fill(RequestBatch& batch) override;
    TimeNs start() const override { return m_sim.start(); }
    double progress() const override;
    std::array<std::uint64_t, sim::kTrafficClassCount> keysPerClass() const override;

private:
    sim::Simulator m_sim;
    std::atomic<TimeNs> m_now{0};
    std::array<std::atomic<std::uint64_t>, sim::kTrafficClassCount> m_keys{};
};

// An access log read once, unpaced, in line order (plain or gzip).
struct LogInput {
    std::string path;
    logs::IngestOptions ingest;
};

class LogTraffic final : public WhatIfTraffic {
public:
    // The first and the last time of the log's parsed lines, read in a pass of their own (the engines' clocks start
    // at the first, the timeline needs the span). nullopt with `error` when the file cannot be read or no line
    // parses.
    static std::optional<std::pair<TimeNs, TimeNs>> span(const LogInput& input, std::string& error);
    // Nullptr with `error` (naming the file) when it cannot be opened.
    static std::unique_ptr<LogTraffic> open(const LogInput& input, TimeNs start, std::string& error);

    bool fill(RequestBatch& batch) override;
    TimeNs start() const override { return m_start; }
    double progress() const override { return m_progress.load(std::memory_order_relaxed); }
    const logs::LineIngest& ingest() const { return m_ingest; }
    std::string error() const { return m_reader->error(); }

private:
    LogTraffic(std::unique_ptr<logs::LogFileReader> reader, const LogInput& input, TimeNs start);

    std::unique_ptr<logs::LogFileReader> m_reader;
    logs::LineIngest m_ingest;
    logs::LineSplitter m_splitter;
    TimeNs m_start;
    bool m_ended = false;
    std::atomic<double> m_progress{0};
};

}  // namespace sluice::engine::whatif
