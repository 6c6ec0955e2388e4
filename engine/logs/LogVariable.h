// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string_view>

namespace sluice::engine::logs {

// The nginx log_format variables Sluice reads; any other variable is a field it skips.
enum class LogVariable : std::uint8_t {
    Skip,
    RemoteAddr,
    RemoteUser,
    TimeLocal,
    TimeIso8601,
    Msec,
    Request,
    RequestMethod,
    RequestUri,
    Uri,
    Status,
    BodyBytesSent,
    BytesSent,
    HttpReferer,
    HttpUserAgent,
    RequestTime,
    UpstreamResponseTime,
    HttpXForwardedFor,
    HttpHeader,  // any other $http_<name>
};

// The variable for a name without its '$' ("remote_addr"); Skip when Sluice does not read it.
LogVariable logVariableNamed(std::string_view name);

inline bool isTimeVariable(LogVariable v)
{
    return v == LogVariable::TimeLocal || v == LogVariable::TimeIso8601 || v == LogVariable::Msec;
}

}  // namespace sluice::engine::logs
