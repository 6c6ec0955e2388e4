// SPDX-License-Identifier: Apache-2.0
// A shard that follows the leader of a sharded engine (shard/EngineShards.h): what it leaves to the leader.
#include "decision/Engine.h"

namespace sluice::engine {

void Engine::setFollower() { m_follower = true; }

void Engine::followThrottle(ThrottleLevel level, TimeNs now)
{
    // No event: the leader's transition is the one the store and the notifications hear of.
    if (m_throttle.throttle().follow(std::max(now, m_now), level)) {
        rebuildRates();
    }
}

}  // namespace sluice::engine
