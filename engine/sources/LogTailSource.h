// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "logs/FilePosition.h"
#include "logs/LineIngest.h"
#include "traffic/TrafficSource.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace sluice::engine {

class EngineRuntime;

// An access log followed as it grows (logs::LogTail), its lines decided as they are written. A thread of its
// own reads whole chunks, splits them into lines, turns the lines into requests and hands each chunk's requests
// to the runtime as one batch. It starts where the runtime's database says the file was read up to, and notes
// the position after each decided batch, so the position stored is never ahead of the decisions stored.
//
// A request's time is its line's time, held back to the runtime clock's present (a writer whose clock runs
// ahead would otherwise put keys' limits in the future) and to the order of the lines (several workers write
// one log a little out of order). A line without a time gets the clock's present.
//
// Lag: while the file holds bytes not read yet, how far the newest line decided is behind the clock; once it is
// read to its end, 0 (an idle log is not behind).
class LogTailSource final : public TrafficSource {
public:
    struct Options {
        std::string path;
        std::string id;  // empty: idFor(path)
        logs::IngestOptions ingest;
        std::chrono::milliseconds idlePoll{250};  // how often a log with nothing new is looked at again
        std::size_t maxLineBytes = 1 << 20;
    };

    static std::string idFor(const std::string& path) { return "log:" + path; }

    // Starts following at once. `clock` is the runtime's clock.
    LogTailSource(EngineRuntime& runtime, Options options, const Clock& clock);
    ~LogTailSource() override;  // stops reading; batches already handed over are still decided
    LogTailSource(const LogTailSource&) = delete;
    LogTailSource& operator=(const LogTailSource&) = delete;

    SourceState state() const override;
    // Pauses and resumes; a followed log has no speed and nothing to choose.
    std::optional<std::string> control(const SourceControl& control) override;
    // The first lines that could not be read as requests, with their numbers and reasons: for the console.
    std::vector<logs::RejectedLine> rejectedLines() const;
    std::vector<RejectedInput> rejectedInputs() const override;

private:
    void run();
    // Turns what the splitter completed into a batch and hands it over; false when stopping.
    bool handOver(std::unique_ptr<RequestBatch> batch, const logs::FilePosition& position);
    void onDecided(std::unique_ptr<RequestBatch> batch, const logs::FilePosition& position);
    TimeNs requestTime(TimeNs lineTime);

    EngineRuntime& m_runtime;
    Options m_options;
    const Clock& m_clock;
    logs::LineIngest m_ingest;  // run() only, but for rejected lines under m_mutex
    TimeNs m_latestTime = 0;    // run() only

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stop = false;
    bool m_paused = false;
    std::size_t m_inFlight = 0;
    std::uint64_t m_read = 0;
    std::uint64_t m_requests = 0;  // decided
    std::uint64_t m_rejected = 0;
    std::uint64_t m_bytesBehind = 0;
    TimeNs m_newestDecided = 0;
    std::string m_error;
    std::vector<logs::RejectedLine> m_rejectedLines;  // a copy, taken after each chunk
    std::thread m_thread;
};

}  // namespace sluice::engine
