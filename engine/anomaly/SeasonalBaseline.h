// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/RobustLevel.h"
#include "core/Time.h"

#include <array>

namespace sluice::engine::anomaly {

// What a metric usually is in each hour of the week: one robust level per hour (168 of them, 2 KiB), each
// learning only from its own hour's samples with a memory of a few weeks, so a weekly pattern (quiet nights,
// busy weekday afternoons, a different Sunday) is its own expectation.
class SeasonalBaseline final {
public:
    static constexpr int kHours = 7 * 24;

    // 0 = Monday 00:00-01:00 UTC.
    static int hourOfWeek(TimeNs at)
    {
        const std::int64_t hours = at / kNsPerHour + 3 * 24;  // 1970-01-01 was a Thursday
        return static_cast<int>(((hours % kHours) + kHours) % kHours);
    }

    const RobustLevel& at(int hour) const { return m_hours[static_cast<std::size_t>(hour)]; }
    void learn(int hour, double value, double memory) { m_hours[static_cast<std::size_t>(hour)].learn(value, memory); }

    void save(BaselineWriter& out) const
    {
        for (const RobustLevel& h : m_hours) {
            h.save(out);
        }
    }
    bool restore(BaselineReader& in)
    {
        for (RobustLevel& h : m_hours) {
            if (!h.restore(in)) {
                return false;
            }
        }
        return true;
    }

private:
    std::array<RobustLevel, kHours> m_hours{};
};

}  // namespace sluice::engine::anomaly
