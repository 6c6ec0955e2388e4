// SPDX-License-Identifier: Apache-2.0
#include "http/CheckService.h"

#include "http/ApiRouter.h"
#include "http/TokenStore.h"
#include "http/TokenVerifier.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <future>

namespace sluice::engine::http {

bool isIpAddress(const std::string& address)
{
    in6_addr any{};
    return inet_pton(AF_INET, address.c_str(), &any) == 1 || inet_pton(AF_INET6, address.c_str(), &any) == 1;
}

bool isLoopbackAddress(const std::string& address)
{
    in_addr v4{};
    if (inet_pton(AF_INET, address.c_str(), &v4) == 1) {
        return (ntohl(v4.s_addr) >> 24) == 127;
    }
    in6_addr v6{};
    return inet_pton(AF_INET6, address.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

CheckService::CheckService(EngineRuntime& runtime, const Clock& clock, CheckServiceOptions options)
    : m_runtime(runtime), m_clock(clock), m_options(std::move(options)), m_verifier(std::make_unique<TokenVerifier>())
{
}

CheckService::~CheckService() { stop(); }

std::unique_ptr<CheckService> CheckService::start(EngineRuntime& runtime, const Clock& clock,
                                                  CheckServiceOptions options, CheckServiceError& error)
{
    std::unique_ptr<CheckService> service(new CheckService(runtime, clock, std::move(options)));
    if (!service->open(error)) {
        return nullptr;
    }
    return service;
}

bool CheckService::open(CheckServiceError& error)
{
    error.stage = CheckServiceError::Stage::Tokens;
    m_tokens = TokenStore::open(m_options.databasePath, error.message);
    if (!m_tokens) {
        return false;
    }
    m_tokensAtStart = reloadTokensIfChanged();  // before the port opens, so no request meets an empty table
    CheckOptions check;
    if (!m_options.keyHeaders.empty()) {
        check.keys.headers = m_options.keyHeaders;
    }
    if (m_options.policies.empty()) {
        auto policies = std::make_shared<std::promise<std::vector<Policy>>>();
        auto answer = policies->get_future();
        m_runtime.post([policies](const EngineShards& e) { policies->set_value(e.config().policies); });
        check.policies = answer.get();
    } else {
        check.policies = m_options.policies;
    }
    const std::size_t loops = std::max<std::size_t>(1, m_options.httpLoops);
    m_check = std::make_unique<CheckEndpoint>(m_runtime, m_clock, std::move(check), authorizeWith(*m_verifier), loops);
    ApiRouter::Routes routes;
    routes.endpoint = [this](const HttpRequest& r, Responder& responder, std::size_t lane) {
        return m_check->handle(r, responder, lane);
    };
    if (m_options.metrics) {
        routes.metrics = [this] { return metrics(); };
    }
    m_admin = std::make_unique<AdminApi>(
        m_runtime, m_clock, m_options.databasePath,
        AdminApi::FleetHooks{m_options.adminApplied, m_options.fleet, m_options.forward, m_options.fleetEngine});
    routes.admin = m_admin.get();
    m_router = std::make_unique<ApiRouter>(*m_verifier, std::move(routes));
    ServerOptions server;
    server.address = m_options.address;
    server.port = m_options.port;
    server.loops = loops;
    error.stage = CheckServiceError::Stage::Listen;
    m_http = HttpServer::start(
        server,
        [this](std::size_t lane) {
            return LoopParts{[this, lane](const HttpRequest& request, Responder responder) {
                                 m_router->handle(request, std::move(responder), lane);
                             },
                             m_check->roundDone(lane)};
        },
        error.message);
    if (!m_http) {
        return false;
    }
    m_address = m_http->address();
    m_port = m_http->port();
    return true;
}

void CheckService::stop()
{
    if (m_http) {
        m_http->stop();  // every loop ends first: a /metrics request on one reads the server
    }
    m_http.reset();   // no new requests; connections close
    m_check.reset();  // checks already handed over are decided by the engine all the same
    m_router.reset();
    m_admin.reset();
}

TokenReload CheckService::reloadTokensIfChanged()
{
    TokenReload reload;
    reload.previous = m_verifier->size();
    reload.valid = reload.previous;
    if (!m_tokens || !m_tokens->changed()) {
        return reload;
    }
    std::vector<TokenEntry> tokens;
    if (auto problem = m_tokens->loadValid(tokens)) {
        reload.error = problem->message;
        return reload;
    }
    reload.changed = true;
    reload.valid = tokens.size();
    m_verifier->replace(std::move(tokens));
    return reload;
}

std::size_t CheckService::validTokens() const { return m_verifier->size(); }

CheckEndpoint::Counters CheckService::counters() const
{
    return m_check ? m_check->counters() : CheckEndpoint::Counters{};
}

HttpCounters CheckService::httpCounters() const
{
    if (!m_http) {
        return {};
    }
    return httpCountersOf(m_http->counters(), m_router->unauthorized() + m_check->counters().unauthorized);
}

SourceState CheckService::sourceState() const
{
    if (!m_http) {
        SourceState stopped;
        stopped.kind = SourceKind::HttpListener;
        stopped.name = m_address + ":" + std::to_string(m_port);
        stopped.id = "http:" + stopped.name;
        return stopped;
    }
    return m_check->sourceState(*m_http);
}

std::string CheckService::metrics()
{
    const HttpCounters http = httpCounters();
    const std::vector<SourceState> sources{sourceState()};
    MetricsInput input;
    input.http = &http;
    input.sources = sources;
    return m_options.metrics(input);
}

}  // namespace sluice::engine::http
