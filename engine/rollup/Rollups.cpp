// SPDX-License-Identifier: Apache-2.0
#include "rollup/Rollups.h"

namespace sluice::engine {

Rollups::Rollups() : m_seconds(1, 3600), m_minutes(60, 24 * 60), m_tenMinutes(600, 7 * 24 * 6) {}

void Rollups::roll(std::uint32_t sec)
{
    if (m_started && sec < m_current.startSec) {
        return;  // a late request counts in the current second
    }
    if (m_started) {
        m_current.closeSecond();
        m_seconds.add(m_current);
        m_minutes.add(m_current);
        m_tenMinutes.add(m_current);
    }
    m_started = true;
    m_current = RollupBucket{};
    m_current.startSec = sec;
}

void Rollups::advanceTo(std::uint32_t sec)
{
    if (!m_started || sec > m_current.startSec) {
        roll(sec);
    }
}

}  // namespace sluice::engine
