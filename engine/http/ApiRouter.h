// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/AdminApi.h"
#include "http/Authorization.h"
#include "http/HttpServer.h"
#include "http/TokenVerifier.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace sluice::engine::http {

// The HTTP API's front door: every request needs a bearer token whose scope allows its path.
//   /v1/check  scope check (or admin): the check endpoint, which asks authorizeWith() itself
//   /metrics   scope read (or admin): the Prometheus text
//   /api/...   the admin API (http/AdminApi): reads need scope read, changes scope admin
// A missing or wrong token gets 401 (with WWW-Authenticate: Bearer), a token of another scope 403, an unknown
// path 404; each refusal is counted. Runs on the server's threads; the verifier never touches the database. With
// several loops, checks go to the endpoint's lane of the loop they came on, while /metrics and the admin API,
// which are rare, are answered one request at a time whatever loop they came on.
class ApiRouter final {
public:
    struct Routes {
        // Answers the requests it takes (true), such as CheckEndpoint::handle, on the lane given; empty = none.
        std::function<bool(const HttpRequest&, Responder&, std::size_t lane)> endpoint;
        std::function<std::string()> metrics;  // the /metrics text; empty = 404
        AdminApi* admin = nullptr;             // the admin API below /api/; null = 404
    };
    ApiRouter(const TokenVerifier& verifier, Routes routes);

    // On the server's loop number `lane`.
    void handle(const HttpRequest& request, Responder responder, std::size_t lane = 0);
    // /metrics and /api requests refused for their token (401 and 403) since the start.
    std::uint64_t unauthorized() const { return m_unauthorized.load(std::memory_order_relaxed); }

private:
    bool authorized(const HttpRequest& request, TokenScope needed, Responder& responder, std::string& name);
    void handleAdmin(const HttpRequest& request, Responder responder);

    const TokenVerifier& m_verifier;
    Routes m_routes;
    std::mutex m_oneAtATime;  // the metrics callback and the admin API keep state of their own
    std::atomic<std::uint64_t> m_unauthorized{0};
};

// The check endpoint's question "does this token allow that?", answered by `verifier` (which must outlive it).
Authorize authorizeWith(const TokenVerifier& verifier);

}  // namespace sluice::engine::http
