// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"
#include "core/Time.h"

namespace sluice::engine::notify {

inline constexpr int kMinutesPerDay = 24 * 60;

// The first instant after `at` (engine time, UTC) whose minute of the day is `minute`.
inline TimeNs nextMinuteOfDay(TimeNs at, int minute)
{
    const TimeNs dayStart = at - at % kNsPerDay;
    TimeNs next = dayStart + minute * kNsPerMin;
    if (next <= at) {
        next += kNsPerDay;
    }
    return next;
}

// When a recipient's quiet hours that hold `at` end; 0 when `at` is not within them. [start, end) in minutes of
// the UTC day, wrapping past midnight; start == end means no quiet hours.
inline TimeNs quietUntil(const NotifyPreferences& p, TimeNs at)
{
    if (p.quietStartMinute == p.quietEndMinute) {
        return 0;
    }
    const auto minute = static_cast<int>(at % kNsPerDay / kNsPerMin);
    const bool inside = p.quietStartMinute < p.quietEndMinute
                            ? minute >= p.quietStartMinute && minute < p.quietEndMinute
                            : minute >= p.quietStartMinute || minute < p.quietEndMinute;
    return inside ? nextMinuteOfDay(at, p.quietEndMinute) : 0;
}

}  // namespace sluice::engine::notify
