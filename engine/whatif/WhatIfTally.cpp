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
    if (n == 0) {
        return;
    }
    // Counted into locals indexed by the verdict (0 denied, 1 allowed) and added to the members once per batch:
    // a branch per verdict mispredicts on mixed traffic, and the what-if engines tally every request they decide.
    std::array<std::array<std::uint64_t, 2>, sim::kTrafficClassCount> byClass{};
    std::array<std::array<std::uint64_t, 2>, kReputationTierCount> byTier{};
    std::array<std::uint64_t, 2> vip{};
    std::array<std::uint64_t, 2> point{};         // this timeline point's verdicts
    std::array<std::uint64_t, 2> pointAgainst{};  // legitimate denied, abusive allowed
    const std::size_t last = m_timeline.size() - 1;
    const auto flush = [&](std::size_t at) {
        TimelinePoint& p = m_timeline[at];
        p.denied += point[0];
        p.allowed += point[1];
        p.legitimateDenied += pointAgainst[0];
        p.abusiveAllowed += pointAgainst[1];
        point = {};
        pointAgainst = {};
    };
    // A batch is in time order: the point changes rarely, so it is found again only when a request passes its end
    // rather than by a division per request.
    std::size_t at = 0;
    TimeNs pointStart = 0;
    TimeNs pointEnd = 0;  // empty: the first request finds its point
    for (std::size_t i = 0; i < n; ++i) {
        const Decision& d = decided.decisions[i];
        const TimeNs when = decided.requests[i].timestamp;
        if (when < pointStart || when >= pointEnd) {
            flush(at);
            const TimeNs offset = std::max<TimeNs>(0, when - m_start);
            at = std::min(last, static_cast<std::size_t>(offset / m_interval));
            // The first and the last point also take what falls before or after the run.
            pointStart = at == 0 ? std::numeric_limits<TimeNs>::min() : m_start + static_cast<TimeNs>(at) * m_interval;
            pointEnd =
                at == last ? std::numeric_limits<TimeNs>::max() : m_start + static_cast<TimeNs>(at + 1) * m_interval;
        }
        const std::uint8_t tag = decided.tags[i] < sim::kTrafficClassCount ? decided.tags[i] : 0;
        const std::size_t allowed = d.allowed ? 1 : 0;
        const std::size_t legitimate = isLegitimate(static_cast<sim::TrafficClass>(tag)) ? 1 : 0;
        ++byClass[tag][allowed];
        ++byTier[static_cast<std::size_t>(d.reputationTier)][allowed];
        vip[allowed] += d.vipTier != 0 ? 1 : 0;
        ++point[allowed];
        // Denied and legitimate, or allowed and abusive: against the point of limiting either way.
        pointAgainst[allowed] += allowed != legitimate ? 1 : 0;
    }
    flush(at);
    for (std::size_t c = 0; c < byClass.size(); ++c) {
        m_outcomes[c].denied += byClass[c][0];
        m_outcomes[c].allowed += byClass[c][1];
        m_outcomes[c].requests += byClass[c][0] + byClass[c][1];
    }
    for (std::size_t t = 0; t < byTier.size(); ++t) {
        m_deniedByTier[t] += byTier[t][0];
        m_allowedByTier[t] += byTier[t][1];
    }
    m_vipDenied += vip[0];
    m_vipAllowed += vip[1];
    if (m_countKeys) {
        tallyKeys(decided, n);
    }
}

void WhatIfTally::tallyKeys(const RequestBatch& decided, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view key = decided.requests[i].key;
        auto it = m_keys.find(key);
        if (it == m_keys.end()) {
            it = m_keys.emplace(std::string(key), KeyCount{}).first;
        }
        ++it->second.requests;
        it->second.denied += decided.decisions[i].allowed ? 0 : 1;
    }
}

}  // namespace sluice::engine::whatif
