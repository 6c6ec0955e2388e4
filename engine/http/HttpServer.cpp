// SPDX-License-Identifier: Apache-2.0
#include "http/HttpServer.h"

#include "http/ServerLoop.h"

namespace sluice::engine::http {

std::unique_ptr<HttpServer> HttpServer::start(ServerOptions options, Handler handler, std::string& error)
{
    const auto roundDone = options.roundDone;
    return start(
        std::move(options),
        [&](std::size_t) {
            return LoopParts{handler, roundDone};
        },
        error);
}

std::unique_ptr<HttpServer> HttpServer::start(ServerOptions options, const LoopFactory& parts, std::string& error)
{
    const std::size_t count = std::max<std::size_t>(1, options.loops);
    const bool sharePort = count > 1;
    auto allOpen = std::make_shared<std::atomic<std::size_t>>(0);
    if (sharePort && !loop::portFree(options.address, options.port, error)) {
        return nullptr;  // another process listens there: refuse as one loop would, not share the port with it
    }
    std::vector<std::unique_ptr<Loop>> loops;
    for (std::size_t i = 0; i < count; ++i) {
        LoopParts made = parts(i);
        ServerOptions own = options;
        own.roundDone = std::move(made.roundDone);
        if (i > 0) {
            own.port = loops.front()->port();  // 0 asked for any free port: the others join the one it got
        }
        auto loop = std::make_unique<Loop>(std::move(own), std::move(made.handler), allOpen);
        if (!loop->open(sharePort, error)) {
            return nullptr;
        }
        loops.push_back(std::move(loop));
    }
    for (auto& loop : loops) {
        loop->startThread();
    }
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(loops)));
}

HttpServer::HttpServer(std::vector<std::unique_ptr<Loop>> loops) : m_loops(std::move(loops)) {}
HttpServer::~HttpServer() { stop(); }

void HttpServer::stop()
{
    // Every loop ends before any goes: a loop still answering may ask for the server's counters, which read them all.
    for (auto& loop : m_loops) {
        loop->requestStop();
    }
    for (auto& loop : m_loops) {
        loop->join();
    }
}
std::uint16_t HttpServer::port() const { return m_loops.front()->port(); }
const std::string& HttpServer::address() const { return m_loops.front()->address(); }

HttpServer::Counters HttpServer::counters() const
{
    Counters sum = m_loops.front()->counters();
    for (std::size_t i = 1; i < m_loops.size(); ++i) {
        const Counters c = m_loops[i]->counters();
        sum.requests += c.requests;
        for (std::size_t s = 0; s < std::size(sum.byStatus); ++s) {
            sum.byStatus[s] += c.byStatus[s];
        }
        for (const auto& [code, n] : c.byCode) {
            sum.byCode[code] += n;
        }
        sum.malformed += c.malformed;
        sum.timedOut += c.timedOut;
        sum.refused += c.refused;
        sum.connectionsOpen += c.connectionsOpen;
        sum.connectionsAccepted += c.connectionsAccepted;
        for (std::size_t b = 0; b < sum.latencyBuckets.size(); ++b) {
            sum.latencyBuckets[b] += c.latencyBuckets[b];
        }
        sum.latencySumSec += c.latencySumSec;
    }
    return sum;
}

}  // namespace sluice::engine::http
