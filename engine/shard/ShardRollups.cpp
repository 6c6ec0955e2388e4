// SPDX-License-Identifier: Apache-2.0
#include "shard/ShardRollups.h"

#include "rollup/MinuteRows.h"

#include <algorithm>
#include <limits>

namespace sluice::engine {

namespace {
void addCounts(RollupBucket& sum, const RollupBucket& second)
{
    for (std::size_t t = 0; t < sum.allowed.size(); ++t) {
        sum.allowed[t] += second.allowed[t];
        sum.denied[t] += second.denied[t];
    }
}
}  // namespace

ShardRollups::ShardRollups() : m_seconds(1, 3600), m_minutes(60, 24 * 60), m_tenMinutes(600, 7 * 24 * 6) {}

void ShardRollups::gather(std::span<const Rollups* const> shards)
{
    // A shard closes a second once it counts a later one or its clock moves past it; a shard without a request yet
    // has no history to wait for.
    std::uint32_t closedBefore = std::numeric_limits<std::uint32_t>::max();
    bool any = false;
    for (const Rollups* shard : shards) {
        if (shard->current().startSec != 0) {
            closedBefore = std::min(closedBefore, shard->current().startSec);
            any = true;
        }
    }
    if (!any || closedBefore <= m_gathered + 1) {
        return;
    }
    const std::uint32_t last = closedBefore - 1;
    m_sums.clear();
    for (const Rollups* shard : shards) {
        // Each shard's newest closed second is still its ring's open interval: asked for too.
        m_scratch.clear();
        shard->seconds().closedAfter(m_gathered, true, m_scratch);
        for (const RollupBucket& second : m_scratch) {
            if (second.startSec <= last) {
                RollupBucket& sum = m_sums[second.startSec];
                sum.startSec = second.startSec;
                addCounts(sum, second);
            }
        }
    }
    for (auto& [sec, sum] : m_sums) {
        sum.closeSecond();
        m_seconds.add(sum);
        m_minutes.add(sum);
        m_tenMinutes.add(sum);
    }
    m_gathered = last;
}

void ShardRollups::takeMinutes(std::span<const Rollups* const> shards, bool final,
                               std::vector<store::TrafficMinuteRow>& out)
{
    m_scratch.clear();
    m_minutes.closedAfter(m_minutesTaken, final, m_scratch);
    if (final) {
        // What has not reached these rings: seconds some shards closed and others not yet (added up, each its own
        // peak), and the seconds still open (as one engine does: they set no peak), by minute.
        std::vector<RollupBucket> seconds;
        m_sums.clear();
        for (const Rollups* shard : shards) {
            seconds.clear();
            shard->seconds().closedAfter(m_gathered, true, seconds);
            for (const RollupBucket& second : seconds) {
                RollupBucket& sum = m_sums[second.startSec];
                sum.startSec = second.startSec;
                addCounts(sum, second);
            }
        }
        std::map<std::uint32_t, RollupBucket> minutes;
        for (auto& [sec, sum] : m_sums) {
            sum.closeSecond();
            RollupBucket& minute = minutes[sec - sec % 60];
            minute.startSec = sec - sec % 60;
            minute.add(sum);
        }
        for (const Rollups* shard : shards) {
            const RollupBucket& open = shard->current();
            if (open.startSec != 0 && open.startSec > m_gathered) {
                RollupBucket& minute = minutes[open.startSec - open.startSec % 60];
                minute.startSec = open.startSec - open.startSec % 60;
                addCounts(minute, open);
            }
        }
        for (const auto& entry : minutes) {
            const RollupBucket& minute = entry.second;
            auto found = std::find_if(m_scratch.begin(), m_scratch.end(),
                                      [&](const RollupBucket& b) { return b.startSec == minute.startSec; });
            if (found != m_scratch.end()) {
                found->add(minute);
            } else if (minute.startSec > m_minutesTaken) {
                m_scratch.push_back(minute);
            }
        }
    }
    appendMinuteRows(m_scratch, m_minutesTaken, out);
}

}  // namespace sluice::engine
