// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rollup/RollupRing.h"
#include "rollup/Rollups.h"
#include "store/StoreTypes.h"

#include <cstdint>
#include <map>
#include <span>
#include <vector>

namespace sluice::engine {

// The traffic history of a sharded engine (EngineShards): each shard counts its own requests by second, and
// the seconds every shard has closed are added up here into rings of their own. A minute's or ten minutes'
// busiest second is then that of all shards together, which adding up the shards' own minutes would not give.
class ShardRollups final {
public:
    ShardRollups();

    // After every shard moved its history on (Engine::tick): adds up the seconds all of them closed since.
    void gather(std::span<const Rollups* const> shards);

    const RollupRing& seconds() const { return m_seconds; }
    const RollupRing& minutes() const { return m_minutes; }
    const RollupRing& tenMinutes() const { return m_tenMinutes; }

    // The minutes that closed since the last call, as Engine::takeTrafficMinutes gives them; with `final` the minute
    // still open too, with the seconds the shards have not closed yet.
    void takeMinutes(std::span<const Rollups* const> shards, bool final, std::vector<store::TrafficMinuteRow>& out);

private:
    RollupRing m_seconds;
    RollupRing m_minutes;
    RollupRing m_tenMinutes;
    std::uint32_t m_gathered = 0;      // the latest second added up
    std::uint32_t m_minutesTaken = 0;  // start of the newest minute takeMinutes gave out
    std::vector<RollupBucket> m_scratch;
    std::map<std::uint32_t, RollupBucket> m_sums;
};

}  // namespace sluice::engine
