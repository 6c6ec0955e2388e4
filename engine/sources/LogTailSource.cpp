// SPDX-License-Identifier: Apache-2.0
#include "sources/LogTailSource.h"

#include "core/Clock.h"
#include "core/Overloaded.h"
#include "logs/LineSplitter.h"
#include "logs/LogTail.h"
#include "runtime/EngineRuntime.h"
#include "runtime/ThreadPriority.h"
#include "sources/RejectedLineInputs.h"

#include <algorithm>
#include <utility>

namespace sluice::engine {

LogTailSource::LogTailSource(EngineRuntime& runtime, Options options, const Clock& clock)
    : m_runtime(runtime), m_options(std::move(options)), m_clock(clock), m_ingest(m_options.ingest)
{
    // Started last, once every member it touches exists.
    m_thread = std::thread(&LogTailSource::run, this);
}

LogTailSource::~LogTailSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    // Their `done` calls back into this object.
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_inFlight == 0; });
}

SourceState LogTailSource::state() const
{
    SourceState state;
    state.id = m_options.id.empty() ? idFor(m_options.path) : m_options.id;
    state.kind = SourceKind::LogTail;
    state.name = m_options.path;
    state.speed = SourceState::kUnpaced;
    std::lock_guard lock(m_mutex);
    state.running = !m_stop;
    state.paused = m_paused;
    state.read = m_read;
    state.requests = m_requests;
    state.rejected = m_rejected;
    state.lastError = m_error;
    if (m_bytesBehind > 0 && m_newestDecided != 0) {
        state.lagNs = std::max<TimeNs>(0, m_clock.now() - m_newestDecided);
    }
    return state;
}

std::optional<std::string> LogTailSource::control(const SourceControl& control)
{
    return std::visit(Overloaded{
                          [this](const control::SetPaused& c) -> std::optional<std::string> {
                              {
                                  std::lock_guard lock(m_mutex);
                                  m_paused = c.paused;
                              }
                              m_changed.notify_all();
                              return std::nullopt;
                          },
                          [](const auto&) -> std::optional<std::string> {
                              return std::string("A followed log is read as it is written: it can be paused and "
                                                 "resumed, but has no speed and nothing to choose");
                          },
                      },
                      control);
}

std::vector<logs::RejectedLine> LogTailSource::rejectedLines() const
{
    std::lock_guard lock(m_mutex);
    return m_rejectedLines;
}

std::vector<RejectedInput> LogTailSource::rejectedInputs() const { return asRejectedInputs(rejectedLines()); }

TimeNs LogTailSource::requestTime(TimeNs lineTime)
{
    const TimeNs now = m_clock.now();
    m_latestTime = std::clamp(lineTime == 0 ? now : lineTime, m_latestTime, std::max(now, m_latestTime));
    return m_latestTime;
}

void LogTailSource::run()
{
    if (m_runtime.options().backgroundThreads) {
        moveThreadToBackground();
    }
    std::optional<logs::FilePosition> resumeAt;
    if (const auto saved = m_runtime.logPosition(m_options.path)) {
        resumeAt = logs::FilePosition{saved->device, saved->inode, saved->offset};
    }
    logs::LogTail tail(m_options.path, resumeAt);
    logs::LineSplitter splitter(m_options.maxLineBytes);
    std::unique_ptr<RequestBatch> batch;
    auto onLine = [&](std::string_view line, std::uint64_t number, bool tooLong) {
        if (tooLong) {
            m_ingest.addTooLong(line, number);
        } else if (m_ingest.add(line, number, *batch)) {
            Request& request = batch->requests.back();
            request.timestamp = requestTime(request.timestamp);
        }
    };
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || !m_paused; });
            if (m_stop) {
                break;
            }
        }
        const std::string_view chunk = tail.poll();
        const bool rotated = tail.rotatedSinceLastPoll();
        if (!chunk.empty() || rotated) {
            batch = std::make_unique<RequestBatch>();
            if (rotated) {
                // The last line of the file before, unfinished; the next file's lines are numbered from 1.
                splitter.finish(onLine);
                splitter = logs::LineSplitter(m_options.maxLineBytes);
            }
            splitter.feed(chunk, onLine);
        }
        {
            std::lock_guard lock(m_mutex);
            m_read = m_ingest.read();
            m_rejected = m_ingest.rejected().count();
            if (m_rejectedLines.size() != m_ingest.rejected().first().size()) {
                m_rejectedLines = m_ingest.rejected().first();
            }
            m_error = tail.error();
            m_bytesBehind = tail.bytesBehind();
        }
        if (batch) {
            if (!handOver(std::move(batch), tail.position(splitter.pendingBytes()))) {
                break;
            }
            continue;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, m_options.idlePoll, [&] { return m_stop || m_paused; });
    }
}

bool LogTailSource::handOver(std::unique_ptr<RequestBatch> batch, const logs::FilePosition& position)
{
    batch->done = [this, position](std::unique_ptr<RequestBatch> decided) { onDecided(std::move(decided), position); };
    {
        std::lock_guard lock(m_mutex);
        ++m_inFlight;
    }
    auto stopping = [this] {
        std::lock_guard lock(m_mutex);
        return m_stop;
    };
    while (!stopping() && !m_runtime.submitWait(batch, EngineRuntime::kSubmitRetry)) {
    }
    if (!batch) {
        return true;
    }
    // Not handed over: its lines are read again after a restart, as the position was not noted.
    {
        std::lock_guard lock(m_mutex);
        --m_inFlight;
        m_changed.notify_all();  // under the mutex, as in onDecided()
    }
    return false;
}

void LogTailSource::onDecided(std::unique_ptr<RequestBatch> batch, const logs::FilePosition& position)
{
    m_runtime.noteLogPosition(
        store::LogPosition{m_options.path, position.device, position.inode, position.offset, wallClockNow()});
    {
        std::lock_guard lock(m_mutex);
        m_requests += batch->requests.size();
        if (!batch->requests.empty()) {
            m_newestDecided = std::max(m_newestDecided, batch->requests.back().timestamp);
        }
        --m_inFlight;
        m_changed.notify_all();  // under the mutex: the destructor may go on, and the condition with it, once this is 0
    }
}

}  // namespace sluice::engine
