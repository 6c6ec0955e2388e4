// SPDX-License-Identifier: Apache-2.0
#include "http/HttpCounters.h"

#include "http/HttpServer.h"

namespace sluice::engine::http {

HttpCounters httpCountersOf(const HttpServer::Counters& server, std::uint64_t unauthorized)
{
    HttpCounters c;
    c.requests = server.requests;
    for (std::size_t i = 0; i < c.byStatusClass.size(); ++i) {
        c.byStatusClass[i] = server.byStatus[i];
    }
    c.byCode = server.byCode;
    c.malformed = server.malformed;
    c.timedOut = server.timedOut;
    c.refused = server.refused;
    c.unauthorized = unauthorized;
    c.latencyBoundsSec.assign(HttpServer::kLatencyBoundsSec.begin(), HttpServer::kLatencyBoundsSec.end());
    c.latencyCounts.assign(server.latencyBuckets.begin(), server.latencyBuckets.end());
    c.latencySumSec = server.latencySumSec;
    return c;
}

}  // namespace sluice::engine::http
