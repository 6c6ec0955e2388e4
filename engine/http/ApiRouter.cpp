// SPDX-License-Identifier: Apache-2.0
#include "http/ApiRouter.h"

#include "http/MetricsText.h"

namespace sluice::engine::http {

namespace {

HttpResponse plain(int status, std::string body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.body += '\n';
    return r;
}

}  // namespace

ApiRouter::ApiRouter(const TokenVerifier& verifier, Routes routes) : m_verifier(verifier), m_routes(std::move(routes))
{
}

bool ApiRouter::authorized(const HttpRequest& request, TokenScope needed, Responder& responder, std::string& name)
{
    const TokenCheck check = m_verifier.check(request.header("Authorization"), needed, name);
    if (check == TokenCheck::Accepted) {
        return true;
    }
    m_unauthorized.fetch_add(1, std::memory_order_relaxed);
    if (check == TokenCheck::Forbidden) {
        responder.send(plain(403, "this token's scope does not allow " + std::string(request.path)));
        return false;
    }
    HttpResponse r = plain(401, check == TokenCheck::Missing ? "a bearer token is required" : "invalid token");
    r.headers.emplace_back("WWW-Authenticate", "Bearer");
    responder.send(std::move(r));
    return false;
}

void ApiRouter::handle(const HttpRequest& request, Responder responder, std::size_t lane)
{
    if (m_routes.endpoint && m_routes.endpoint(request, responder, lane)) {
        return;
    }
    if (request.path == "/metrics" && m_routes.metrics) {
        if (request.method != "GET" && request.method != "HEAD") {
            HttpResponse r = plain(405, "use GET");
            r.headers.emplace_back("Allow", "GET, HEAD");
            responder.send(std::move(r));
            return;
        }
        std::string name;
        if (!authorized(request, TokenScope::Read, responder, name)) {
            return;
        }
        HttpResponse r;
        {
            std::lock_guard lock(m_oneAtATime);
            r.body = m_routes.metrics();
        }
        r.contentType = kMetricsContentType;
        responder.send(std::move(r));
        return;
    }
    if (request.path.starts_with("/api/") && m_routes.admin != nullptr) {
        handleAdmin(request, std::move(responder));
        return;
    }
    responder.send(plain(404, "no such endpoint; see /v1/check, /metrics and /api/openapi.json"));
}

void ApiRouter::handleAdmin(const HttpRequest& request, Responder responder)
{
    bool pathKnown = false;
    const AdminRoute* route = AdminApi::match(request.method, request.path, pathKnown);
    if (route == nullptr) {
        if (!pathKnown) {
            responder.send(plain(404, "no such admin API route; see /api/openapi.json"));
            return;
        }
        std::string allowed;
        for (const AdminRoute& r : AdminApi::routes()) {
            bool known = false;
            if (AdminApi::match(r.method, request.path, known) == &r) {
                allowed += allowed.empty() ? "" : ", ";
                allowed += r.method;
            }
        }
        HttpResponse r = plain(405, "use " + allowed);
        r.headers.emplace_back("Allow", allowed);
        responder.send(std::move(r));
        return;
    }
    std::string actor;
    if (!authorized(request, route->scope, responder, actor)) {
        return;
    }
    std::lock_guard lock(m_oneAtATime);
    m_routes.admin->handle(*route, request, std::move(responder), actor);
}

Authorize authorizeWith(const TokenVerifier& verifier)
{
    return [&verifier](std::string_view token, Scope needed) {
        const TokenScope scope = needed == Scope::Check  ? TokenScope::Check
                                 : needed == Scope::Read ? TokenScope::Read
                                                         : TokenScope::Admin;
        return verifier.checkToken(token, scope) == TokenCheck::Accepted;
    };
}

}  // namespace sluice::engine::http
