// SPDX-License-Identifier: Apache-2.0
#include "logs/LogFormat.h"

#include "core/EngineText.h"
#include "logs/LinePattern.h"
#include "logs/LogVariable.h"
#include "logs/Trim.h"

namespace sluice::engine::logs {

namespace {

// "remote_addr=client_ip,time_iso8601=ts"
bool readJsonFields(std::string_view text, LogFormat& format, std::string& error)
{
    bool hasTime = false;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view item = trimmed(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        const std::size_t eq = item.find('=');
        const std::string_view variable = trimmed(item.substr(0, eq));
        const std::string_view field = eq == std::string_view::npos ? variable : trimmed(item.substr(eq + 1));
        const LogVariable v = logVariableNamed(variable);
        if (variable.empty() || field.empty() || v == LogVariable::Skip) {
            error = say(Text::LogJsonFieldUnknown, {item});
            return false;
        }
        hasTime = hasTime || isTimeVariable(v);
        format.jsonFields.emplace_back(std::string(variable), std::string(field));
    }
    if (!hasTime) {
        error = say(Text::LogPatternNoTime);
        return false;
    }
    return true;
}

}  // namespace

std::optional<LogFormat> logFormatFromText(std::string_view text, std::string& error)
{
    const std::string_view t = trimmed(text);
    LogFormat format;
    if (t == "combined") {
        format.kind = LogFormatKind::Combined;
        return format;
    }
    if (t == "common") {
        format.kind = LogFormatKind::Common;
        return format;
    }
    if (t == "json") {
        format.kind = LogFormatKind::JsonLines;
        return format;
    }
    if (t.starts_with("json:")) {
        format.kind = LogFormatKind::JsonLines;
        if (!readJsonFields(t.substr(5), format, error)) {
            return std::nullopt;
        }
        return format;
    }
    if (t.find('$') != std::string_view::npos) {
        if (!LinePattern::compile(t, error)) {
            return std::nullopt;
        }
        format.kind = LogFormatKind::Pattern;
        format.pattern = std::string(t);
        return format;
    }
    error = say(Text::LogFormatUnknown, {t});
    return std::nullopt;
}

}  // namespace sluice::engine::logs
