// SPDX-License-Identifier: Apache-2.0
// RFC 3339 instants for DATE_* constraints (flags::parseInstant, declared in Constraints.h).
#include "flags/Constraints.h"

namespace sluice::engine::flags {

namespace {

// TimeNs spans 1677-09-21 to 2262-04-11; whole years inside that range are accepted.
constexpr int kMinYear = 1678;
constexpr int kMaxYear = 2261;
constexpr std::size_t kDateOnly = 10;  // "2024-01-31"
constexpr std::size_t kMaxFractionDigits = 9;

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int daysInMonth(int year, int month)
{
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return static_cast<std::int64_t>(era) * 146097 + dayOfEra - 719468;
}

// "Z" or "+hh:mm" / "-hh:mm", as seconds east of UTC.
std::optional<int> offsetSeconds(std::string_view zone)
{
    if (zone == "Z" || zone == "z") {
        return 0;
    }
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') {
        return std::nullopt;
    }
    const auto hours = digits(zone, 1, 2);
    const auto minutes = digits(zone, 4, 2);
    if (!hours || !minutes || *hours > 23 || *minutes > 59) {
        return std::nullopt;
    }
    const int seconds = *hours * 3600 + *minutes * 60;
    return zone[0] == '-' ? -seconds : seconds;
}

// ".123" after the seconds, as nanoseconds; digits past the ninth are read and dropped.
TimeNs fractionNs(std::string_view text, std::size_t& at)
{
    TimeNs fraction = 0;
    TimeNs scale = kNsPerSec;
    for (std::size_t read = 0; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, ++read) {
        if (read < kMaxFractionDigits) {
            scale /= 10;
            fraction += (text[at] - '0') * scale;
        }
    }
    return fraction;
}

}  // namespace

std::optional<TimeNs> parseInstant(std::string_view text)
{
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    if (!year || !month || !day || text[4] != '-' || text[7] != '-' || *year < kMinYear || *year > kMaxYear ||
        *month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(*year, *month)) {
        return std::nullopt;
    }
    const TimeNs midnight = daysFromCivil(*year, *month, *day) * kNsPerDay;
    if (text.size() == kDateOnly) {
        return midnight;  // a date alone is midnight UTC, as JavaScript's Date reads it
    }
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if ((text[10] != 'T' && text[10] != 't') || !hour || !minute || !second || text[13] != ':' || text[16] != ':' ||
        *hour > 23 || *minute > 59 || *second > 59) {
        return std::nullopt;
    }
    std::size_t at = 19;
    TimeNs fraction = 0;
    if (at < text.size() && text[at] == '.') {
        const std::size_t first = ++at;
        fraction = fractionNs(text, at);
        if (at == first) {
            return std::nullopt;
        }
    }
    const auto offset = offsetSeconds(text.substr(at));
    if (!offset) {
        return std::nullopt;  // RFC 3339 wants a zone: "Z" or an offset
    }
    return midnight + (*hour * 3600LL + *minute * 60LL + *second - *offset) * kNsPerSec + fraction;
}

}  // namespace sluice::engine::flags
