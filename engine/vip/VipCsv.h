// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Command.h"
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
// Parsing checks the form of every record; whether the tiers exist and the expiries lie ahead is the engine's
// to check when the import is applied.
class VipCsv final {
public:
    static constexpr int kColumns = 4;
    static constexpr std::size_t kMaxErrors = 50;  // a file of garbage need not list every line

    static VipCsvParse parse(std::string_view text);
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
