// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "http/Authorization.h"
#include "http/CheckQuery.h"
#include "http/HttpServer.h"
#include "limiter/Policy.h"
#include "traffic/SourceState.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sluice::engine {
class EngineRuntime;
}

namespace sluice::engine::http {

struct CheckOptions {
    std::string path = "/v1/check";
    CheckKeySource keys;
    // Routes by the proxied request's path, for proxies that cannot name one (see CheckQuery); empty = none.
    logs::RouteMap routes;
    // The policies as configured ([0] the default): names and windows for RateLimit-Policy.
    std::vector<Policy> policies{Policy{}};
    int deniedStatus = 429;  // a request may ask for 403 instead with deny=403 (nginx auth_request)
    // How long gathered checks wait for room in the engine's queue before they are answered 503.
    std::chrono::milliseconds queueWait{1000};
    std::size_t maxBatch = 4096;
};

// `/v1/check`: a reverse proxy asks whether a request may pass. Any method (Envoy's ext_authz sends the original
// one; a body is read and ignored) and any path below it (Envoy appends the original path and query to its
// path_prefix; that query is the client's and is not read). Needs a bearer token with the check scope, in the
// Authorization field or, at the endpoint's own path, the access_token parameter (see checkToken); 401 with
// WWW-Authenticate otherwise. The checks that arrive in one round of the server's loop go to
// the engine as one RequestBatch, timed by the clock's now: decided on the loop itself when the engine is free
// (EngineRuntime::decideNow), else on the engine thread. Each is answered from the batch's `done`: 200 or 429 (or
// 403 when asked) with the RateLimit fields (see RateLimitFields.h).
// A server with several loops gives each its own lane (handle, flush, handler and roundDone take its number): a
// lane gathers the checks of its loop alone, so the loops share nothing but the engine and the counters.
// The endpoint must be destroyed after the server that calls it and before the runtime.
class CheckEndpoint final {
public:
    struct Counters {
        std::uint64_t checks = 0;     // read by the endpoint, understood or not
        std::uint64_t submitted = 0;  // handed to the engine
        std::uint64_t allowed = 0;
        std::uint64_t denied = 0;
        std::uint64_t unauthorized = 0;  // missing or wrong bearer token (401)
        std::uint64_t badRequests = 0;   // no key, a bad cost (400); unknown path or method
        std::uint64_t unavailable = 0;   // the engine had no room in time (503)
    };

    CheckEndpoint(EngineRuntime& runtime, const Clock& clock, CheckOptions options, Authorize authorize,
                  std::size_t lanes = 1);
    ~CheckEndpoint();
    CheckEndpoint(const CheckEndpoint&) = delete;
    CheckEndpoint& operator=(const CheckEndpoint&) = delete;

    // The lane's loop thread. False when the request is not for this endpoint's path (the responder is left
    // untouched).
    bool handle(const HttpRequest& request, Responder& responder, std::size_t lane = 0);
    // The lane's loop thread, as its roundDone: hands the checks gathered there to the engine.
    void flush(std::size_t lane = 0);

    // For a server that serves this endpoint alone: 404 for any other path.
    Handler handler(std::size_t lane = 0);
    std::function<void()> roundDone(std::size_t lane = 0);
    std::size_t lanes() const { return m_lanes.size(); }

    Counters counters() const;
    // The listener as a traffic source for the console: requests read, handed on and rejected.
    SourceState sourceState(const HttpServer& server) const;

private:
    struct Shared;
    struct Gathered;
    // What one loop's checks need while they are gathered: touched by that loop's thread alone.
    struct Lane {
        CheckQuery query;   // scratch
        std::string token;  // scratch
        std::shared_ptr<Gathered> gathering;
        std::deque<std::shared_ptr<Gathered>> waiting;  // no room in the engine's queue yet
    };
    void startGathering(Lane& lane);
    bool submit(std::shared_ptr<Gathered>& gathered);
    void answerUnavailable(Gathered& gathered);

    EngineRuntime& m_runtime;
    const Clock& m_clock;
    CheckOptions m_options;
    Authorize m_authorize;
    std::shared_ptr<Shared> m_shared;
    std::vector<Lane> m_lanes;
};

}  // namespace sluice::engine::http
