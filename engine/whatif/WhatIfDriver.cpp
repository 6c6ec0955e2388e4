// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfDriver.h"

#include <algorithm>
#include <cassert>

namespace sluice::engine::whatif {

WhatIfDriver::WhatIfDriver(std::vector<Side> sides, std::unique_ptr<WhatIfTraffic> traffic)
    : m_sides(std::move(sides)), m_traffic(std::move(traffic))
{
    for (const Side& side : m_sides) {
        side.clock->set(m_traffic->start());
        assert(side.runtime->options().maxQueuedBatches >= kBatchesInFlight * m_sides.size());
    }
}

WhatIfDriver::~WhatIfDriver()
{
    cancel();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_inFlight == 0 && m_pumping == 0; });
}

void WhatIfDriver::start()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_started) {
            return;
        }
        m_started = true;
        ++m_pumping;
    }
    pump();
}

void WhatIfDriver::cancel()
{
    std::lock_guard lock(m_mutex);
    m_stop = true;
    m_changed.notify_all();  // under the mutex: a waiter may destroy the driver as soon as it returns
}

bool WhatIfDriver::over() const { return (m_done || m_stop) && m_inFlight == 0 && m_pumping == 0; }

bool WhatIfDriver::roomToMake() const
{
    // Each engine gets as many batches in flight as a simulation gives its one engine.
    return !m_stop && !m_done && m_inFlight < kBatchesInFlight * m_sides.size();
}

bool WhatIfDriver::waitFinished()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return over(); });
    return m_completed;
}

bool WhatIfDriver::waitFor(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return over(); });
}

double WhatIfDriver::progress() const { return m_traffic->progress(); }

std::array<std::uint64_t, sim::kTrafficClassCount> WhatIfDriver::keysPerClass() const
{
    return m_traffic->keysPerClass();
}

void WhatIfDriver::release(std::unique_ptr<RequestBatch> batch)
{
    std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(batch));
    --m_inFlight;
}

bool WhatIfDriver::handTo(std::size_t side, std::unique_ptr<RequestBatch>& batch, std::chrono::milliseconds wait)
{
    batch->done = [this, side](std::unique_ptr<RequestBatch> b) { onDecided(side, std::move(b)); };
    if (m_sides[side].runtime->submitWait(batch, wait)) {
        return true;
    }
    batch->done = nullptr;
    return false;
}

void WhatIfDriver::onDecided(std::size_t side, std::unique_ptr<RequestBatch> batch)
{
    // On that engine's thread, the only one that touches its tally while the run lasts. The batch is still in
    // flight here, so the driver cannot be gone before this thread has said it is done with it.
    {
        std::lock_guard lock(m_mutex);
        ++m_pumping;
    }
    m_sides[side].tally->add(*batch);
    const std::size_t next = side + 1;
    if (next < m_sides.size()) {
        // The next engine's queue has room (see the constructor): it refuses only when it is stopping.
        if (handTo(next, batch, std::chrono::milliseconds(0))) {
            pump();  // the first engines make the traffic whenever there is room
            return;
        }
        release(std::move(batch));
        std::lock_guard lock(m_mutex);
        m_stop = true;  // an engine that stops cannot decide the rest: the run cannot complete
        leave();
        return;
    }
    release(std::move(batch));
    // The last engine makes traffic only when an engine would otherwise wait for it: the first one has nothing
    // queued, or this one has nothing more to decide. Otherwise the first engine's thread makes it after its
    // next batch, so the work of making it falls on the engine with less to do.
    if (m_sides.front().runtime->queuedBatches() == 0 || m_sides[side].runtime->queuedBatches() == 0) {
        pump();
        return;
    }
    std::lock_guard lock(m_mutex);
    leave();
}

void WhatIfDriver::leave()
{
    --m_pumping;
    if (over()) {
        m_changed.notify_all();  // under the mutex, as in cancel()
    }
}

void WhatIfDriver::pump()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_making || !roomToMake()) {
            leave();  // the thread making traffic looks for room again before it stops
            return;
        }
        m_making = true;
    }
    for (;;) {
        makeOne();
        // Deciding to stop and saying so happen under one lock: room made after it finds a thread that is not
        // making traffic, and that thread makes it.
        std::lock_guard lock(m_mutex);
        // One batch at a time while the first engine has work queued: a thread that went on making batches until
        // every slot was full left the other engine idle, waiting for batches the first had not decided yet.
        if (!roomToMake() || m_sides.front().runtime->queuedBatches() > 0) {
            m_making = false;
            leave();
            return;
        }
    }
}

void WhatIfDriver::makeOne()
{
    std::unique_ptr<RequestBatch> batch;
    {
        std::lock_guard lock(m_mutex);
        if (!roomToMake()) {
            return;
        }
        ++m_inFlight;
        if (m_free.empty()) {
            batch = std::make_unique<RequestBatch>();
        } else {
            batch = std::move(m_free.back());
            m_free.pop_back();
            batch->clear();
        }
    }
    const bool more = m_traffic->fill(*batch);
    const std::size_t n = batch->requests.size();
    bool handed = false;
    if (n > 0) {
        const TimeNs last = batch->requests.back().timestamp;
        handed = handTo(0, batch, std::chrono::milliseconds(0));
        if (handed) {
            m_generated += n;
            for (const Side& side : m_sides) {
                side.clock->set(last);
            }
        }
    }
    if (!handed) {
        release(std::move(batch));
    }
    std::lock_guard lock(m_mutex);
    if (n > 0 && !handed) {
        m_stop = true;  // the first engine is stopping: nothing more can be decided
    } else if (!more) {
        m_completed = !m_stop;
        m_done = true;
    }
}

}  // namespace sluice::engine::whatif
