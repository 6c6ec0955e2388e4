// SPDX-License-Identifier: Apache-2.0
#include "anomaly/SeriesCsv.h"

#include "logs/LogTime.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace sluice::engine::anomaly {

namespace {

constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2200;  // nanoseconds since 1970 in 64 bits end in 2262

bool digits(std::string_view text, std::size_t at, std::size_t count, int& out)
{
    out = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9') {
            return false;
        }
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

bool parseValue(std::string_view text, double& out)
{
    if (text.empty() || text.front() == '+') {
        return false;
    }
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out, std::chars_format::general);
    // from_chars also reads "inf" and "nan", which no metric sample is.
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

std::string_view trimmedLine(std::string_view line)
{
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    return line;
}

}  // namespace

bool SeriesCsv::parseTime(std::string_view text, TimeNs& out)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 19 || !digits(text, 0, 4, year) || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != ' ' && text[10] != 'T') ||
        !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second)) {
        return false;
    }
    std::size_t at = 19;
    TimeNs fraction = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        const std::size_t first = at;
        TimeNs scale = kNsPerSec;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            if (scale > 1) {
                scale /= 10;
                fraction += (text[at] - '0') * scale;
            }
            ++at;
        }
        if (at == first) {
            return false;
        }
    }
    if (at < text.size() && text[at] == 'Z') {
        ++at;
    }
    static constexpr int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (at != text.size() || year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1 ||
        day > kDaysIn[month - 1] || hour > 23 || minute > 59 || second > 59) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && day == 29 && !leap) {
        return false;
    }
    const std::int64_t days =
        logs::LogTime::daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    out = days * kNsPerDay + hour * kNsPerHour + minute * kNsPerMin + second * kNsPerSec + fraction;
    return true;
}

SeriesParse SeriesCsv::parse(std::string_view text, std::size_t maxRows)
{
    SeriesParse result;
    std::size_t at = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // a byte order mark
    std::size_t lineNumber = 0;
    bool headerSeen = false;
    const auto fail = [&](SeriesProblem problem, int column) {
        result.problem = problem;
        result.line = lineNumber;
        result.column = column;
        result.rows.clear();
        return result;
    };
    // Row positions are 32 bits: a text that large is far beyond what any caller reads (kMaxCsvBytes).
    if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
        lineNumber = 1;
        return fail(SeriesProblem::TooManyRows, 0);
    }
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::size_t lineAt = at;
        const std::string_view line = trimmedLine(text.substr(at, end - at));
        at = end + 1;
        ++lineNumber;
        if (line.empty()) {
            continue;
        }
        if (!headerSeen) {
            if (line != "timestamp,value") {
                return fail(SeriesProblem::Header, 0);
            }
            headerSeen = true;
            continue;
        }
        const std::size_t comma = line.find(',');
        if (comma == std::string_view::npos || line.find(',', comma + 1) != std::string_view::npos) {
            return fail(SeriesProblem::FieldCount, 0);
        }
        if (result.rows.size() >= maxRows) {
            return fail(SeriesProblem::TooManyRows, 0);
        }
        SeriesRow row;
        if (!parseTime(line.substr(0, comma), row.time)) {
            return fail(SeriesProblem::BadTime, 1);
        }
        if (!parseValue(line.substr(comma + 1), row.value)) {
            return fail(SeriesProblem::BadValue, 2);
        }
        row.timeAt = static_cast<std::uint32_t>(lineAt);
        row.timeSize = static_cast<std::uint32_t>(comma);
        result.rows.push_back(row);
    }
    if (!headerSeen) {
        lineNumber = 1;
        return fail(SeriesProblem::Empty, 0);
    }
    if (result.rows.empty()) {
        return fail(SeriesProblem::NoRows, 0);
    }
    return result;
}

}  // namespace sluice::engine::anomaly
