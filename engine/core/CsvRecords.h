// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/EngineText.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sluice::engine {

// One CSV record: its first fields, and how many it had. A record with more fields than a file of its kind has
// is wrong whatever they hold, so they are counted but not kept, and the memory a record needs stays bounded (a
// file of nothing but commas is one record).
struct CsvRecord {
    static constexpr std::size_t kMaxColumns = 4;        // of the files Sluice reads (VIP assignments, contacts)
    static constexpr std::size_t kMaxFieldBytes = 4096;  // of a longer field only this much is kept
    std::size_t line = 0;                                // where the record starts, 1-based
    std::size_t fieldCount = 1;
    std::array<std::string, kMaxColumns + 1> fields;  // one more than expected shows there were too many

    bool blank() const { return fieldCount == 1 && fields[0].empty(); }
    // Whether the record is `names`, ignoring case and spaces around each.
    bool isHeader(std::span<const std::string_view> names) const;
};

// Where a CSV text cannot be read on: the line, the 1-based field, and why.
struct CsvReadError {
    std::size_t line = 0;
    int column = 0;
    Text reason = Text::CsvQuoteNotClosed;
};

// Reads RFC 4180 text one record at a time. A quoted field may hold commas, quotes ("") and line breaks; CRLF
// and LF both end a record; a leading byte order mark is skipped. Stops at the first malformed quote, which
// makes the rest of the file unreadable.
class CsvRecordReader final {
public:
    explicit CsvRecordReader(std::string_view text);
    // False at the end of the text, or at a malformed quote (then error() says what and where).
    bool next(CsvRecord& r);
    const std::optional<CsvReadError>& error() const { return m_error; }

private:
    bool readQuoted(CsvRecord& r);
    void fail(std::size_t line, const CsvRecord& r, Text why);

    std::string_view m_text;
    std::size_t m_at = 0;
    std::size_t m_line = 1;
    std::optional<CsvReadError> m_error;
};

// `s` without spaces and tabs at either end.
std::string csvTrimmed(std::string_view s);

// The frame every CSV file Sluice imports shares: blank lines skipped, the header first, at most `maxRows` data
// records, each of the header's width. `bad` hears of each problem (line, 1-based column or 0, reason) and
// `problems` says how many it kept: after `maxErrors` the reading ends, as a file of garbage need not be read to
// its end. `row` gets each data record of the right width.
struct CsvFileShape {
    std::span<const std::string_view> header;
    Text headerMissing;
    Text emptyFile;
    Text fieldCount;
};
void readCsvFile(std::string_view text, const CsvFileShape& shape, std::size_t maxRows, std::size_t maxErrors,
                 const std::function<std::size_t()>& problems,
                 const std::function<void(std::size_t line, int column, std::string reason)>& bad,
                 const std::function<void(const CsvRecord&)>& row);

}  // namespace sluice::engine
