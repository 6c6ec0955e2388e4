// SPDX-License-Identifier: Apache-2.0
#include "sources/LogReplaySource.h"

#include "logs/LineSplitter.h"
#include "logs/LogFileReader.h"
#include "runtime/ThreadPriority.h"
#include "sources/RejectedLineInputs.h"

#include <algorithm>
#include <chrono>

namespace sluice::engine {

namespace {
constexpr std::uint64_t kPeekLines = 1000;
}  // namespace

std::unique_ptr<LogReplaySource> LogReplaySource::open(EngineRuntime& runtime, LogReplayOptions options,
                                                       std::string& error, ManualClock* virtualClock,
                                                       PacingClock& pacing)
{
    auto reader = logs::LogFileReader::open(options.path, error);
    if (!reader) {
        return nullptr;
    }
    return std::unique_ptr<LogReplaySource>(
        new LogReplaySource(runtime, std::move(options), std::move(reader), virtualClock, pacing));
}

LogReplaySource::LogReplaySource(EngineRuntime& runtime, LogReplayOptions options,
                                 std::unique_ptr<logs::LogFileReader> reader, ManualClock* virtualClock,
                                 PacingClock& pacing)
    : m_runtime(runtime), m_options(std::move(options)), m_reader(std::move(reader)), m_ingest(m_options.ingest),
      m_virtualClock(virtualClock), m_pacing(pacing), m_speed(std::max(0.0, m_options.speed))
{
    m_ingest.rejected() = logs::RejectedLines(m_options.keepRejected);
}

LogReplaySource::~LogReplaySource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    // Batches still queued in the runtime call back into us: wait until they are all back.
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_inFlight == 0; });
}

TimeNs LogReplaySource::firstLineTime(const std::string& path, const logs::LogFormat& format)
{
    std::string error;
    auto reader = logs::LogFileReader::open(path, error);
    if (!reader) {
        return 0;
    }
    logs::LogParser parser(format);
    logs::LogRecord record;
    logs::LineSplitter splitter;
    TimeNs first = 0;
    auto onLine = [&](std::string_view line, std::uint64_t, bool tooLong) {
        if (first == 0 && !tooLong && parser.parse(line, record).empty()) {
            first = record.time;
        }
    };
    for (std::string_view chunk = reader->read(); !chunk.empty() && first == 0 && splitter.linesSeen() < kPeekLines;
         chunk = reader->read()) {
        splitter.feed(chunk, onLine);
    }
    if (first == 0) {
        splitter.finish(onLine);
    }
    return first;
}

void LogReplaySource::start()
{
    if (!m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            anchor();
        }
        m_thread = std::thread(&LogReplaySource::run, this);
    }
}

void LogReplaySource::waitFinished()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return (m_finished && m_inFlight == 0) || m_stop; });
}

SourceState LogReplaySource::state() const
{
    std::lock_guard lock(m_mutex);
    SourceState s;
    s.id = m_options.id;
    s.kind = SourceKind::LogReplay;
    s.name = m_options.path;
    s.running = m_thread.joinable() && !m_finished;
    s.paused = m_paused;
    s.speed = m_speed;
    s.read = m_counts.read;
    s.requests = m_counts.parsed;
    s.rejected = m_counts.rejected;
    s.progress = m_progress;
    s.lastError = m_error;
    s.virtualNow = m_virtualNow;
    if (!m_paused && m_speed != SourceState::kUnpaced && !m_finished) {
        s.lagNs = m_anchor.lag(m_pacing.now(), m_virtualNow, m_speed);
    }
    return s;
}

std::optional<std::string> LogReplaySource::control(const SourceControl& control)
{
    if (const auto* pause = std::get_if<control::SetPaused>(&control)) {
        {
            std::lock_guard lock(m_mutex);
            m_paused = pause->paused;
            anchor();
        }
        m_changed.notify_all();
        return std::nullopt;
    }
    if (const auto* speed = std::get_if<control::SetSpeed>(&control)) {
        {
            std::lock_guard lock(m_mutex);
            m_speed = std::max(0.0, speed->speed);
            anchor();
        }
        m_changed.notify_all();
        return std::nullopt;
    }
    return std::string("A replayed log has nothing to choose; start another replay instead.");
}

LogReplaySource::Counts LogReplaySource::counts() const
{
    std::lock_guard lock(m_mutex);
    return m_counts;
}

std::vector<logs::RejectedLine> LogReplaySource::rejectedLines() const
{
    std::lock_guard lock(m_mutex);
    return m_rejected;
}

std::vector<RejectedInput> LogReplaySource::rejectedInputs() const { return asRejectedInputs(rejectedLines()); }

void LogReplaySource::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
}

void LogReplaySource::anchor() { m_anchor.set(m_pacing.now(), m_virtualNow); }

std::unique_ptr<RequestBatch> LogReplaySource::takeBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_inFlight < kBatchesInFlight || m_stop; });
    std::unique_ptr<RequestBatch> batch;
    if (!m_free.empty()) {
        batch = std::move(m_free.back());
        m_free.pop_back();
        batch->clear();
    } else {
        batch = std::make_unique<RequestBatch>();
        batch->requests.reserve(kFullBatch);
    }
    batch->done = [this](std::unique_ptr<RequestBatch> b) { onDecided(std::move(b)); };
    return batch;
}

