// SPDX-License-Identifier: Apache-2.0
#include "vip/VipCsv.h"

#include "core/CsvCell.h"
#include "core/CsvRecords.h"
#include "core/EngineText.h"
#include "core/TextCheck.h"
#include "core/UtcTime.h"
#include "keys/KeyTable.h"
#include "vip/VipCatalog.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

namespace sluice::engine {

namespace {
constexpr std::array<std::string_view, VipCsv::kColumns> kHeader{"key", "tier", "expires", "notes"};
constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2200;  // nanoseconds since 1970 in 64 bits end in 2262

bool digits(std::string_view s, std::size_t at, std::size_t count, int& value)
{
    if (at + count > s.size()) {
        return false;
    }
    value = 0;
    for (std::size_t k = at; k < at + count; ++k) {
        if (s[k] < '0' || s[k] > '9') {
            return false;
        }
        value = value * 10 + (s[k] - '0');
    }
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

enum class TimeRead : std::uint8_t { Ok, Malformed, YearOutOfRange };

TimeRead readTime(std::string_view s, TimeNs& out)
{
    // YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]; a space may stand for the T.
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (s.size() < 20 || !digits(s, 0, 4, year) || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' ||
        !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, hour) ||
        s[13] != ':' || !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second)) {
        return TimeRead::Malformed;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 ||
        second > 59) {
        return TimeRead::Malformed;
    }
    std::size_t i = 19;
    TimeNs fraction = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        TimeNs scale = kNsPerSec;
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            scale /= 10;
            fraction += (s[i] - '0') * scale;
            ++i;
        }
        if (i == start || i - start > 9) {
            return TimeRead::Malformed;
        }
    }
    TimeNs offset = 0;
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        int oh = 0;
        int om = 0;
        if (!digits(s, i + 1, 2, oh) || i + 3 >= s.size() || s[i + 3] != ':' || !digits(s, i + 4, 2, om) || oh > 23 ||
            om > 59) {
            return TimeRead::Malformed;
        }
        offset = (oh * kNsPerHour + om * kNsPerMin) * (s[i] == '+' ? 1 : -1);
        i += 6;
    } else {
        return TimeRead::Malformed;  // without an offset the instant is ambiguous
    }
    if (i != s.size()) {
        return TimeRead::Malformed;
    }
    if (year < kMinYear || year > kMaxYear) {
        return TimeRead::YearOutOfRange;
    }
    const std::int64_t days = daysFromCivil(year, month, day);
    out = days * kNsPerDay + hour * kNsPerHour + minute * kNsPerMin + second * kNsPerSec + fraction - offset;
    return TimeRead::Ok;
}

}  // namespace

std::string VipCsvError::message() const
{
    if (column > 0 && column <= VipCsv::kColumns) {  // a column past the last one has no name to give
        return say(Text::CsvAtLineColumn,
                   {std::to_string(line), std::to_string(column), VipCsv::columnName(column), reason});
    }
    return say(Text::CsvAtLine, {std::to_string(line), reason});
}

std::string_view VipCsv::columnName(int column)
{
    return column >= 1 && column <= kColumns ? kHeader[static_cast<std::size_t>(column - 1)] : std::string_view();
}

int VipCsv::columnOf(std::string_view name)
{
    for (int c = 1; c <= kColumns; ++c) {
        if (kHeader[static_cast<std::size_t>(c - 1)] == name) {
            return c;
        }
    }
    return 0;
}

std::optional<TimeNs> VipCsv::parseTime(std::string_view s)
{
    TimeNs t = 0;
    return readTime(s, t) == TimeRead::Ok ? std::optional(t) : std::nullopt;
}

std::string VipCsv::formatTime(TimeNs t) { return formatUtc(t); }

