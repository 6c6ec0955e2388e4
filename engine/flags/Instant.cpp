// SPDX-License-Identifier: Apache-2.0
// RFC 3339 instants for DATE_* constraints (flags::parseInstant, declared in Constraints.h).
#include "flags/Constraints.h"

#include "anomaly/SeriesCsv.h"

namespace sluice::engine::flags {

namespace {

constexpr std::size_t kDateOnly = 10;    // "2024-01-31"
constexpr std::size_t kOffsetChars = 6;  // "+02:00"

std::optional<int> twoDigits(std::string_view text)
{
    if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9') {
        return std::nullopt;
    }
    return (text[0] - '0') * 10 + (text[1] - '0');
}

// A "+hh:mm" or "-hh:mm" ending, as seconds east of UTC; nullopt when the text has none.
std::optional<int> offsetSeconds(std::string_view text)
{
    if (text.size() <= kOffsetChars + kDateOnly) {
        return std::nullopt;
    }
    const std::string_view zone = text.substr(text.size() - kOffsetChars);
    const auto hours = twoDigits(zone.substr(1, 2));
    const auto minutes = twoDigits(zone.substr(4, 2));
    if ((zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || !hours || !minutes || *hours > 23 || *minutes > 59) {
        return std::nullopt;
    }
    const int seconds = *hours * 3600 + *minutes * 60;
    return zone[0] == '-' ? -seconds : seconds;
}

}  // namespace

std::optional<TimeNs> parseInstant(std::string_view text)
{
    TimeNs at = 0;
    if (text.size() == kDateOnly) {
        // A date alone is midnight UTC, as JavaScript's Date reads it.
        char midnight[] = "YYYY-MM-DDT00:00:00Z";
        text.copy(midnight, kDateOnly);
        return anomaly::SeriesCsv::parseTime(midnight, at) ? std::optional(at) : std::nullopt;
    }
    const std::optional<int> offset = offsetSeconds(text);
    const std::string_view local = offset ? text.substr(0, text.size() - kOffsetChars) : text;
    if (local.size() <= kDateOnly || local[kDateOnly] != 'T' || (offset.has_value() == (local.back() == 'Z')) ||
        !anomaly::SeriesCsv::parseTime(local, at)) {
        return std::nullopt;  // RFC 3339 wants the "T" and a zone: "Z" or an offset
    }
    return at - static_cast<TimeNs>(offset.value_or(0)) * kNsPerSec;
}

}  // namespace sluice::engine::flags
