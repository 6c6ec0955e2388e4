// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"

namespace sluice::engine {

// What the engine let through since the previous sample, per second.
struct TrafficRates {
    double allowedPerSec = 0;
    double deniedPerSec = 0;
};

// Where the auto-throttle's signals come from: the host in live use, a modelled backend in simulation.
// Called on the engine thread once per sampling interval; it must not block.
class LoadSource {
public:
    virtual ~LoadSource() = default;
    virtual LoadSignals sample(const TrafficRates& traffic) = 0;
};

}  // namespace sluice::engine
