// SPDX-License-Identifier: Apache-2.0
// The runtime's engines as other threads reach them: a batch decided on the thread that brings it while its
// engines are free, the parts left to the engine thread, the engine mutexes that thread takes, and its CPU time.
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <pthread.h>

#include <thread>
#include <vector>

namespace sluice::engine {

bool EngineRuntime::decideNow(std::unique_ptr<RequestBatch>& batch)
{
    // Only where nothing else may come first: live traffic (a simulation's engine time follows its queue), no
    // engine of a watched database, and no limiter or scores across the network, whose answers the caller's loop
    // would wait for instead of reading its connections.
    // Not while the engine thread waits for its round (the mutex is not fair), nor from that thread itself.
    if (!m_decideNowAllowed || !m_decideNowOn.load(std::memory_order_relaxed) || batch->requests.empty() ||
        m_engineWanted.load(std::memory_order_relaxed) || std::this_thread::get_id() == m_engineThreadId) {
        return false;
    }
    if (m_options.engines > 1) {
        const SplitOutcome outcome = decideSplit(batch);
        if (outcome == SplitOutcome::Declined) {
            return false;
        }
        m_decidedNow.fetch_add(1, std::memory_order_relaxed);
        if (outcome == SplitOutcome::Decided && batch->done) {
            auto done = std::move(batch->done);
            done(std::move(batch));
        }
        return true;  // answered, or its busy engines' parts handed to the engine thread
    }
    if (!takeEngine(0)) {
        return false;
    }
    {
        std::unique_lock engine(m_engineMutexes[0], std::adopt_lock);
        // A queued batch is older: deciding this one first would let it overtake it. Timed work due (a sweep of the
        // key table, a detection sample) is the engine thread's, not that of a loop with connections to serve.
        if (m_stop || m_queuedBatches.load(std::memory_order_relaxed) != 0 ||
            m_engine->timedWorkDue(batch->requests.back().timestamp)) {
            return false;
        }
        // No timers run here, so the engine thread's next wake-up (its snapshot, or a violation pass it knows of)
        // still holds, and nothing the engine does on its own (alerts, flag steps, exposure counts) waits for the
        // store.
        const auto start = std::chrono::steady_clock::now();
        batch->decisions.resize(batch->requests.size());
        m_engine->decide(batch->requests, batch->decisions);
        noteHeld(start);
    }
    m_decidedNow.fetch_add(1, std::memory_order_relaxed);
    if (batch->done) {
        auto done = std::move(batch->done);
        done(std::move(batch));
    }
    return true;
}

namespace {
// A loop's own buffers for splitting its batches by engine, kept between its calls: no allocation per batch once
// they have grown.
struct Split {
    std::vector<std::vector<Request>> parts;
    std::vector<std::vector<std::uint32_t>> origins;
    std::vector<Decision> decisions;
    std::vector<std::uint32_t> busy;      // engines another caller held at the first try
    std::vector<std::uint32_t> leftover;  // engines whose part waits for the engine thread
};

// A batch some of whose parts wait for the engine thread: the last part decided hands the whole batch back.
struct Pending {
    std::unique_ptr<RequestBatch> batch;
    std::atomic<std::uint32_t> parts{0};

