// SPDX-License-Identifier: Apache-2.0
#include "logs/KeySelector.h"

#include "core/EngineText.h"
#include "logs/Trim.h"

#include <re2/re2.h>

namespace sluice::engine::logs {

namespace {

// nginx names a header's variable in lower case with '_' for '-' ($http_x_real_ip for X-Real-IP).
std::string variableName(std::string_view header)
{
    std::string out(trimmed(header));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        } else if (c == '-') {
            c = '_';
        }
    }
    return out;
}

std::unique_ptr<re2::RE2> compiled(std::string_view pattern)
{
    re2::RE2::Options options;
    options.set_log_errors(false);
    return std::make_unique<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
}

}  // namespace

std::optional<KeySpec> keySpecFromText(std::string_view text, std::string& error)
{
    const std::string_view t = trimmed(text);
    KeySpec spec;
    if (t == "ip") {
        spec.kind = KeySpec::Kind::Ip;
    } else if (t == "xff-first") {
        spec.kind = KeySpec::Kind::ForwardedFirst;
    } else if (t == "xff-last") {
        spec.kind = KeySpec::Kind::ForwardedLast;
    } else if (t == "user") {
        spec.kind = KeySpec::Kind::User;
    } else if (t.starts_with("header:")) {
        spec.kind = KeySpec::Kind::Header;
        spec.argument = std::string(trimmed(t.substr(7)));
        if (spec.argument.empty()) {
            error = say(Text::LogKeyHeaderName);
            return std::nullopt;
        }
    } else if (t.starts_with("path:")) {
        spec.kind = KeySpec::Kind::PathCapture;
        spec.argument = std::string(t.substr(5));
        const auto re = compiled(spec.argument);
        if (!re->ok()) {
            error = say(Text::LogKeyRegexInvalid, {spec.argument, re->error()});
            return std::nullopt;
        }
        if (re->NumberOfCapturingGroups() < 1) {
            error = say(Text::LogKeyRegexNoGroup, {spec.argument});
            return std::nullopt;
        }
    } else {
        error = say(Text::LogKeyUnknown, {t});
        return std::nullopt;
    }
    return spec;
}

KeySelector::KeySelector(KeySpec spec) : m_spec(std::move(spec))
{
    if (m_spec.kind == KeySpec::Kind::Header) {
        m_headerName = variableName(m_spec.argument);
    } else if (m_spec.kind == KeySpec::Kind::PathCapture) {
        m_regex = compiled(m_spec.argument);
        if (!m_regex->ok() || m_regex->NumberOfCapturingGroups() < 1) {
            m_regex.reset();
        }
    }
}

KeySelector::~KeySelector() = default;
KeySelector::KeySelector(KeySelector&&) noexcept = default;
KeySelector& KeySelector::operator=(KeySelector&&) noexcept = default;

std::string_view KeySelector::keyOf(const LogRecord& record) const
{
    switch (m_spec.kind) {
    case KeySpec::Kind::Ip:
        return record.remoteAddr;
    case KeySpec::Kind::ForwardedFirst: {
        // Without the header the client spoke to the server directly.
        if (record.xForwardedFor.empty()) {
            return record.remoteAddr;
        }
        return trimmed(record.xForwardedFor.substr(0, record.xForwardedFor.find(',')));
    }
    case KeySpec::Kind::ForwardedLast: {
        if (record.xForwardedFor.empty()) {
            return record.remoteAddr;
        }
        const std::size_t comma = record.xForwardedFor.rfind(',');
        return trimmed(comma == std::string_view::npos ? record.xForwardedFor : record.xForwardedFor.substr(comma + 1));
    }
    case KeySpec::Kind::User:
        return record.remoteUser;
    case KeySpec::Kind::Header:
        for (const auto& [name, value] : record.headers) {
            if (name == m_headerName) {
                return value;
            }
        }
        if (m_headerName == "x_forwarded_for") {
            return record.xForwardedFor;
        }
        if (m_headerName == "user_agent") {
            return record.userAgent;
        }
        if (m_headerName == "referer") {
            return record.referer;
        }
        return {};
    case KeySpec::Kind::PathCapture: {
        if (!m_regex) {
            return {};
        }
        re2::StringPiece group;
        if (!re2::RE2::PartialMatch(re2::StringPiece(record.path.data(), record.path.size()), *m_regex, &group)) {
            return {};
        }
        return std::string_view(group.data(), group.size());
    }
    }
    return {};
}

}  // namespace sluice::engine::logs
