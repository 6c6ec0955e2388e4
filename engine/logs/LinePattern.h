// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LogRecord.h"
#include "logs/LogVariable.h"
#include "logs/RecordBuilder.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::logs {

// An nginx log_format pattern compiled into text and variables: "$remote_addr - [$time_local] \"$request\"".
// A variable's value runs up to the text that follows it in the pattern (found with memchr-based search, so
// long fields cost little); the last variable takes the rest of the line. A quote escaped with a backslash
// inside a quoted value does not end it.
class LinePattern final {
public:
    // Nullopt with `error` when the pattern has no variable, two variables without text between them, or
    // no time ($time_local, $time_iso8601 or $msec).
    static std::optional<LinePattern> compile(std::string_view pattern, std::string& error);

    std::string_view parse(std::string_view line, LogRecord& out);

private:
    struct Field {
        LogVariable variable = LogVariable::Skip;
        std::string headerName;  // for $http_<name>: <name>
        std::string after;       // the text that ends the value; empty for the last field
    };

    LinePattern() : m_builder(0) {}

    std::string m_prefix;
    std::vector<Field> m_fields;
    RecordBuilder m_builder;
};

}  // namespace sluice::engine::logs
