// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"
#include "core/LoadSourceView.h"
#include "core/Time.h"

namespace sluice::engine {

// What the engine let through since the previous sample, per second.
struct TrafficRates {
    double allowedPerSec = 0;
    double deniedPerSec = 0;
    double seconds = 0;  // since the previous sample
    TimeNs at = 0;       // the sample's time on the engine's clock
};

// Where the auto-throttle's signals come from: the protected service's host, a scraped endpoint, the traffic
// itself, or a modelled backend in simulation. Called on the engine thread once per sampling interval; it must
// not block.
class LoadSource {
public:
    virtual ~LoadSource() = default;
    virtual LoadSignals sample(const TrafficRates& traffic) = 0;
    // False while the source has nothing to say (an endpoint not reached yet, or failing): no sample is taken
    // and the level stays where it is.
    virtual bool hasReading() const { return true; }
    // What the snapshot shows of the source: kind, what it reads, its errors. Called when a snapshot is filled,
    // never on the decision path.
    virtual void describe(LoadSourceView& out) const { out.kind = LoadSourceKind::Modelled; }
};

}  // namespace sluice::engine
