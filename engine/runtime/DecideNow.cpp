// SPDX-License-Identifier: Apache-2.0
// The runtime's engine as other threads reach it: a batch decided on the thread that brings it while the engine
// is free, and the engine thread's CPU time.
#include "decision/Engine.h"
#include "runtime/EngineRuntime.h"

#include <pthread.h>

#include <thread>

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
    std::unique_lock engine(m_engineMutex, std::try_to_lock);
    // A queued batch is older: deciding this one first would let it overtake it. Timed work due (a sweep of the key
    // table, a detection sample) is the engine thread's, not that of a loop with connections to serve.
    if (!engine.owns_lock() || m_stop || m_queuedBatches.load(std::memory_order_relaxed) != 0 ||
        m_engine->timedWorkDue(batch->requests.back().timestamp)) {
        return false;
    }
    // No timers run here, so the engine thread's next wake-up (its snapshot, or a violation pass it knows of) still
    // holds, and nothing the engine does on its own (alerts, flag steps, exposure counts) waits for the store.
    const auto start = std::chrono::steady_clock::now();
    batch->decisions.resize(batch->requests.size());
    m_engine->decide(batch->requests, batch->decisions);
    engine.unlock();
    m_decidedNowTime.fetch_add(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count(),
        std::memory_order_relaxed);
    m_decidedNow.fetch_add(1, std::memory_order_relaxed);
    if (batch->done) {
        auto done = std::move(batch->done);
        done(std::move(batch));
    }
    return true;
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

}  // namespace sluice::engine
