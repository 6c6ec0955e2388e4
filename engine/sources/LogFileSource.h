// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LineIngest.h"
#include "traffic/TrafficSource.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace sluice::engine {

class EngineRuntime;

// An access log as a source of the console's traffic: followed as it grows (across rotation), or read once
// from the start, at the log's own timing times `speed` or as fast as the engine takes it. Its lines become
// requests on a thread of its own; what it could not understand is counted and the first lines kept.
class LogFileSource final : public TrafficSource {
public:
    struct Options {
        std::string id;
        std::string path;
        bool follow = true;
        double speed = SourceState::kUnpaced;  // read once: log seconds per wall second
        logs::IngestOptions ingest;
        std::chrono::milliseconds pollInterval{200};
    };

    LogFileSource(EngineRuntime& runtime, Options options);
    ~LogFileSource() override;  // stops reading; batches handed over are still decided

    SourceState state() const override;
    std::optional<std::string> control(const SourceControl& control) override;
    std::vector<RejectedInput> rejectedInputs() const override;

    // Stops at the next line; a read once ends as if the file ended there.
    void cancel();
    // A read once has reached the end of the file (or was cancelled) and handed everything over.
    bool finished() const { return m_finished; }

private:
    void run();
    // Hands the batch over when it holds requests; false when stopping.
    bool handOver();
    // Waits `delay` or until stopped or unpaused; false when stopping.
    bool waitFor(std::chrono::steady_clock::duration delay);
    void line(std::string_view text, std::uint64_t number, bool tooLong);
    void publish();

    EngineRuntime& m_runtime;
    Options m_options;
    logs::LineIngest m_ingest;  // reading thread only; published under m_mutex
    std::unique_ptr<RequestBatch> m_batch;
    std::chrono::steady_clock::time_point m_paceStart;
    TimeNs m_firstLineAt = 0;
    TimeNs m_lastLineAt = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_paused = false;
    SourceState m_state;  // as last published
    std::vector<RejectedInput> m_rejected;
    std::atomic<bool> m_finished{false};
    std::thread m_thread;
};

}  // namespace sluice::engine