    void partDone()
    {
        if (parts.fetch_sub(1, std::memory_order_acq_rel) == 1 && batch->done) {
            auto done = std::move(batch->done);
            done(std::move(batch));
        }
    }
};
}  // namespace

EngineRuntime::SplitOutcome EngineRuntime::decideSplit(std::unique_ptr<RequestBatch>& batch)
{
    thread_local Split split;
    const std::uint32_t engines = m_options.engines;
    split.parts.resize(engines);
    split.origins.resize(engines);
    for (std::uint32_t e = 0; e < engines; ++e) {
        split.parts[e].clear();
        split.origins[e].clear();
    }
    const std::vector<Request>& requests = batch->requests;
    for (std::uint32_t i = 0; i < requests.size(); ++i) {
        const std::uint32_t e = m_engine->shardOf(requests[i].key);
        split.parts[e].push_back(requests[i]);
        split.origins[e].push_back(i);
    }
    // Each engine's part is decided here when that engine is free and has no timed work due; any other part waits
    // for the engine thread. A queued batch is older than this one: then all of it waits, as with one engine.
    if (m_stop || m_queuedBatches.load(std::memory_order_relaxed) != 0) {
        return SplitOutcome::Declined;
    }
    batch->decisions.resize(requests.size());
    split.busy.clear();
    split.leftover.clear();
    bool decidedAny = false;
    const auto decidePart = [&](std::uint32_t e) {
        std::unique_lock engine(m_engineMutexes[e], std::adopt_lock);
        // Checked again under the engine: a batch queued meanwhile by another loop is not overtaken, and nothing is
        // decided here once the engine thread may have taken its last checkpoint.
        if (m_stop || m_queuedBatches.load(std::memory_order_relaxed) != 0 ||
            m_engine->shard(e).timedWorkDue(split.parts[e].back().timestamp)) {
            split.leftover.push_back(e);
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        split.decisions.resize(split.parts[e].size());
        m_engine->decideOn(e, split.parts[e], split.decisions);
        noteHeld(start);
        engine.unlock();
        for (std::size_t j = 0; j < split.decisions.size(); ++j) {
            batch->decisions[split.origins[e][j]] = split.decisions[j];
        }
        decidedAny = true;
    };
    // The engines that are free first, then those another caller held a moment ago: two callers with batches over
    // the same engines then decide on different ones at once rather than queue for the first.
    for (std::uint32_t e = 0; e < engines; ++e) {
        if (split.parts[e].empty()) {
            continue;
        }
        if (!m_engineWanted.load(std::memory_order_relaxed) && m_engineMutexes[e].try_lock()) {
            decidePart(e);
        } else {
            split.busy.push_back(e);
        }
    }
    for (const std::uint32_t e : split.busy) {
        if (takeEngine(e)) {
            decidePart(e);
        } else {
            split.leftover.push_back(e);
        }
    }
    if (!decidedAny) {
        return SplitOutcome::Declined;  // untouched: all of it goes through the queue
    }
    if (split.leftover.empty()) {
        return SplitOutcome::Decided;
    }
    // The rest as batches of their own, each one engine's, their requests still pointing into this batch's bytes.
    auto pending = std::make_shared<Pending>();
    pending->parts.store(static_cast<std::uint32_t>(split.leftover.size()), std::memory_order_relaxed);
    pending->batch = std::move(batch);
    std::vector<std::unique_ptr<RequestBatch>> parts;
    for (const std::uint32_t e : split.leftover) {
        auto part = std::make_unique<RequestBatch>();
        part->requests = split.parts[e];
        part->done = [pending, origins = split.origins[e]](std::unique_ptr<RequestBatch> decided) {
            for (std::size_t j = 0; j < origins.size(); ++j) {
                pending->batch->decisions[origins[j]] = decided->decisions[j];
            }
            pending->partDone();
        };
        parts.push_back(std::move(part));
    }
    queueParts(std::move(parts));
    return SplitOutcome::Parts;
}

void EngineRuntime::noteHeld(std::chrono::steady_clock::time_point since)
{
    m_decidedNowTime.fetch_add(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - since).count(),
        std::memory_order_relaxed);
}

bool EngineRuntime::takeEngine(std::uint32_t e)
{
    // Another caller holds an engine only for one batch's decisions (about a microsecond): worth waiting for. The
    // engine thread holds it for a whole round: then the batch goes to it instead.
    for (;;) {
        if (m_engineWanted.load(std::memory_order_relaxed) || m_engineThreadHolds.load(std::memory_order_relaxed)) {
            return false;
        }
        if (m_engineMutexes[e].try_lock()) {
            return true;
        }
        std::this_thread::yield();
    }
}

std::chrono::nanoseconds EngineRuntime::engineThreadCpu() const
{
    std::lock_guard lock(m_cpuClockMutex);
    timespec used{};
    if (!m_cpuClock || clock_gettime(*m_cpuClock, &used) != 0) {
        return std::chrono::nanoseconds(0);
    }
    return std::chrono::seconds(used.tv_sec) + std::chrono::nanoseconds(used.tv_nsec);
}

void EngineRuntime::queueParts(std::vector<std::unique_ptr<RequestBatch>> parts)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stop) {
            for (auto& part : parts) {
                m_batches.push_back(std::move(part));
            }
            m_queuedBatches.store(m_batches.size(), std::memory_order_relaxed);
            parts.clear();
        }
    }
    if (parts.empty()) {
        m_wake.notify_one();
        return;
    }
    // Stopping: the engine thread may have decided its last queue already. The parts are decided here once it lets
    // their engines go, so the batch they belong to is still answered.
    for (auto& part : parts) {
        const std::uint32_t e = m_engine->shardOf(part->requests.front().key);
        part->decisions.resize(part->requests.size());
        {
            std::lock_guard engine(m_engineMutexes[e]);
            m_engine->decideOn(e, part->requests, part->decisions);
        }
        auto done = std::move(part->done);
        done(std::move(part));
    }
}

void EngineRuntime::lockEngines()
{
    for (std::uint32_t i = 0; i < m_options.engines; ++i) {
        m_engineMutexes[i].lock();
    }
    m_engineThreadHolds.store(true, std::memory_order_relaxed);
}

void EngineRuntime::unlockEngines()
{
    m_engineThreadHolds.store(false, std::memory_order_relaxed);
    for (std::uint32_t i = m_options.engines; i > 0; --i) {
        m_engineMutexes[i - 1].unlock();
    }
}

}  // namespace sluice::engine
