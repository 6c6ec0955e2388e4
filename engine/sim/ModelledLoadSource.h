// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/BackendModel.h"
#include "throttle/LoadSource.h"

namespace sluice::engine::sim {

// The auto-throttle's signals in a simulation: the scenario's backend under the traffic the engine let
// through. A pure function of the decisions, so the same seed gives the same throttle history.
class ModelledLoadSource final : public LoadSource {
public:
    explicit ModelledLoadSource(const BackendConfig& config) : m_model(config) {}

    LoadSignals sample(const TrafficRates& traffic) override
    {
        const LoadSample s = m_model.sample(traffic.allowedPerSec, traffic.deniedPerSec);
        return LoadSignals{s.cpuPercent, s.memoryPercent, s.concurrency};
    }

private:
    BackendModel m_model;
};

}  // namespace sluice::engine::sim
