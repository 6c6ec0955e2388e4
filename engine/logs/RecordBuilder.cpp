// SPDX-License-Identifier: Apache-2.0
#include "logs/RecordBuilder.h"

#include "core/EngineText.h"

#include <charconv>

namespace sluice::engine::logs {

namespace {

// nginx and Apache write "-" for a value they do not have.
std::string_view orEmpty(std::string_view v) { return v == "-" ? std::string_view() : v; }

bool wholeNumber(std::string_view v, std::uint64_t& out)
{
    if (v.empty() || v.size() > 19) {
        return false;
    }
    std::uint64_t n = 0;
    for (const char c : v) {
        const unsigned d = static_cast<unsigned char>(c) - unsigned{'0'};
        if (d > 9) {
            return false;
        }
        n = n * 10 + d;
    }
    out = n;
    return true;
}

// "0.123", or the first of "0.012, 0.003" (one per upstream tried); -1 for "-".
bool seconds(std::string_view v, double& out)
{
    if (v == "-" || v.empty()) {
        out = -1;
        return true;
    }
    const auto end = v.find_first_of(", :");
    if (end != std::string_view::npos) {
        v = v.substr(0, end);
    }
    double d = 0;
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (ec != std::errc() || ptr != v.data() + v.size() || !(d >= 0)) {
        return false;
    }
    out = d;
    return true;
}

}  // namespace

LogVariable logVariableNamed(std::string_view name)
{
    struct Entry {
        std::string_view name;
        LogVariable variable;
    };
    static constexpr Entry kNames[] = {
        {"remote_addr", LogVariable::RemoteAddr},
        {"remote_user", LogVariable::RemoteUser},
        {"time_local", LogVariable::TimeLocal},
        {"time_iso8601", LogVariable::TimeIso8601},
        {"msec", LogVariable::Msec},
        {"request", LogVariable::Request},
        {"request_method", LogVariable::RequestMethod},
        {"request_uri", LogVariable::RequestUri},
        {"uri", LogVariable::Uri},
        {"status", LogVariable::Status},
        {"body_bytes_sent", LogVariable::BodyBytesSent},
        {"bytes_sent", LogVariable::BytesSent},
        {"http_referer", LogVariable::HttpReferer},
        {"http_user_agent", LogVariable::HttpUserAgent},
        {"request_time", LogVariable::RequestTime},
        {"upstream_response_time", LogVariable::UpstreamResponseTime},
        {"http_x_forwarded_for", LogVariable::HttpXForwardedFor},
    };
    for (const Entry& e : kNames) {
        if (e.name == name) {
            return e.variable;
        }
    }
    if (name.size() > 5 && name.substr(0, 5) == "http_") {
        return LogVariable::HttpHeader;
    }
    return LogVariable::Skip;
}

RecordBuilder::RecordBuilder(std::size_t headerCapacity) { m_headers.reserve(headerCapacity); }

void RecordBuilder::begin(LogRecord& record)
{
    record = LogRecord{};
    m_record = &record;
    m_headers.clear();
    m_hasTime = false;
    m_hasRequestTime = false;
}

std::string_view RecordBuilder::set(LogVariable variable, std::string_view headerName, std::string_view value)
{
    LogRecord& r = *m_record;
    switch (variable) {
    case LogVariable::Skip:
        return {};
    case LogVariable::RemoteAddr:
        r.remoteAddr = orEmpty(value);
        return {};
    case LogVariable::RemoteUser:
        r.remoteUser = orEmpty(value);
        return {};
    case LogVariable::TimeLocal:
        m_hasTime = true;
        return m_time.parseLocal(value, r.time) ? std::string_view() : sourceOf(Text::LogBadTime);
    case LogVariable::TimeIso8601:
        m_hasTime = true;
        return m_time.parseIso8601(value, r.time) ? std::string_view() : sourceOf(Text::LogBadTime);
    case LogVariable::Msec:
        m_hasTime = true;
        return LogTime::parseEpochSeconds(value, r.time) ? std::string_view() : sourceOf(Text::LogBadTime);
    case LogVariable::Request:
        return setRequest(value);
    case LogVariable::RequestMethod:
        r.method = orEmpty(value);
        return {};
    case LogVariable::RequestUri:
        setTarget(orEmpty(value));
        return {};
    case LogVariable::Uri:
        if (r.target.empty()) {
            r.target = orEmpty(value);
        }
        r.path = orEmpty(value);
        return {};
    case LogVariable::Status: {
        std::uint64_t s = 0;
        if (!wholeNumber(value, s) || value.size() != 3) {
            return sourceOf(Text::LogBadStatus);
        }
        r.status = static_cast<int>(s);
        return {};
    }
    case LogVariable::BodyBytesSent:
    case LogVariable::BytesSent:
        if (value == "-") {
            r.bytes = 0;
            return {};
        }
        return wholeNumber(value, r.bytes) ? std::string_view() : sourceOf(Text::LogBadNumber);
    case LogVariable::HttpReferer:
        r.referer = orEmpty(value);
        return {};
    case LogVariable::HttpUserAgent:
        r.userAgent = orEmpty(value);
        return {};
    case LogVariable::RequestTime:
        m_hasRequestTime = true;
        return seconds(value, r.requestTimeSec) ? std::string_view() : sourceOf(Text::LogBadNumber);
    case LogVariable::UpstreamResponseTime:
        if (m_hasRequestTime) {
            return {};
        }
        return seconds(value, r.requestTimeSec) ? std::string_view() : sourceOf(Text::LogBadNumber);
    case LogVariable::HttpXForwardedFor:
        r.xForwardedFor = orEmpty(value);
        return {};
    case LogVariable::HttpHeader:
        if (m_headers.size() < m_headers.capacity()) {
            m_headers.emplace_back(headerName, orEmpty(value));
        }
        return {};
    }
    return {};
}

std::string_view RecordBuilder::setRequest(std::string_view value)
{
    LogRecord& r = *m_record;
    if (value == "-" || value.empty()) {
        return {};
    }
    // "GET /path?query HTTP/1.1"; a request line that is not one (a TLS hello sent to a plain port) is still
    // a request of its client, with no path.
    const std::size_t sp1 = value.find(' ');
    if (sp1 == std::string_view::npos) {
        return {};
    }
    r.method = value.substr(0, sp1);
    std::string_view rest = value.substr(sp1 + 1);
    const std::size_t sp2 = rest.rfind(' ');
    if (sp2 != std::string_view::npos && rest.substr(sp2 + 1).starts_with("HTTP/")) {
        r.protocol = rest.substr(sp2 + 1);
        rest = rest.substr(0, sp2);
    }
    setTarget(rest);
    return {};
}

void RecordBuilder::setTarget(std::string_view target)
{
    LogRecord& r = *m_record;
    r.target = target;
    const std::size_t q = target.find('?');
    r.path = q == std::string_view::npos ? target : target.substr(0, q);
}

std::string_view RecordBuilder::finish()
{
    m_record->headers = m_headers;
    return m_hasTime ? std::string_view() : sourceOf(Text::LogNoTime);
}

}  // namespace sluice::engine::logs
