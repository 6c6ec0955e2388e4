// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfTally.h"

#include <algorithm>
#include <limits>

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
    // A batch is in time order: the point changes rarely, so it is found again only when a request passes its end
    // rather than by a division per request.
    std::size_t point = 0;
    TimeNs pointStart = 0;
    TimeNs pointEnd = 0;  // empty: the first request finds its point
    for (std::size_t i = 0; i < n; ++i) {
        const Decision& d = decided.decisions[i];
        const std::uint8_t tag = decided.tags[i];
        const TimeNs at = decided.requests[i].timestamp;
        if (at < pointStart || at >= pointEnd) {
            const TimeNs offset = std::max<TimeNs>(0, at - m_start);
            point = std::min(last, static_cast<std::size_t>(offset / m_interval));
            // The first and the last point also take what falls before or after the run.
            pointStart =
                point == 0 ? std::numeric_limits<TimeNs>::min() : m_start + static_cast<TimeNs>(point) * m_interval;
            pointEnd = point == last ? std::numeric_limits<TimeNs>::max()
                                     : m_start + static_cast<TimeNs>(point + 1) * m_interval;
        }
        TimelinePoint& p = m_timeline[point];
        sim::ClassOutcome& o = m_outcomes[tag < sim::kTrafficClassCount ? tag : 0];
        const bool legitimate = isLegitimate(static_cast<sim::TrafficClass>(tag));
        const auto tier = static_cast<std::size_t>(d.reputationTier);
        ++o.requests;
        if (d.allowed) {
            ++o.allowed;
            ++p.allowed;
            ++m_allowedByTier[tier];
            m_vipAllowed += d.vipTier != 0 ? 1 : 0;
            p.abusiveAllowed += legitimate ? 0 : 1;
        } else {
            ++o.denied;
            ++p.denied;
            ++m_deniedByTier[tier];
            m_vipDenied += d.vipTier != 0 ? 1 : 0;
            p.legitimateDenied += legitimate ? 1 : 0;
        }
        if (m_countKeys) {
            const std::string_view key = decided.requests[i].key;
            auto it = m_keys.find(key);
            if (it == m_keys.end()) {
                it = m_keys.emplace(std::string(key), KeyCount{}).first;
            }
            ++it->second.requests;
            it->second.denied += d.allowed ? 0 : 1;
        }
    }
}

}  // namespace sluice::engine::whatif
