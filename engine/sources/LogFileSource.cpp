// SPDX-License-Identifier: Apache-2.0
#include "sources/LogFileSource.h"

#include "logs/LineSplitter.h"
#include "logs/LogFileReader.h"
#include "logs/LogTail.h"
#include "runtime/EngineRuntime.h"

#include <algorithm>

namespace sluice::engine {

namespace {
// Requests per hand-over: large enough to keep the engine's queue cheap, small enough to show progress.
constexpr std::size_t kBatchRequests = 4096;
// A paced replay sleeps only when the next line is due later than this.
constexpr auto kPaceSlack = std::chrono::milliseconds(20);

TimeNs wallNow()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
}  // namespace

LogFileSource::LogFileSource(EngineRuntime& runtime, Options options)
    : m_runtime(runtime), m_options(std::move(options)), m_ingest(m_options.ingest),
      m_batch(std::make_unique<RequestBatch>())
{
    m_state.id = m_options.id;
    m_state.kind = m_options.follow ? SourceKind::LogTail : SourceKind::LogReplay;
    m_state.name = m_options.path;
    m_state.running = true;
    m_state.speed = m_options.speed;
    m_state.progress = m_options.follow ? -1 : 0;
    m_thread = std::thread([this] { run(); });
}

LogFileSource::~LogFileSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

SourceState LogFileSource::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

std::vector<RejectedInput> LogFileSource::rejectedInputs() const
{
    std::lock_guard lock(m_mutex);
    return m_rejected;
}

std::optional<std::string> LogFileSource::control(const SourceControl& control)
{
    const auto* pause = std::get_if<control::SetPaused>(&control);
    if (pause == nullptr) {
        return "A log file can only be paused and resumed.";
    }
    {
        std::lock_guard lock(m_mutex);
        m_paused = pause->paused;
        m_state.paused = m_paused;
    }
    m_wake.notify_all();
    return std::nullopt;
}

void LogFileSource::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

bool LogFileSource::waitFor(std::chrono::steady_clock::duration delay)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, delay, [this] { return m_stop; });
    m_wake.wait(lock, [this] { return m_stop || !m_paused; });
    return !m_stop;
}

bool LogFileSource::handOver()
{
    if (!m_batch->requests.empty()) {
        while (!m_runtime.submitWait(m_batch, std::chrono::milliseconds(100))) {
            std::lock_guard lock(m_mutex);
            if (m_stop) {
                return false;
            }
        }
        m_batch = std::make_unique<RequestBatch>();
    }
    publish();
    std::lock_guard lock(m_mutex);
    return !m_stop;
}

void LogFileSource::line(std::string_view text, std::uint64_t number, bool tooLong)
{
    if (tooLong) {
        m_ingest.addTooLong(text, number);
        return;
    }
    if (!m_ingest.add(text, number, *m_batch)) {
        return;
    }
    m_lastLineAt = m_batch->requests.back().timestamp;
    if (m_options.follow || m_options.speed <= 0) {
        return;
    }
    if (m_firstLineAt == 0) {
        m_firstLineAt = m_lastLineAt;
        m_paceStart = std::chrono::steady_clock::now();
    }
    const auto due = m_paceStart + std::chrono::nanoseconds(static_cast<std::int64_t>(
                                       static_cast<double>(m_lastLineAt - m_firstLineAt) / m_options.speed));
    if (due - std::chrono::steady_clock::now() > kPaceSlack) {
        // The requests before this one are due now; this one waits for its time.
        handOver();
        waitFor(due - std::chrono::steady_clock::now());
    }
}

void LogFileSource::publish()
{
    std::lock_guard lock(m_mutex);
    m_state.read = m_ingest.read();
    m_state.requests = m_ingest.parsed();
    m_state.rejected = m_ingest.rejected().count();
    m_state.virtualNow = m_lastLineAt;
    if (m_rejected.size() != m_ingest.rejected().first().size()) {
        m_rejected.clear();
        for (const auto& r : m_ingest.rejected().first()) {
            m_rejected.push_back(RejectedInput{r.number, r.reason, r.head});
        }
    }
}

void LogFileSource::run()
{
    const auto onLine = [this](std::string_view text, std::uint64_t number, bool tooLong) {
        line(text, number, tooLong);
    };
    logs::LineSplitter splitter;
    const auto setError = [this](std::string error) {
        std::lock_guard lock(m_mutex);
        m_state.lastError = std::move(error);
    };
    if (m_options.follow) {
        logs::LogTail tail(m_options.path);
        while (true) {
            const std::string_view chunk = tail.poll();
            if (tail.rotatedSinceLastPoll()) {
                splitter.finish(onLine);  // the unfinished line of the old file ends there
            }
            if (!chunk.empty()) {
                splitter.feed(chunk, onLine);
                if (m_batch->requests.size() < kBatchRequests && tail.bytesBehind() > 0) {
                    continue;
                }
            }
            setError(tail.error());
            {
                std::lock_guard lock(m_mutex);
                m_state.lagNs =
                    tail.bytesBehind() > 0 && m_lastLineAt > 0 ? std::max<TimeNs>(0, wallNow() - m_lastLineAt) : 0;
            }
            if (!handOver() || (chunk.empty() && !waitFor(m_options.pollInterval))) {
                break;
            }
        }
    } else {
        std::string error;
        auto reader = logs::LogFileReader::open(m_options.path, error);
        if (!reader) {
            setError(error);
        } else {
            while (true) {
                {
                    std::lock_guard lock(m_mutex);
                    if (m_stop) {
                        break;
                    }
                }
                const std::string_view chunk = reader->read();
                if (chunk.empty()) {
                    splitter.finish(onLine);
                    setError(reader->error());
                    break;
                }
                splitter.feed(chunk, onLine);
                {
                    std::lock_guard lock(m_mutex);
                    const auto total = std::max<std::uint64_t>(1, reader->totalBytes());
                    m_state.progress =
                        std::min(0.99, static_cast<double>(reader->bytesRead()) / static_cast<double>(total));
                }
                if (!handOver() || !waitFor(std::chrono::nanoseconds(0))) {
                    break;
                }
            }
        }
        handOver();
        std::lock_guard lock(m_mutex);
        m_state.progress = 1.0;
    }
    {
        std::lock_guard lock(m_mutex);
        m_state.running = false;
        m_state.paused = false;
    }
    m_finished = true;
}

}  // namespace sluice::engine
