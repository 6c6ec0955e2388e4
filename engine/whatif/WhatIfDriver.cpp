// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfDriver.h"

#include "runtime/ThreadPriority.h"

#include <algorithm>

namespace sluice::engine::whatif {

WhatIfDriver::WhatIfDriver(std::vector<Side> sides, std::unique_ptr<WhatIfTraffic> traffic)
    : m_sides(std::move(sides)), m_traffic(std::move(traffic))
{
    for (const Side& side : m_sides) {
        side.clock->set(m_traffic->start());
    }
}

WhatIfDriver::~WhatIfDriver()
{
    cancel();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_inFlight == 0; });
}

void WhatIfDriver::start()
{
    if (!m_thread.joinable()) {
        m_thread = std::thread(&WhatIfDriver::run, this);
    }
}

void WhatIfDriver::cancel()
{
    {
        std::lock_guard lock(m_mutex);  // a flag set outside the mutex can miss a waiter
        m_stop = true;
    }
    m_changed.notify_all();
}

bool WhatIfDriver::over() const { return m_done && m_inFlight == 0; }

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

std::unique_ptr<RequestBatch> WhatIfDriver::takeBatch()
{
    // Each engine gets as many batches in flight as a simulation gives its one engine.
    const std::uint64_t bound = kBatchesInFlight * m_sides.size();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_inFlight < bound || m_stop; });
    if (m_stop) {
        return nullptr;
    }
    ++m_inFlight;
    if (m_free.empty()) {
        return std::make_unique<RequestBatch>();
    }
    auto batch = std::move(m_free.back());
    m_free.pop_back();
    batch->clear();
    return batch;
}

void WhatIfDriver::release(std::unique_ptr<RequestBatch> batch)
{
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
        --m_inFlight;
    }
    m_changed.notify_all();
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
    // On that engine's thread, the only one that touches its tally while the run lasts.
    m_sides[side].tally->add(*batch);
    const std::size_t next = side + 1;
    // The next engine's queue has room: it holds more batches than can be in flight. It refuses only when it
    // is stopping, and then the run is over anyway.
    if (next < m_sides.size() && handTo(next, batch, std::chrono::milliseconds(0))) {
        return;
    }
    release(std::move(batch));
}

void WhatIfDriver::run()
{
    if (!m_sides.empty() && m_sides.front().runtime->options().backgroundThreads) {
        moveThreadToBackground();
    }
    bool more = true;
    while (more && !m_stop && !m_sides.empty()) {
        auto batch = takeBatch();
        if (!batch) {
            break;
        }
        more = m_traffic->fill(*batch);
        if (batch->requests.empty()) {
            release(std::move(batch));
            continue;
        }
        const TimeNs last = batch->requests.back().timestamp;
        const std::size_t n = batch->requests.size();
        bool handed = false;
        while (!m_stop && !(handed = handTo(0, batch, EngineRuntime::kSubmitRetry))) {
        }
        if (!handed) {
            release(std::move(batch));
            break;
        }
        m_generated += n;
        for (const Side& side : m_sides) {
            side.clock->set(last);
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_completed = !more && !m_stop;
        m_done = true;
    }
    m_changed.notify_all();
}

}  // namespace sluice::engine::whatif
