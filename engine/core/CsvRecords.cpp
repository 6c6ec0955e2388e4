// SPDX-License-Identifier: Apache-2.0
#include "core/CsvRecords.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace sluice::engine {

namespace {
void keep(CsvRecord& r, char c)
{
    if (r.fieldCount <= r.fields.size()) {
        std::string& field = r.fields[r.fieldCount - 1];
        if (field.size() < CsvRecord::kMaxFieldBytes) {
            field.push_back(c);
        }
    }
}
}  // namespace

bool CsvRecord::isHeader(std::span<const std::string_view> names) const
{
    if (fieldCount != names.size() || names.size() > fields.size()) {
        return false;
    }
    for (std::size_t c = 0; c < names.size(); ++c) {
        std::string name = csvTrimmed(fields[c]);
        for (char& ch : name) {
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        }
        if (name != names[c]) {
            return false;
        }
    }
    return true;
}

CsvRecordReader::CsvRecordReader(std::string_view text) : m_text(text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        m_at = 3;  // a byte order mark, as spreadsheet programs write
    }
}

bool CsvRecordReader::next(CsvRecord& r)
{
    if (m_at >= m_text.size() || m_error) {
        return false;
    }
    r.line = m_line;
    r.fieldCount = 1;
    for (auto& field : r.fields) {
        field.clear();
    }
    bool fieldStarted = false;
    while (m_at < m_text.size()) {
        const char c = m_text[m_at];
        if (c == '"' && !fieldStarted) {
            if (!readQuoted(r)) {
                return false;
            }
            fieldStarted = true;
            continue;
        }
        if (c == ',') {
            ++r.fieldCount;
            fieldStarted = false;
            ++m_at;
            continue;
        }
        if (c == '\r' || c == '\n') {
            m_at += (c == '\r' && m_at + 1 < m_text.size() && m_text[m_at + 1] == '\n') ? 2 : 1;
            ++m_line;
            return true;
        }
        if (c == '"') {
            fail(m_line, r, Text::CsvQuoteInUnquotedField);
            return false;
        }
        keep(r, c);
        fieldStarted = true;
        ++m_at;
    }
    return true;  // the last record, without a line break
}

bool CsvRecordReader::readQuoted(CsvRecord& r)
{
    const std::size_t openedOn = m_line;
    ++m_at;
    for (;;) {
        if (m_at >= m_text.size()) {
            fail(openedOn, r, Text::CsvQuoteNotClosed);
            return false;
        }
        const char c = m_text[m_at];
        if (c == '"') {
            if (m_at + 1 < m_text.size() && m_text[m_at + 1] == '"') {
                keep(r, '"');
                m_at += 2;
                continue;
            }
            ++m_at;
            break;
        }
        if (c == '\n') {
            ++m_line;
        }
        keep(r, c);
        ++m_at;
    }
    if (m_at < m_text.size() && m_text[m_at] != ',' && m_text[m_at] != '\n' && m_text[m_at] != '\r') {
        fail(m_line, r, Text::CsvTextAfterQuote);
        return false;
    }
    return true;
}

void CsvRecordReader::fail(std::size_t line, const CsvRecord& r, Text why)
{
    m_error = CsvReadError{line, static_cast<int>(std::min<std::size_t>(r.fieldCount, INT32_MAX)), why};
}

std::string csvTrimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

void readCsvFile(std::string_view text, const CsvFileShape& shape, std::size_t maxRows, std::size_t maxErrors,
                 const std::function<std::size_t()>& problems,
                 const std::function<void(std::size_t line, int column, std::string reason)>& bad,
                 const std::function<void(const CsvRecord&)>& row)
{
    CsvRecordReader reader(text);
    CsvRecord record;
    bool headerSeen = false;
    std::size_t rowsSeen = 0;
    while (problems() < maxErrors && reader.next(record)) {
        if (record.blank()) {
            continue;
        }
        if (!headerSeen) {
            if (!record.isHeader(shape.header)) {
                bad(record.line, 0, say(shape.headerMissing));
                return;
            }
            headerSeen = true;
            continue;
        }
        if (++rowsSeen > maxRows) {
            bad(record.line, 0, say(Text::CsvTooManyRows, {std::to_string(maxRows)}));
            break;
        }
        if (record.fieldCount != shape.header.size()) {
            bad(record.line, 0, say(shape.fieldCount, {std::to_string(record.fieldCount)}));
            continue;
        }
        row(record);
    }
    if (const auto& broken = reader.error()) {
        bad(broken->line, broken->column, say(broken->reason));
    }
    if (!headerSeen && problems() == 0) {
        bad(1, 0, say(shape.emptyFile));
    }
}

}  // namespace sluice::engine
