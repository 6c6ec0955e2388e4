// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::logs {

enum class LogFormatKind { Combined, Common, Pattern, JsonLines };

// How the lines of an access log are written.
struct LogFormat {
    LogFormatKind kind = LogFormatKind::Combined;
    // Pattern: an nginx log_format string ("$remote_addr - $remote_user [$time_local] ...").
    std::string pattern;
    // JsonLines: the JSON field name of each variable, e.g. {"remote_addr", "client_ip"}; empty = every
    // variable under its own name ("remote_addr", "time_iso8601", "status", ...).
    std::vector<std::pair<std::string, std::string>> jsonFields;
};

// "combined" | "common" | "json" | "json:VARIABLE=FIELD,..." | a pattern containing '$'. Nullopt with `error`
// naming the problem.
std::optional<LogFormat> logFormatFromText(std::string_view text, std::string& error);

}  // namespace sluice::engine::logs
