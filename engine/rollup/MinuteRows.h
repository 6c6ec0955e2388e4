// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rollup/RollupBucket.h"
#include "store/StoreTypes.h"

#include <algorithm>
#include <vector>

namespace sluice::engine {

// Closed minutes of a rollup ring as the store's traffic rows, appended to `out`; `handedOver` rises to the newest
// minute's start. A silent minute needs no row.
inline void appendMinuteRows(const std::vector<RollupBucket>& minutes, std::uint32_t& handedOver,
                             std::vector<store::TrafficMinuteRow>& out)
{
    for (const RollupBucket& bucket : minutes) {
        handedOver = std::max(handedOver, bucket.startSec);
        if (bucket.totalAllowed() + bucket.totalDenied() == 0) {
            continue;
        }
        store::TrafficMinuteRow row;
        row.start = static_cast<TimeNs>(bucket.startSec) * kNsPerSec;
        for (std::size_t t = 0; t < row.allowed.size(); ++t) {
            row.allowed[t] = bucket.allowed[t];
            row.denied[t] = bucket.denied[t];
        }
        row.peakTotal = bucket.peakTotal;
        row.peakDenied = bucket.peakDenied;
        out.push_back(row);
    }
}

}  // namespace sluice::engine
