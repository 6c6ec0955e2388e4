// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/BackendModel.h"
#include "sim/Faults.h"
#include "throttle/LoadSource.h"

namespace sluice::engine::sim {

// The auto-throttle's signals in a simulation: the scenario's backend under the traffic the engine let
// through, with the faults in force at the sample's time. A pure function of the decisions and the clock, so
// the same seed gives the same throttle history.
class ModelledLoadSource final : public LoadSource {
public:
    explicit ModelledLoadSource(const BackendConfig& config, FaultSchedule faults = {}, TimeNs start = 0)
        : m_base(config), m_faults(std::move(faults)), m_start(start)
    {
    }

    LoadSignals sample(const TrafficRates& traffic) override
    {
        const BackendModel model(
            m_faults.empty() ? m_base
                             : m_faults.backendAt(m_base, static_cast<double>(traffic.at - m_start) / kNsPerSec));
        const LoadSample s = model.sample(traffic.allowedPerSec, traffic.deniedPerSec);
        return LoadSignals{s.cpuPercent, s.memoryPercent, s.concurrency};
    }

private:
    BackendConfig m_base;
    FaultSchedule m_faults;
    TimeNs m_start;
};

}  // namespace sluice::engine::sim
