// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decision.h"
#include "core/Time.h"

#include <algorithm>
#include <cstdint>

namespace sluice::engine {

// Generic cell rate algorithm: the whole state of a key is one theoretical arrival time (TAT).
// `interval` is the emission interval at the effective rate (period / effective limit); `tolerance` is how
// far the TAT may run ahead of now (interval x effective burst). Exact integer arithmetic throughout.
struct GcraRate {
    TimeNs interval = 0;
    TimeNs tolerance = 0;
    double perInterval = 0;  // 1 / interval: remaining-count division by multiplication, corrected below
};

constexpr GcraRate makeGcraRate(TimeNs interval, TimeNs tolerance)
{
    return GcraRate{interval, tolerance, 1.0 / static_cast<double>(interval)};
}

// floor(room / interval) for room >= 0, exact: the floating estimate is off by at most one either way.
inline std::uint32_t wholeIntervals(TimeNs room, const GcraRate& rate)
{
    auto q = static_cast<TimeNs>(static_cast<double>(room) * rate.perInterval);
    if (q * rate.interval > room) {
        --q;
    } else if ((q + 1) * rate.interval <= room) {
        ++q;
    }
    return static_cast<std::uint32_t>(q);
}

struct GcraOutcome {
    bool allowed = false;
    TimeNs tat = 0;  // the key's TAT after this request (unchanged when denied)
    TimeNs retryAfter = 0;
    TimeNs resetAfter = 0;
    std::uint32_t remaining = 0;
};

inline GcraOutcome gcraCheck(TimeNs tat, TimeNs now, std::uint32_t cost, const GcraRate& rate)
{
    GcraOutcome out;
    const TimeNs base = std::max(tat, now);
    const TimeNs charge = rate.interval * static_cast<TimeNs>(cost);
    const TimeNs newTat = base + charge;
    const TimeNs allowAt = newTat - rate.tolerance;
    TimeNs kept = base;
    if (now < allowAt) {
        out.allowed = false;
        // A cost beyond the whole burst never passes at this rate, however long the key waits.
        out.retryAfter = charge > rate.tolerance ? kRetryNever : allowAt - now;
        out.tat = tat;
    } else {
        out.allowed = true;
        kept = newTat;
        out.tat = newTat;
    }
    out.resetAfter = kept - now;
    const TimeNs room = now + rate.tolerance - kept;
    out.remaining = room <= 0 ? 0U : wholeIntervals(room, rate);
    return out;
}

}  // namespace sluice::engine