VipCsvParse VipCsv::parse(std::string_view text, std::size_t maxRows)
{
    VipCsvParse result;
    std::unordered_map<std::string, std::size_t> seen;  // key -> its line
    const auto bad = [&](std::size_t line, int column, std::string reason) {
        if (result.errors.size() < kMaxErrors) {
            result.errors.push_back({line, column, std::move(reason)});
        }
    };
    const CsvFileShape shape{kHeader, Text::CsvHeaderMissing, Text::CsvEmptyFile, Text::CsvFieldCount};
    readCsvFile(
        text, shape, maxRows, kMaxErrors, [&] { return result.errors.size(); }, bad,
        [&](const CsvRecord& record) {
            VipCsvRow row;
            row.line = record.line;
            row.key = CsvCell::restored(record.fields[0]);
            row.tier = csvTrimmed(CsvCell::restored(record.fields[1]));
            const std::string expires = csvTrimmed(CsvCell::restored(record.fields[2]));
            row.notes = CsvCell::restored(record.fields[3]);
            if (row.key.empty()) {
                bad(record.line, 1, say(Text::CsvKeyEmpty));
            } else if (row.key.size() > KeyTable::kMaxKeyBytes) {
                bad(record.line, 1, say(Text::CsvKeyTooLong));
            } else if (auto problem = TextCheck::check(row.key, TextCheck::Kind::Key)) {
                bad(record.line, 1, std::move(problem->reason));
            } else if (auto [it, added] = seen.emplace(row.key, record.line); !added) {
                bad(record.line, 1,
                    say(Text::CsvDuplicateKey,
                        {TextCheck::escapeForTerminal(row.key, TextCheck::kQuotedBytes), std::to_string(it->second)}));
            }
            if (auto problem = TextCheck::check(row.tier, TextCheck::Kind::SingleLine)) {
                bad(record.line, 2, std::move(problem->reason));
            } else if (auto wrong = VipCatalog::checkName(row.tier)) {
                bad(record.line, 2, *wrong);
            }
            if (auto problem = TextCheck::check(expires, TextCheck::Kind::SingleLine)) {
                bad(record.line, 3, std::move(problem->reason));
            } else if (!expires.empty()) {
                const std::string shown = TextCheck::escapeForTerminal(expires, TextCheck::kQuotedBytes);
                switch (readTime(expires, row.expiresAt)) {
                case TimeRead::Ok:
                    break;
                case TimeRead::Malformed:
                    bad(record.line, 3, say(Text::CsvBadTime, {shown}));
                    break;
                case TimeRead::YearOutOfRange:
                    bad(record.line, 3, say(Text::CsvYearOutOfRange, {shown}));
                    break;
                }
            }
            if (row.notes.size() > kMaxNotesBytes) {
                bad(record.line, 4, say(Text::VipNotesTooLong));
            } else if (auto problem = TextCheck::check(row.notes, TextCheck::Kind::MultiLine)) {
                bad(record.line, 4, std::move(problem->reason));
            }
            if (result.errors.empty()) {
                result.rows.push_back(std::move(row));  // a file with a problem is refused whole: no need to keep rows
            }
        });
    if (!result.errors.empty()) {
        result.rows.clear();
        result.rows.shrink_to_fit();
    }
    return result;
}

std::string VipCsv::write(const std::vector<store::VipAssignment>& assignments)
{
    std::string out;
    CsvCell::appendRecord(out, {kHeader[0], kHeader[1], kHeader[2], kHeader[3]});
    for (const auto& a : assignments) {
        const std::string expires = a.expiresAt != 0 ? formatTime(a.expiresAt) : std::string();
        CsvCell::appendRecord(out, {a.key, a.tier, expires, a.notes});
    }
    return out;
}

cmd::ImportVip VipCsv::toCommand(const std::vector<VipCsvRow>& rows, const std::string& assignedBy)
{
    cmd::ImportVip c;
    c.assignments.reserve(rows.size());
    c.lines.reserve(rows.size());
    for (const auto& r : rows) {
        c.assignments.push_back(cmd::AssignVip{r.key, r.tier, r.expiresAt, r.notes, assignedBy});
        c.lines.push_back(r.line);
    }
    return c;
}

}  // namespace sluice::engine
