// SPDX-License-Identifier: Apache-2.0
#include "http/TierTally.h"

namespace sluice::engine::http {

void TierTally::add(const Snapshot& snapshot)
{
    // The engine's current second is still open; it is added once a later snapshot shows it closed.
    const std::uint32_t open = toUnixSec(snapshot.at);
    for (const RollupBucket& bucket : snapshot.lastHourBySecond) {
        if (bucket.startSec < m_countedUpTo || bucket.startSec >= open) {
            continue;
        }
        for (int t = 0; t < kReputationTierCount; ++t) {
            m_allowed[t] += bucket.allowed[t];
            m_denied[t] += bucket.denied[t];
        }
        m_countedUpTo = bucket.startSec + 1;
    }
}

}  // namespace sluice::engine::http
