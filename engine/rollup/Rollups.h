// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rollup/RollupRing.h"

#include <cstdint>

namespace sluice::engine {

// Traffic history at three resolutions: the last hour by second, the last day by minute and the last week
// by ten minutes. The decision path only bumps a counter; rings move once per second.
class Rollups final {
public:
    Rollups();

    void count(std::uint32_t sec, int tier, bool allowed)
    {
        if (sec != m_current.startSec) {
            roll(sec);
        }
        (allowed ? m_current.allowed : m_current.denied)[tier] += 1;
    }

    // Pushes the current second out, e.g. before a snapshot, when traffic has paused.
    void advanceTo(std::uint32_t sec);

    const RollupRing& seconds() const { return m_seconds; }
    const RollupRing& minutes() const { return m_minutes; }
    const RollupRing& tenMinutes() const { return m_tenMinutes; }
    const RollupBucket& current() const { return m_current; }

private:
    void roll(std::uint32_t sec);

    RollupBucket m_current;
    bool m_started = false;
    RollupRing m_seconds;
    RollupRing m_minutes;
    RollupRing m_tenMinutes;
};

}  // namespace sluice::engine
