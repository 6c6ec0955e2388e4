// SPDX-License-Identifier: Apache-2.0
#include "logs/LogTime.h"

#include <cstring>

namespace sluice::engine::logs {

namespace {

// Nanoseconds since 1970 in 64 bits reach into 2262; later times in a log are damage, not traffic.
constexpr int kLastYear = 2200;
constexpr std::int64_t kLastSecond = 7'258'118'400;  // 2200-01-01

bool digits(std::string_view s, std::size_t at, std::size_t count, int& out)
{
    if (at + count > s.size()) {
        return false;
    }
    int v = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        const unsigned d = static_cast<unsigned char>(s[i]) - unsigned{'0'};
        if (d > 9) {
            return false;
        }
        v = v * 10 + static_cast<int>(d);
    }
    out = v;
    return true;
}

// "Jan".."Dec" as 1..12; 0 when it is none.
unsigned monthOf(const char* m)
{
    switch (m[0]) {
    case 'J':
        return m[1] == 'a' && m[2] == 'n' ? 1 : m[1] == 'u' ? (m[2] == 'n' ? 6 : m[2] == 'l' ? 7 : 0) : 0;
    case 'F':
        return m[1] == 'e' && m[2] == 'b' ? 2 : 0;
    case 'M':
        return m[1] == 'a' ? (m[2] == 'r' ? 3 : m[2] == 'y' ? 5 : 0) : 0;
    case 'A':
        return m[1] == 'p' && m[2] == 'r' ? 4 : m[1] == 'u' && m[2] == 'g' ? 8 : 0;
    case 'S':
        return m[1] == 'e' && m[2] == 'p' ? 9 : 0;
    case 'O':
        return m[1] == 'c' && m[2] == 't' ? 10 : 0;
    case 'N':
        return m[1] == 'o' && m[2] == 'v' ? 11 : 0;
    case 'D':
        return m[1] == 'e' && m[2] == 'c' ? 12 : 0;
    default:
        return 0;
    }
}

bool validClock(int year, unsigned month, int day, int hour, int minute, int second)
{
    return year >= 1970 && year <= kLastYear && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 &&
           minute <= 59 && second <= 60;
}

TimeNs toTime(int year, unsigned month, int day, int hour, int minute, int second, int offsetMinutes)
{
    const std::int64_t days = LogTime::daysFromCivil(year, month, static_cast<unsigned>(day));
    const std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return fromUnixSec(secs);
}

}  // namespace

std::int64_t LogTime::daysFromCivil(int year, unsigned month, unsigned day)
{
    // Howard Hinnant's days_from_civil.
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool LogTime::parseLocal(std::string_view text, TimeNs& out)
{
    if (text.size() == m_lastLocalSize && text.size() != 0 && std::memcmp(text.data(), m_lastLocal, text.size()) == 0) {
        out = m_lastLocalTime;
        return true;
    }
    // dd/Mon/yyyy:HH:MM:SS +hhmm
    if (text.size() != 26 || text[2] != '/' || text[6] != '/' || text[11] != ':' || text[14] != ':' ||
        text[17] != ':' || text[20] != ' ' || (text[21] != '+' && text[21] != '-')) {
        return false;
    }
    int day = 0, year = 0, hour = 0, minute = 0, second = 0, offH = 0, offM = 0;
    const unsigned month = monthOf(text.data() + 3);
    if (!digits(text, 0, 2, day) || !digits(text, 7, 4, year) || !digits(text, 12, 2, hour) ||
        !digits(text, 15, 2, minute) || !digits(text, 18, 2, second) || !digits(text, 22, 2, offH) ||
        !digits(text, 24, 2, offM) || !validClock(year, month, day, hour, minute, second) || offM > 59) {
        return false;
    }
    const int offset = (text[21] == '-' ? -1 : 1) * (offH * 60 + offM);
    out = toTime(year, month, day, hour, minute, second, offset);
    std::memcpy(m_lastLocal, text.data(), text.size());
    m_lastLocalSize = text.size();
    m_lastLocalTime = out;
    return true;
}

bool LogTime::parseIso8601(std::string_view text, TimeNs& out)
{
    if (text.size() == m_lastIsoSize && text.size() != 0 && std::memcmp(text.data(), m_lastIso, text.size()) == 0) {
        out = m_lastIsoTime;
        return true;
    }
    // yyyy-mm-ddTHH:MM:SS[.fff][Z|+hh:mm|-hh:mm]
    if (text.size() < 20 || text.size() > sizeof m_lastIso || text[4] != '-' || text[7] != '-' ||
        (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':') {
        return false;
    }
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || !digits(text, 5, 2, month) || !digits(text, 8, 2, day) ||
        !digits(text, 11, 2, hour) || !digits(text, 14, 2, minute) || !digits(text, 17, 2, second) ||
        !validClock(year, static_cast<unsigned>(month), day, hour, minute, second)) {
        return false;
    }
    std::size_t i = 19;
    TimeNs fraction = 0;
    if (text[i] == '.' || text[i] == ',') {
        ++i;
        TimeNs scale = kNsPerSec / 10;
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            fraction += (text[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == start) {
            return false;
        }
    }
    int offset = 0;
    const std::string_view zone = text.substr(i);
    if (zone == "Z") {
        offset = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        int h = 0, m = 0;
        if (!digits(zone, 1, 2, h) || !digits(zone, 4, 2, m) || m > 59) {
            return false;
        }
        offset = (zone[0] == '-' ? -1 : 1) * (h * 60 + m);
    } else {
        return false;
    }
    out = toTime(year, static_cast<unsigned>(month), day, hour, minute, second, offset) + fraction;
    std::memcpy(m_lastIso, text.data(), text.size());
    m_lastIsoSize = text.size();
    m_lastIsoTime = out;
    return true;
}

bool LogTime::parseEpochSeconds(std::string_view text, TimeNs& out)
{
    std::size_t i = 0;
    std::int64_t secs = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        secs = secs * 10 + (text[i] - '0');
        if (secs > kLastSecond) {
            return false;
        }
        ++i;
    }
    if (i == 0) {
        return false;
    }
    TimeNs fraction = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        TimeNs scale = kNsPerSec / 10;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            fraction += (text[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    if (i != text.size()) {
        return false;
    }
    out = fromUnixSec(secs) + fraction;
    return true;
}

}  // namespace sluice::engine::logs
