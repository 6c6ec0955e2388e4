// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <string_view>

namespace sluice::engine::logs {

// The time fields of access logs, read without the C library (no locale, no time zone database). Consecutive
// lines of a log nearly always share their second, so each reader remembers the last text it parsed.
class LogTime final {
public:
    // $time_local: "10/Oct/2000:13:55:36 -0700". False when it is not one.
    bool parseLocal(std::string_view text, TimeNs& out);
    // $time_iso8601: "2000-10-10T13:55:36-07:00", also with "Z" and with fractional seconds.
    bool parseIso8601(std::string_view text, TimeNs& out);
    // $msec: "1700000000.123" (seconds since the epoch with milliseconds).
    static bool parseEpochSeconds(std::string_view text, TimeNs& out);

    // Days since 1970-01-01 of a civil date (proleptic Gregorian).
    static std::int64_t daysFromCivil(int year, unsigned month, unsigned day);

private:
    char m_lastLocal[32] = {};
    std::size_t m_lastLocalSize = 0;
    TimeNs m_lastLocalTime = 0;
    char m_lastIso[40] = {};
    std::size_t m_lastIsoSize = 0;
    TimeNs m_lastIsoTime = 0;
};

}  // namespace sluice::engine::logs
