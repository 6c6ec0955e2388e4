// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfTally.h"

#include <algorithm>

namespace sluice::engine::whatif {

WhatIfTally::WhatIfTally(TimeNs start, TimeNs duration, TimeNs intervalNs)
    : m_start(start), m_interval(std::max<TimeNs>(intervalNs, 1))
{
    m_timeline.resize(static_cast<std::size_t>((std::max<TimeNs>(duration, 1) + m_interval - 1) / m_interval));
}

TimeNs WhatIfTally::intervalFor(TimeNs duration, std::size_t points)
{
    static constexpr TimeNs kNice[] = {
        kNsPerSec,       5 * kNsPerSec,   10 * kNsPerSec,   30 * kNsPerSec,   60 * kNsPerSec,
        300 * kNsPerSec, 600 * kNsPerSec, 1800 * kNsPerSec, 3600 * kNsPerSec, 6 * 3600 * kNsPerSec,
    };
    for (const TimeNs width : kNice) {
        if (duration <= width * static_cast<TimeNs>(points)) {
            return width;
        }
    }
    return 86400 * kNsPerSec;
}

void WhatIfTally::add(const RequestBatch& decided)
{
    const std::size_t n = std::min({decided.decisions.size(), decided.tags.size(), decided.requests.size()});
    const std::size_t last = m_timeline.size() - 1;
    for (std::size_t i = 0; i < n; ++i) {
        const Decision& d = decided.decisions[i];
        const auto cls = static_cast<sim::TrafficClass>(decided.tags[i]);
        sim::ClassOutcome& o = m_outcomes[decided.tags[i] % sim::kTrafficClassCount];
        ++o.requests;
        const TimeNs offset = std::max<TimeNs>(0, decided.requests[i].timestamp - m_start);
        TimelinePoint& p = m_timeline[std::min(last, static_cast<std::size_t>(offset / m_interval))];
        const auto tier = static_cast<std::size_t>(d.reputationTier);
        if (d.allowed) {
            ++o.allowed;
            ++p.allowed;
            ++m_allowedByTier[tier];
            m_vipAllowed += d.vipTier != 0 ? 1 : 0;
            p.abusiveAllowed += isLegitimate(cls) ? 0 : 1;
        } else {
            ++o.denied;
            ++p.denied;
            ++m_deniedByTier[tier];
            m_vipDenied += d.vipTier != 0 ? 1 : 0;
            p.legitimateDenied += isLegitimate(cls) ? 1 : 0;
        }
    }
}

}  // namespace sluice::engine::whatif
