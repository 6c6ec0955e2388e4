// SPDX-License-Identifier: Apache-2.0
#include "http/HttpServer.h"

#include "http/ServerLoop.h"

namespace sluice::engine::http {

std::unique_ptr<HttpServer> HttpServer::start(ServerOptions options, Handler handler, std::string& error)
{
    auto loop = std::make_unique<Loop>(std::move(options), std::move(handler));
    if (!loop->open(error)) {
        return nullptr;
    }
    loop->startThread();
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(loop)));
}

HttpServer::HttpServer(std::unique_ptr<Loop> loop) : m_loop(std::move(loop)) {}
HttpServer::~HttpServer() = default;
std::uint16_t HttpServer::port() const { return m_loop->port(); }
const std::string& HttpServer::address() const { return m_loop->address(); }
HttpServer::Counters HttpServer::counters() const { return m_loop->counters(); }

}  // namespace sluice::engine::http
