// SPDX-License-Identifier: Apache-2.0
// Anomaly detection over every shard's traffic: each shard closes its samples on the same grid, and the leader
// judges a grid point once all of them have closed it.
#include "shard/EngineShards.h"

namespace sluice::engine {

void EngineShards::judgeAnomalies(bool timers)
{
    if (count() == 1) {
        return;  // one engine judges its samples as it closes them
    }
    // A shard that had no request since a grid point closes it now, as one engine closes it at its first request
    // after it, whichever key that is for.
    const TimeNs latest = now();
    m_nextSamples.clear();
    for (const auto& shard : m_shards) {
        shard->closeAnomalySamples(latest);
        shard->takeClosedSamples(m_closed);
        m_samples.add(m_closed);
        m_nextSamples.push_back(shard->nextAnomalySample());
    }
    m_samples.takeReady(m_nextSamples, m_closed);
    // With nothing to judge, the timers still let open alerts resolve once their metric was calm long enough.
    if (!m_closed.empty() || timers) {
        leader().judgeSamples(m_closed, latest);
        m_closed.clear();
    }
}

}  // namespace sluice::engine
