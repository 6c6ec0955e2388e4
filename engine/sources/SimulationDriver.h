// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "runtime/EngineRuntime.h"
#include "sim/ClassOutcome.h"
#include "sim/Simulator.h"
#include "sim/TrafficClass.h"
#include "traffic/PacingAnchor.h"
#include "traffic/PacingClock.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sluice::engine {

// Feeds a scenario's traffic into an EngineRuntime from a thread of its own: in real time, accelerated, or
// as fast as the engine takes it (a few batches in flight at most, so waiting for them pushes back). It owns the
// virtual clock's progress: the clock follows the requests handed over, never ahead of them. Paced runs keep
// step with `pacing` (the steady clock, or a manual one in tests).
class SimulationDriver final {
public:
    static constexpr double kMaxSpeed = 0.0;

    SimulationDriver(EngineRuntime& runtime, ManualClock& clock, const sim::Scenario& scenario, std::uint64_t seed,
                     TimeNs duration, PacingClock& pacing = steadyPacingClock());
    ~SimulationDriver();  // stops generating; batches already handed over are still decided
    SimulationDriver(const SimulationDriver&) = delete;
    SimulationDriver& operator=(const SimulationDriver&) = delete;

    void start();
    void setPaused(bool paused);
    void setSpeed(double speed);  // virtual seconds per wall second; kMaxSpeed = no pacing
    bool paused() const { return m_paused; }
    double speed() const { return m_speed; }
    bool finished() const { return m_finished; }
    // Blocks until the whole duration is generated and every batch decided.
    void waitFinished();
    // True while the driver waits for a batch in flight to come back before it fills another: the engine is
    // behind, and the bound on batches in flight is what holds the traffic back.
    bool waitingForRoom() const;
    // True while paused and the traffic thread has stopped: nothing more is handed over until resumed.
    bool holding() const;
    // How far virtual time is behind where the pacing says it should be (0 when paused or unpaced).
    TimeNs lag() const;
    std::uint64_t handedOver() const { return m_handedOver; }  // requests given to the runtime so far

    TimeNs startTime() const;
    TimeNs virtualNow() const { return m_virtualNow; }
    sim::ClassOutcomes outcomes() const;
    std::array<std::uint64_t, sim::kTrafficClassCount> keysPerClass() const;

private:
    void run();
    std::unique_ptr<RequestBatch> takeBatch();
    void onDecided(std::unique_ptr<RequestBatch> batch);
    std::size_t batchSizeNow() const;
    void pace(TimeNs until);
    void anchor();  // with m_mutex held

    EngineRuntime& m_runtime;
    ManualClock& m_clock;
    PacingClock& m_pacing;
    sim::Simulator m_sim;
    std::atomic<bool> m_paused{false};
    std::atomic<double> m_speed{1.0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<TimeNs> m_virtualNow{0};
    std::atomic<std::uint64_t> m_handedOver{0};

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<RequestBatch>> m_free;
    sim::ClassOutcomes m_outcomes{};
    std::array<std::uint64_t, sim::kTrafficClassCount> m_keysPerClass{};
    std::uint64_t m_inFlight = 0;
    bool m_waitingForRoom = false;
    bool m_holding = false;
    PacingAnchor m_anchor;
    std::thread m_thread;
};

}  // namespace sluice::engine