void LogReplaySource::onDecided(std::unique_ptr<RequestBatch> batch)
{
    // On the engine thread: count the verdicts, then give the buffers back for reuse.
    std::uint64_t allowed = 0;
    for (const Decision& d : batch->decisions) {
        allowed += d.allowed ? 1 : 0;
    }
    {
        std::lock_guard lock(m_mutex);
        m_counts.allowed += allowed;
        m_counts.denied += batch->decisions.size() - allowed;
        m_free.push_back(std::move(batch));
        --m_inFlight;
        m_changed.notify_all();  // under the mutex: the destructor may go on, and the condition with it, once this is 0
    }
}

void LogReplaySource::pace(TimeNs until)
{
    // Returns when `until` is due, the replay runs unpaced or it is cancelled; holds while paused.
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return !m_paused || m_stop; });
        if (m_stop || m_speed == SourceState::kUnpaced || m_pacing.now() >= m_anchor.dueAt(until, m_speed)) {
            return;
        }
        m_pacing.waitUntil(lock, m_changed, m_anchor.dueAt(until, m_speed));
    }
}

void LogReplaySource::publishProgress()
{
    std::lock_guard lock(m_mutex);
    m_counts.read = m_ingest.read();
    m_counts.parsed = m_ingest.parsed();
    m_counts.rejected = m_ingest.rejected().count();
    // The share of the file on disk read so far, less what is read but not yet handed over (a chunk holds
    // many seconds of log).
    const std::uint64_t read = m_reader->bytesRead();
    const double handled =
        read == 0 ? 1.0 : std::min(1.0, static_cast<double>(m_bytesHandled) / static_cast<double>(read));
    m_progress = m_finished ? 1.0 : m_reader->progress() * handled;
    const auto& kept = m_ingest.rejected().first();
    for (std::size_t i = m_rejected.size(); i < kept.size(); ++i) {
        m_rejected.push_back(kept[i]);
    }
}

bool LogReplaySource::handOver(std::unique_ptr<RequestBatch>& batch)
{
    publishProgress();
    if (batch->requests.empty()) {
        return true;
    }
    const TimeNs first = batch->requests.front().timestamp;
    const TimeNs last = batch->requests.back().timestamp;
    {
        std::lock_guard lock(m_mutex);
        if (m_virtualNow == 0) {  // pacing counts from the log's first request
            m_virtualNow = first;
            anchor();
        }
    }
    pace(first);
    {
        std::lock_guard lock(m_mutex);
        ++m_inFlight;
        if (m_counts.firstTime == 0) {
            m_counts.firstTime = first;
        }
        m_counts.lastTime = std::max(m_counts.lastTime, last);
    }
    while (!m_stop && !m_runtime.submitWait(batch, EngineRuntime::kSubmitRetry)) {
    }
    if (batch) {  // not handed over: cancelled
        std::lock_guard lock(m_mutex);
        --m_inFlight;
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        m_virtualNow = std::max(m_virtualNow, last);
    }
    if (m_virtualClock != nullptr && m_virtualClock->now() < last) {
        m_virtualClock->set(last);
    }
    return true;
}

void LogReplaySource::run()
{
    if (m_runtime.options().backgroundThreads) {
        moveThreadToBackground();
    }
    logs::LineSplitter splitter;
    // Paced, a batch ends before the line that starts a new slice of log time, so nothing is handed over ahead
    // of its time; that line's time is read with a parser of its own (pacing leaves time to parse twice).
    logs::LogParser peek(m_options.ingest.format);
    logs::LogRecord peeked;
    auto batch = takeBatch();
    bool ok = true;
    auto handOverAndRenew = [&] {
        ok = handOver(batch) && !m_stop;
        if (ok) {
            batch = takeBatch();
        }
        return ok;
    };
    auto onLine = [&](std::string_view line, std::uint64_t number, bool tooLong) {
        if (!ok) {
            return;
        }
        m_bytesHandled += line.size() + 1;
        if (tooLong) {
            m_ingest.addTooLong(line, number);
            return;
        }
        double speed = 0;
        {
            std::lock_guard lock(m_mutex);
            speed = m_speed;
        }
        if (speed != SourceState::kUnpaced && !batch->requests.empty() && peek.parse(line, peeked).empty()) {
            const auto slice = static_cast<TimeNs>(kPacedSliceSec * speed * static_cast<double>(kNsPerSec));
            if (peeked.time - batch->requests.front().timestamp >= std::max<TimeNs>(slice, 1) && !handOverAndRenew()) {
                return;
            }
        }
        if (m_ingest.add(line, number, *batch) && batch->requests.size() >= kFullBatch) {
            handOverAndRenew();
        }
    };
    for (std::string_view chunk = m_reader->read(); ok && !m_stop && !chunk.empty(); chunk = m_reader->read()) {
        splitter.feed(chunk, onLine);
    }
    if (ok && !m_stop) {
        splitter.finish(onLine);
        if (ok && batch) {
            handOver(batch);
        }
    }
    m_bytesHandled = m_reader->bytesRead();
    publishProgress();
    {
        std::lock_guard lock(m_mutex);
        m_error = m_reader->error();
        if (batch) {
            m_free.push_back(std::move(batch));
        }
        m_finished = true;
    }
    m_changed.notify_all();
}

}  // namespace sluice::engine
