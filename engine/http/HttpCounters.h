// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpServer.h"

#include <array>
#include <cstdint>
#include <map>
#include <vector>

namespace sluice::engine::http {

// What the HTTP listener counted since it started, as /metrics shows it.
struct HttpCounters {
    std::uint64_t requests = 0;
    std::array<std::uint64_t, 6> byStatusClass{};  // [status / 100]: [2] = 2xx, ...; [0] anything else
    std::map<int, std::uint64_t> byCode;           // each status answered; when empty, /metrics shows the classes
    std::uint64_t malformed = 0;                   // answered 400, 413 or 431 before reaching a handler
    std::uint64_t timedOut = 0;                    // connections closed by the read or idle timeout
    std::uint64_t refused = 0;                     // connections refused at the connection limit
    std::uint64_t unauthorized = 0;                // missing, wrong or revoked tokens (401) and scope refusals (403)
    // Request duration, request read to response queued: counts per bucket (not cumulative); the last
    // bucket, one past latencyBoundsSec, is +Inf.
    std::vector<double> latencyBoundsSec;
    std::vector<std::uint64_t> latencyCounts;
    double latencySumSec = 0;
};

// The server's own counters in this shape; `unauthorized` comes from the ApiRouter.
HttpCounters httpCountersOf(const HttpServer::Counters& server, std::uint64_t unauthorized);

}  // namespace sluice::engine::http
