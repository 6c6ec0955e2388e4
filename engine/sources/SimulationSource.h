// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "core/Time.h"
#include "sources/SimulationDriver.h"
#include "traffic/PacingClock.h"
#include "traffic/TrafficSource.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace sluice::engine {

class EngineRuntime;

// The console's simulated traffic as a TrafficSource: one scenario at a time, fed by a SimulationDriver.
// Choosing another scenario carries on from where virtual time is, so keys and their reputations carry on,
// and hands the runtime the new scenario's modelled backend for the auto-throttle.
class SimulationSource final : public TrafficSource {
public:
    static constexpr const char* kId = "simulation";

    struct Options {
        std::uint64_t seed = 1;
        TimeNs duration = 365 * kNsPerDay;  // of each chosen scenario: a console runs until closed
        double speed = 1.0;                 // SourceState::kUnpaced = as fast as the engine takes it
    };

    SimulationSource(EngineRuntime& runtime, ManualClock& virtualClock, Options options,
                     PacingClock& pacing = steadyPacingClock());
    ~SimulationSource() override;  // stops the traffic; batches handed over are still decided

    SourceState state() const override;
    std::optional<std::string> control(const SourceControl& control) override;

    // The current scenario's driver; null until a scenario is chosen. Replaced by the next choice.
    const SimulationDriver* driver() const;

    // A simulation that is not running (yet): its scenario, speed and the scenarios it offers.
    static SourceState idleState(std::string scenario, double speed);

private:
    std::optional<std::string> choose(const std::string& scenario);

    EngineRuntime& m_runtime;
    ManualClock& m_virtualClock;
    PacingClock& m_pacing;
    Options m_options;

    mutable std::mutex m_mutex;
    std::string m_scenario;
    std::uint64_t m_requestsBefore = 0;  // handed over by scenarios chosen earlier
    std::unique_ptr<SimulationDriver> m_driver;
};

}  // namespace sluice::engine
