// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Time.h"
#include "store/StoreTypes.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine {

struct VipCsvRow {
    std::size_t line = 0;  // where the record starts in the file, 1-based
    std::string key;
    std::string tier;
    TimeNs expiresAt = 0;  // 0 = never
    std::string notes;
};

struct VipCsvError {
    std::size_t line = 0;
    int column = 0;  // 1-based; 0 when the whole record is wrong
    std::string reason;
    // "line 4, column 3 (expires): ..." as a person reads it.
    std::string message() const;
};

struct VipCsvParse {
    std::vector<VipCsvRow> rows;
    std::vector<VipCsvError> errors;  // in file order; any error rejects the whole file
};

// VIP assignments as CSV (RFC 4180): a header `key,tier,expires,notes`, then one record per assignment.
// `expires` is ISO 8601 (e.g. 2027-03-01T12:00:00Z; another offset is converted to UTC) or empty for never.
// Parsing checks the form of every record, and every field as text (core/TextCheck: valid UTF-8, no control
// characters, no white space around a key); whether the tiers exist and the expiries lie ahead is the engine's
// to check when the import is applied. Fields follow core/CsvCell's rule, so an exported file imports back to
// the same keys and notes. Memory stays a small multiple of the file: a record keeps at most one field more
// than a VIP file has, a field at most a few kilobytes, and a file at most kMaxRows assignments.
class VipCsv final {
public:
    static constexpr int kColumns = 4;
    static constexpr std::size_t kMaxErrors = 50;     // a file of garbage need not list every line
    static constexpr std::size_t kMaxRows = 100'000;  // assignments in one file; more is refused
    static constexpr std::size_t kMaxNotesBytes = 1000;

    // More than `maxRows` assignments are refused, naming the first line past the limit.
    static VipCsvParse parse(std::string_view text, std::size_t maxRows = kMaxRows);
    // CRLF line endings, fields quoted only where needed; assignments in the order given.
    static std::string write(const std::vector<store::VipAssignment>& assignments);
    // The one admin command that applies a parsed file.
    static cmd::ImportVip toCommand(const std::vector<VipCsvRow>& rows, const std::string& assignedBy);

    static std::string_view columnName(int column);  // 1-based
    static int columnOf(std::string_view name);      // 0 when unknown
    static std::optional<TimeNs> parseTime(std::string_view text);
    static std::string formatTime(TimeNs t);  // UTC, seconds, milliseconds only when not zero
};

}  // namespace sluice::engine
