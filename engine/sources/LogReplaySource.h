// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "logs/LineIngest.h"
#include "runtime/EngineRuntime.h"
#include "traffic/PacingAnchor.h"
#include "traffic/PacingClock.h"
#include "traffic/TrafficSource.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace sluice::engine {

namespace logs {
class LogFileReader;
}

struct LogReplayOptions {
    std::string path;  // plain or .gz
    logs::IngestOptions ingest;
    double speed = SourceState::kUnpaced;  // log seconds per wall second; kUnpaced = as fast as decided
    std::string id = "replay";
    std::size_t keepRejected = 100;  // rejected lines kept with their text; all are counted
};

// Reads an access log once into the engine: lines become requests at the log's own times, paced at a speed
// factor on `pacing` or as fast as the engine decides them (unpaced, a replay decides the same way every
// time: batches are cut by count alone). With `virtualClock`, that clock follows the requests handed over,
// as a simulation's does. Destroying it cancels the replay and waits for the batches it handed over.
class LogReplaySource final : public TrafficSource {
public:
    struct Counts {
        std::uint64_t read = 0, parsed = 0, rejected = 0;
        std::uint64_t allowed = 0, denied = 0;
        TimeNs firstTime = 0, lastTime = 0;  // of the requests handed over
    };

    // Nullptr with `error` when the file cannot be opened.
    static std::unique_ptr<LogReplaySource> open(EngineRuntime& runtime, LogReplayOptions options, std::string& error,
                                                 ManualClock* virtualClock = nullptr,
                                                 PacingClock& pacing = steadyPacingClock());
    ~LogReplaySource() override;
    LogReplaySource(const LogReplaySource&) = delete;
    LogReplaySource& operator=(const LogReplaySource&) = delete;

    // The time of the first line that parses (0 when none does in the first lines): where a virtual clock
    // starts before the replay does.
    static TimeNs firstLineTime(const std::string& path, const logs::LogFormat& format);

    void start();
    // Blocks until the whole file is read and every batch decided (or the replay is cancelled).
    void waitFinished();
    bool finished() const { return m_finished; }

    SourceState state() const override;
    std::optional<std::string> control(const SourceControl& control) override;
    Counts counts() const;
    std::vector<logs::RejectedLine> rejectedLines() const;
    std::vector<RejectedInput> rejectedInputs() const override;
    // Stops at the next line; waitFinished returns, and what was handed over is still decided.
    void cancel();

private:
    LogReplaySource(EngineRuntime& runtime, LogReplayOptions options, std::unique_ptr<logs::LogFileReader> reader,
                    ManualClock* virtualClock, PacingClock& pacing);
    void run();
    std::unique_ptr<RequestBatch> takeBatch();
    void onDecided(std::unique_ptr<RequestBatch> batch);
    bool handOver(std::unique_ptr<RequestBatch>& batch);
    void pace(TimeNs until);
    void anchor();  // with m_mutex held
    void publishProgress();

    EngineRuntime& m_runtime;
    LogReplayOptions m_options;
    std::unique_ptr<logs::LogFileReader> m_reader;
    logs::LineIngest m_ingest;         // the replay thread's
    std::uint64_t m_bytesHandled = 0;  // the replay thread's: bytes of the lines taken so far
    ManualClock* m_virtualClock;
    PacingClock& m_pacing;

    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<RequestBatch>> m_free;
    std::uint64_t m_inFlight = 0;
    bool m_paused = false;
    double m_speed = SourceState::kUnpaced;
    PacingAnchor m_anchor;
    TimeNs m_virtualNow = 0;
    double m_progress = 0;
    Counts m_counts;
    std::vector<logs::RejectedLine> m_rejected;
    std::string m_error;
    std::thread m_thread;
};

}  // namespace sluice::engine
