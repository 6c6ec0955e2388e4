// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "runtime/EngineRuntime.h"
#include "whatif/WhatIfTally.h"
#include "whatif/WhatIfTraffic.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace sluice::engine::whatif {

// Feeds one traffic (a scenario's or a log's) to several engines, as fast as they decide it. Each batch is generated
// once and passed along the engines: the first decides it and tallies its verdicts on its thread, then hands the same
// batch to the next, and so on, so the runs differ only in their configuration and nothing is copied. The
// engines work on different batches at the same time, one core each.
//
// There is no thread of its own for the traffic: whichever engine thread finishes a batch while there is room in
// flight makes the next one (one at a time). A third busy thread on two cores left one engine sharing its core
// with the traffic while the other waited for batches: 1.65 cores busy. Now the engine with less to do makes
// more of the traffic, and both cores stay busy. A thread makes one batch at a time while the first engine has
// batches queued, so neither thread fills every slot while the other runs dry.
class WhatIfDriver final {
public:
    struct Side {
        EngineRuntime* runtime = nullptr;
        ManualClock* clock = nullptr;  // follows the requests generated
        WhatIfTally* tally = nullptr;
    };

    // Each runtime's queue must hold kBatchesInFlight * sides.size() batches: a batch is handed on without waiting.
    WhatIfDriver(std::vector<Side> sides, std::unique_ptr<WhatIfTraffic> traffic);
    ~WhatIfDriver();  // cancels; batches already handed over are still decided
    WhatIfDriver(const WhatIfDriver&) = delete;
    WhatIfDriver& operator=(const WhatIfDriver&) = delete;

    void start();
    void cancel();
    // After start(): blocks until every request is generated and decided by every engine (true), or the run was
    // cancelled and every batch is back (false).
    bool waitFinished();
    // Blocks like waitFinished() for at most `timeout`; true once the run is over either way.
    bool waitFor(std::chrono::milliseconds timeout);

    double progress() const;  // share of the traffic generated, 0..1
    std::uint64_t generated() const { return m_generated; }
    std::array<std::uint64_t, sim::kTrafficClassCount> keysPerClass() const;

private:
    // Makes batches while there is room in flight, traffic left and the first engine nothing queued (at least
    // one), unless another thread is making them; then leaves. Called with m_pumping counting this thread, which
    // it stops doing.
    void pump();
    void makeOne();  // by the thread that set m_making
    void leave();    // with m_mutex held: this thread is done with the driver
    void onDecided(std::size_t side, std::unique_ptr<RequestBatch> batch);
    // Hands `batch` to engine `side`, its verdicts to come back to onDecided; false (and the batch back in the
    // pool) when that engine takes no more.
    bool handTo(std::size_t side, std::unique_ptr<RequestBatch>& batch, std::chrono::milliseconds wait);
    void release(std::unique_ptr<RequestBatch> batch);  // back to the pool, out of flight
    bool over() const;                                  // with m_mutex held
    bool roomToMake() const;                            // with m_mutex held

    std::vector<Side> m_sides;
    std::unique_ptr<WhatIfTraffic> m_traffic;
    std::atomic<bool> m_stop{false};
    std::atomic<std::uint64_t> m_generated{0};

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<RequestBatch>> m_free;
    std::uint64_t m_inFlight = 0;  // generated and not yet through every engine
    std::uint64_t m_pumping = 0;   // threads inside start() or onDecided(): the driver must outlive them
    bool m_started = false;
    bool m_making = false;     // a thread is making traffic: it is read in order, by one thread at a time
    bool m_done = false;       // no more traffic will be made: all of it was, or the run was cancelled
    bool m_completed = false;  // all of it was generated and handed over
};

}  // namespace sluice::engine::whatif
