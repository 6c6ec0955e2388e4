// SPDX-License-Identifier: Apache-2.0
#include "core/UtcTime.h"

#include <cstdint>
#include <cstdio>

namespace sluice::engine {

std::string formatUtc(TimeNs t)
{
    const std::int64_t days = t >= 0 ? t / kNsPerDay : (t - kNsPerDay + 1) / kNsPerDay;
    const TimeNs inDay = t - days * kNsPerDay;
    // civil_from_days
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    char out[40];
    const auto ms = static_cast<int>((inDay % kNsPerSec) / kNsPerMs);
    const int n = std::snprintf(out, sizeof out, "%04lld-%02u-%02uT%02d:%02d:%02d", static_cast<long long>(y), m, d,
                                static_cast<int>(inDay / kNsPerHour), static_cast<int>(inDay / kNsPerMin % 60),
                                static_cast<int>(inDay / kNsPerSec % 60));
    std::string text(out, static_cast<std::size_t>(n));
    if (ms != 0) {
        std::snprintf(out, sizeof out, ".%03d", ms);
        text.append(out);
    }
    return text.append("Z");
}

}  // namespace sluice::engine
