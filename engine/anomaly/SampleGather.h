// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/ClosedSample.h"

#include <map>
#include <span>
#include <vector>

namespace sluice::engine::anomaly {

// The samples the engines of a sharded engine close, gathered by grid point and added up, and handed out once
// every engine has closed the grid point: the leader judges the traffic of all keys, as one engine would.
// An engine that is idle closes its grid points when it is ticked; one whose grid has not started has had no
// traffic and is not waited for.
class SampleGather final {
public:
    // Closed samples of one engine (moved from).
    void add(std::vector<ClosedSample>& samples);
    // The grid points every engine has closed, oldest first: `nextSamples` says each engine's next grid point to
    // close (kNever: none started). A part closed after its grid point was handed out is dropped.
    void takeReady(std::span<const TimeNs> nextSamples, std::vector<ClosedSample>& out);
    std::size_t waiting() const { return m_pending.size(); }

private:
    std::map<TimeNs, ClosedSample> m_pending;  // by grid point
    TimeNs m_handedOut = 0;                    // the latest grid point handed out
};

}  // namespace sluice::engine::anomaly
