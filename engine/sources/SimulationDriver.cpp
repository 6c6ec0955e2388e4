// SPDX-License-Identifier: Apache-2.0
#include "sources/SimulationDriver.h"

#include "runtime/ThreadPriority.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace sluice::engine {

SimulationDriver::SimulationDriver(EngineRuntime& runtime, ManualClock& clock, const sim::Scenario& scenario,
                                   std::uint64_t seed, TimeNs duration, PacingClock& pacing)
    : m_runtime(runtime), m_clock(clock), m_pacing(pacing), m_sim(scenario, seed)
{
    m_sim.setDuration(duration);
    m_virtualNow = m_sim.start();
    m_clock.set(m_sim.start());
}

SimulationDriver::~SimulationDriver()
{
    {
        std::lock_guard lock(m_mutex);  // see run(): a flag set outside the mutex can miss a waiter
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

void SimulationDriver::start()
{
    if (!m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            anchor();
        }
        m_thread = std::thread(&SimulationDriver::run, this);
    }
}

void SimulationDriver::setPaused(bool paused)
{
    {
        // Under the mutex, like every change the driver thread waits for: see run().
        std::lock_guard lock(m_mutex);
        m_paused = paused;
        anchor();  // pacing starts afresh from here
    }
    m_changed.notify_all();
}

void SimulationDriver::setSpeed(double speed)
{
    {
        std::lock_guard lock(m_mutex);
        m_speed = std::max(0.0, speed);
        anchor();
    }
    m_changed.notify_all();
}

TimeNs SimulationDriver::startTime() const { return m_sim.start(); }

void SimulationDriver::waitFinished()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return (m_finished && m_inFlight == 0) || m_stop; });
}

bool SimulationDriver::waitingForRoom() const
{
    std::lock_guard lock(m_mutex);
    return m_waitingForRoom && m_inFlight >= kBatchesInFlight;
}

void SimulationDriver::anchor()
{
    // Taken when the change is made rather than when the driver thread next looks, so what follows a pause or
    // a speed change is measured from the moment of the change, wherever the thread was.
    m_anchor.set(m_pacing.now(), m_virtualNow);
}

bool SimulationDriver::holding() const
{
    std::lock_guard lock(m_mutex);
    return m_holding;
}

TimeNs SimulationDriver::lag() const
{
    std::lock_guard lock(m_mutex);
    const double speed = m_speed;
    if (m_paused || speed == kMaxSpeed || m_finished) {
        return 0;
    }
    return m_anchor.lag(m_pacing.now(), m_virtualNow, speed);
}

sim::ClassOutcomes SimulationDriver::outcomes() const
{
    std::lock_guard lock(m_mutex);
    return m_outcomes;
}

std::array<std::uint64_t, sim::kTrafficClassCount> SimulationDriver::keysPerClass() const
{
    std::lock_guard lock(m_mutex);
    return m_keysPerClass;
}

std::unique_ptr<RequestBatch> SimulationDriver::takeBatch()
{
    std::unique_lock lock(m_mutex);
    m_waitingForRoom = true;
    m_changed.wait(lock, [&] { return m_inFlight < kBatchesInFlight || m_stop; });
    m_waitingForRoom = false;
    std::unique_ptr<RequestBatch> batch;
    if (!m_free.empty()) {
        batch = std::move(m_free.back());
        m_free.pop_back();
        batch->clear();
    } else {
        batch = std::make_unique<RequestBatch>();
    }
    batch->done = [this](std::unique_ptr<RequestBatch> b) { onDecided(std::move(b)); };
    return batch;
}

void SimulationDriver::onDecided(std::unique_ptr<RequestBatch> batch)
{
    // On the engine thread: tally the verdicts per class, then give the buffers back for reuse.
    sim::ClassOutcomes local{};
    const std::size_t n = std::min(batch->decisions.size(), batch->tags.size());
    for (std::size_t i = 0; i < n; ++i) {
        sim::ClassOutcome& o = local[batch->tags[i]];
        ++o.requests;
        (batch->decisions[i].allowed ? o.allowed : o.denied) += 1;
    }
    {
        std::lock_guard lock(m_mutex);
        for (int c = 0; c < sim::kTrafficClassCount; ++c) {
            m_outcomes[c].requests += local[c].requests;
            m_outcomes[c].allowed += local[c].allowed;
            m_outcomes[c].denied += local[c].denied;
        }
        m_free.push_back(std::move(batch));
        --m_inFlight;
        // Under the mutex: once the last batch is back the destructor may go on at once, and the condition
        // variable with it.
        m_changed.notify_all();
    }
}

std::size_t SimulationDriver::batchSizeNow() const
{
    const double speed = m_speed;
    if (speed == kMaxSpeed) {
        return kFullBatch;
    }
    double rate = 0;
    for (const double r : m_sim.expectedRatePerClass(m_sim.now())) {
        rate += r;
    }
    const double perSlice = rate * speed * kPacedSliceSec;
    return static_cast<std::size_t>(std::clamp(perSlice, 1.0, static_cast<double>(kFullBatch)));
}

void SimulationDriver::pace(TimeNs until)
{
    // Waits until the pacing clock catches up with virtual time `until` at the current speed. The anchor
    // (pacing, virtual) is re-taken whenever speed or pause changes.
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_paused) {
            m_holding = true;
            m_changed.wait(lock, [&] { return !m_paused || m_stop; });
            m_holding = false;
            continue;
        }
        const double speed = m_speed;
        if (speed == kMaxSpeed) {
            return;
        }
        const TimeNs due = m_anchor.dueAt(until, speed);
        if (m_pacing.now() >= due) {
            return;
        }
        m_pacing.waitUntil(lock, m_changed, due);
    }
}

void SimulationDriver::run()
{
    // Simulated traffic stands for clients on other machines: in a console it never keeps the UI from a core.
    if (m_runtime.options().backgroundThreads) {
        moveThreadToBackground();
    }
    bool more = true;
    while (more && !m_stop) {
        auto batch = takeBatch();
        more = m_sim.fill(*batch, batchSizeNow());
        {
            std::lock_guard lock(m_mutex);
            m_keysPerClass = m_sim.keysPerClass();
        }
        if (batch->requests.empty()) {
            continue;
        }
        const TimeNs last = batch->requests.back().timestamp;
        const std::size_t n = batch->requests.size();
        pace(batch->requests.front().timestamp);
        {
            std::lock_guard lock(m_mutex);
            ++m_inFlight;
        }
        while (!m_stop && !m_runtime.submitWait(batch, EngineRuntime::kSubmitRetry)) {
        }
        if (batch) {  // not handed over: we are stopping
            std::lock_guard lock(m_mutex);
            --m_inFlight;
            break;
        }
        m_handedOver += n;
        m_virtualNow = last;
        m_clock.set(last);
    }
    {
        // Under the mutex: set outside it, the flag could change between waitFinished()'s check and its wait,
        // and the one notification would be lost with it (the last batch may be decided long before).
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

}  // namespace sluice::engine
