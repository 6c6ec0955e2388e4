// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine {

// A paced source's pacing time and source time that correspond, taken afresh at start and at each pause or
// speed change, so what follows a change is measured from the moment of the change. The owner guards it with
// the mutex of its other pacing state.
class PacingAnchor final {
public:
    void set(TimeNs pacingNow, TimeNs sourceNow)
    {
        m_pacing = pacingNow;
        m_source = sourceNow;
    }
    // The pacing time at which source time `until` is due at `speed` (source seconds per wall second, > 0).
    TimeNs dueAt(TimeNs until, double speed) const
    {
        return m_pacing + static_cast<TimeNs>(static_cast<double>(until - m_source) / speed);
    }
    // How far source time `sourceNow` is behind where the pacing says it should be at `speed` (> 0).
    TimeNs lag(TimeNs pacingNow, TimeNs sourceNow, double speed) const
    {
        const double due = static_cast<double>(m_source) + static_cast<double>(pacingNow - m_pacing) * speed;
        return std::max<TimeNs>(0, static_cast<TimeNs>(std::llround(due)) - sourceNow);
    }

private:
    TimeNs m_pacing = 0;
    TimeNs m_source = 0;
};

}  // namespace sluice::engine
