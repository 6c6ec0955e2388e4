// SPDX-License-Identifier: Apache-2.0
#include "vip/VipCsv.h"

#include "core/EngineText.h"
#include "keys/KeyTable.h"
#include "vip/VipCatalog.h"

#include <array>
#include <cstdio>
#include <unordered_map>

namespace sluice::engine {

namespace {
constexpr std::array<std::string_view, VipCsv::kColumns> kHeader{"key", "tier", "expires", "notes"};
constexpr int kMaxYear = 2200;  // nanoseconds since 1970 in 64 bits end in 2262

struct Record {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

// Splits RFC 4180 text into records. A quoted field may hold commas, quotes ("") and line breaks; CRLF and
// LF both end a record. Stops at the first malformed quote, which makes the rest of the file unreadable.
bool splitRecords(std::string_view text, std::vector<Record>& out, VipCsvError& error)
{
    std::size_t line = 1;
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        i = 3;  // a byte order mark, as spreadsheet programs write
    }
    Record record{line, {std::string()}};
    bool fieldStarted = false;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"' && !fieldStarted) {
            const std::size_t openedOn = line;
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    error = {openedOn, static_cast<int>(record.fields.size()), say(Text::CsvQuoteNotClosed)};
                    return false;
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        record.fields.back().push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == '\n') {
                    ++line;
                }
                record.fields.back().push_back(text[i++]);
            }
            fieldStarted = true;
            if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                error = {line, static_cast<int>(record.fields.size()), say(Text::CsvTextAfterQuote)};
                return false;
            }
            continue;
        }
        if (c == ',') {
            record.fields.emplace_back();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
            out.push_back(std::move(record));
            record = Record{++line, {std::string()}};
            fieldStarted = false;
            continue;
        }
        if (c == '"') {
            error = {line, static_cast<int>(record.fields.size()), say(Text::CsvQuoteInUnquotedField)};
            return false;
        }
        record.fields.back().push_back(c);
        fieldStarted = true;
        ++i;
    }
    if (record.fields.size() > 1 || !record.fields.back().empty()) {
        out.push_back(std::move(record));
    }
    return true;
}

bool isBlank(const Record& r) { return r.fields.size() == 1 && r.fields[0].empty(); }

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

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

std::string quoted(std::string_view field)
{
    const bool needs = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!needs) {
        return std::string(field);
    }
    std::string out = "\"";
    for (const char c : field) {
        out.push_back(c);
        if (c == '"') {
            out.push_back('"');
        }
    }
    out.push_back('"');
    return out;
}
}  // namespace

std::string VipCsvError::message() const
{
    if (column > 0) {
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
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 ||
        second > 59 || year < 1970 || year > kMaxYear) {
        return std::nullopt;
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
            return std::nullopt;
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
            return std::nullopt;
        }
        offset = (oh * kNsPerHour + om * kNsPerMin) * (s[i] == '+' ? 1 : -1);
        i += 6;
    } else {
        return std::nullopt;  // without an offset the instant is ambiguous
    }
    if (i != s.size()) {
        return std::nullopt;
    }
    const std::int64_t days = daysFromCivil(year, month, day);
    return days * kNsPerDay + hour * kNsPerHour + minute * kNsPerMin + second * kNsPerSec + fraction - offset;
}

std::string VipCsv::formatTime(TimeNs t)
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

VipCsvParse VipCsv::parse(std::string_view text)
{
    VipCsvParse result;
    std::vector<Record> records;
    VipCsvError broken;
    const bool whole = splitRecords(text, records, broken);
    std::size_t first = 0;
    while (first < records.size() && isBlank(records[first])) {
        ++first;
    }
    if (first == records.size()) {
        if (!whole) {
            result.errors.push_back(broken);
        } else {
            result.errors.push_back({1, 0, say(Text::CsvEmptyFile)});
        }
        return result;
    }
    const Record& header = records[first];
    bool headerOk = header.fields.size() == kColumns;
    for (std::size_t c = 0; headerOk && c < kColumns; ++c) {
        std::string name = trimmed(header.fields[c]);
        for (char& ch : name) {
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        }
        headerOk = name == kHeader[c];
    }
    if (!headerOk) {
        result.errors.push_back({header.line, 0, say(Text::CsvHeaderMissing)});
        return result;
    }
    std::unordered_map<std::string, std::size_t> seen;
    auto bad = [&](std::size_t line, int column, std::string reason) {
        if (result.errors.size() < kMaxErrors) {
            result.errors.push_back({line, column, std::move(reason)});
        }
    };
    for (std::size_t r = first + 1; r < records.size(); ++r) {
        const Record& rec = records[r];
        if (isBlank(rec)) {
            continue;
        }
        if (rec.fields.size() != kColumns) {
            bad(rec.line, 0, say(Text::CsvFieldCount, {std::to_string(rec.fields.size())}));
            continue;
        }
        VipCsvRow row;
        row.line = rec.line;
        row.key = rec.fields[0];
        row.tier = trimmed(rec.fields[1]);
        row.notes = rec.fields[3];
        if (row.key.empty()) {
            bad(rec.line, 1, say(Text::CsvKeyEmpty));
        } else if (row.key.size() > KeyTable::kMaxKeyBytes) {
            bad(rec.line, 1, say(Text::CsvKeyTooLong));
        } else if (auto [it, added] = seen.emplace(row.key, rec.line); !added) {
            bad(rec.line, 1, say(Text::CsvDuplicateKey, {row.key, std::to_string(it->second)}));
        }
        if (auto problem = VipCatalog::checkName(row.tier)) {
            bad(rec.line, 2, *problem);
        }
        const std::string expires = trimmed(rec.fields[2]);
        if (!expires.empty()) {
            if (auto t = parseTime(expires)) {
                row.expiresAt = *t;
            } else {
                bad(rec.line, 3, say(Text::CsvBadTime, {expires}));
            }
        }
        if (row.notes.size() > 1000) {
            bad(rec.line, 4, say(Text::VipNotesTooLong));
        }
        result.rows.push_back(std::move(row));
    }
    if (!whole) {
        bad(broken.line, broken.column, broken.reason);
    }
    if (!result.errors.empty()) {
        result.rows.clear();
    }
    return result;
}

std::string VipCsv::write(const std::vector<store::VipAssignment>& assignments)
{
    std::string out = "key,tier,expires,notes\r\n";
    for (const auto& a : assignments) {
        out.append(quoted(a.key)).append(",").append(quoted(a.tier)).append(",");
        if (a.expiresAt != 0) {
            out.append(formatTime(a.expiresAt));
        }
        out.append(",").append(quoted(a.notes)).append("\r\n");
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
