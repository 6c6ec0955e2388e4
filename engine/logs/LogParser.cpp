// SPDX-License-Identifier: Apache-2.0
#include "logs/LogParser.h"

#include "core/EngineText.h"
#include "logs/JsonLineScanner.h"
#include "logs/LinePattern.h"

namespace sluice::engine::logs {

namespace {

// Apache writes the identd name between the address and the user where nginx writes "-": a skipped field
// reads both.
constexpr std::string_view kCommon =
    "$remote_addr $ident $remote_user [$time_local] \"$request\" $status $body_bytes_sent";
constexpr std::string_view kCombined = "$remote_addr $ident $remote_user [$time_local] \"$request\" $status "
                                       "$body_bytes_sent \"$http_referer\" \"$http_user_agent\"";

std::string_view patternOf(const LogFormat& format)
{
    switch (format.kind) {
    case LogFormatKind::Combined:
        return kCombined;
    case LogFormatKind::Common:
        return kCommon;
    case LogFormatKind::Pattern:
    case LogFormatKind::JsonLines:
        break;
    }
    return format.pattern;
}

}  // namespace

LogParser::LogParser(LogFormat format) : m_format(std::move(format))
{
    if (m_format.kind == LogFormatKind::JsonLines) {
        m_json = std::make_unique<JsonLineScanner>(m_format.jsonFields);
        return;
    }
    std::string error;
    if (auto compiled = LinePattern::compile(patternOf(m_format), error)) {
        m_pattern = std::make_unique<LinePattern>(std::move(*compiled));
    }
}

LogParser::~LogParser() = default;
LogParser::LogParser(LogParser&&) noexcept = default;
LogParser& LogParser::operator=(LogParser&&) noexcept = default;

std::string_view LogParser::parse(std::string_view line, LogRecord& out)
{
    if (m_json) {
        return m_json->parse(line, out);
    }
    if (m_pattern) {
        return m_pattern->parse(line, out);
    }
    out = LogRecord{};
    return sourceOf(Text::LogLineMismatch);
}

}  // namespace sluice::engine::logs
