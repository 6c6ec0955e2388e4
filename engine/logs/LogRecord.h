// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

namespace sluice::engine::logs {

// One parsed access log line. The views point into the line (or the parser's scratch memory) and stay valid
// until the parser's next parse.
struct LogRecord {
    std::string_view remoteAddr, remoteUser, method, target /*path?query*/, path /*without query*/, protocol, referer,
        userAgent, xForwardedFor;
    TimeNs time = 0;  // from the line ($time_local, $time_iso8601, $msec); UTC ns
    int status = 0;
    std::uint64_t bytes = 0;
    double requestTimeSec = -1;  // $request_time / $upstream_response_time; -1 when absent
    // Further $http_<name> variables the format captured (header fields): name without "http_", lower-case.
    std::span<const std::pair<std::string_view, std::string_view>> headers;
};

}  // namespace sluice::engine::logs
