// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sluice::engine::anomaly {

// One sample of a metric series, in file order.
struct SeriesRow {
    TimeNs time = 0;  // the naive time stamp read as if it were UTC
    double value = 0;
    std::uint32_t timeAt = 0;    // where the time stamp's text starts in the parsed text
    std::uint32_t timeSize = 0;  // and its length, so a writer can repeat it exactly as it was read
};

// What is wrong with a series file; the reader stops at the first problem, and the message is the caller's to
// word (the console translates it).
enum class SeriesProblem : std::uint8_t {
    None,
    Empty,        // no header line
    Header,       // the first line is not `timestamp,value`
    FieldCount,   // a row without exactly two fields
    BadTime,      // not YYYY-MM-DD HH:MM:SS (a T instead of the space, a fraction and a Z are accepted)
    BadValue,     // not a finite decimal number
    TooManyRows,  // more than SeriesCsv::kMaxRows
    NoRows,       // a header and nothing else
};

struct SeriesParse {
    std::vector<SeriesRow> rows;
    SeriesProblem problem = SeriesProblem::None;
    std::size_t line = 0;  // 1-based line of the problem
    int column = 0;        // 1 = timestamp, 2 = value, 0 = the whole line
    bool ok() const { return problem == SeriesProblem::None; }
};

// A metric series as the Numenta Anomaly Benchmark writes it: a header `timestamp,value`, then one
// `YYYY-MM-DD HH:MM:SS,NUMBER` per line. Rows keep their file order: time stamps may repeat (a clock change)
// or leap (a gap), and values may be negative. LF or CRLF line endings, a byte order mark and empty lines are
// accepted; fields are not quoted. Memory stays proportional to the rows kept, and the row count is bounded.
class SeriesCsv final {
public:
    static constexpr std::size_t kMaxRows = 10'000'000;

    static SeriesParse parse(std::string_view text, std::size_t maxRows = kMaxRows);
    // YYYY-MM-DD HH:MM:SS with a space or a T, optionally with a fraction of a second and a Z.
    static bool parseTime(std::string_view text, TimeNs& out);
};

}  // namespace sluice::engine::anomaly
