// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Clock.h"
#include "http/HttpMessage.h"
#include "http/Responder.h"
#include "http/TokenScope.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace sluice::engine {
class EngineRuntime;
}

namespace sluice::engine::http {

// One route of the admin API: a method and a path below /api/, whose last segment may be a parameter ("{key}").
struct AdminRoute {
    std::string_view method;
    std::string_view path;
    TokenScope scope;  // read for GET, admin for a change
};

// The admin API (the operations the console performs, for scripts): JSON in and out, below /api/ on the check
// API's server. Reads need a token of scope read, changes one of scope admin; every change is an admin command
// of the engine, written durably and audited with the token's name as the actor. Validation errors are 400 with
// the JSON path of the field ("tier: ..."). /api/openapi.json describes every route (resources/api/openapi.json).
class AdminApi final {
public:
    // Told of every change the API made, once it is applied (on the engine's or the store's thread), with the
    // token's name: a fleet shares it with the other engines.
    using Applied = std::function<void(const Command& command, const std::string& actor)>;
    AdminApi(EngineRuntime& runtime, const Clock& clock, Applied applied = {});

    static std::span<const AdminRoute> routes();
    // The route `method` and `path` ask for; null when none (`pathKnown`: the path exists with other methods).
    static const AdminRoute* match(std::string_view method, std::string_view path, bool& pathKnown);

    // Answers a request the router matched and authorized; `actor` is the token's name.
    void handle(const AdminRoute& route, const HttpRequest& request, Responder responder, const std::string& actor);

private:
    // Each takes the responder over only once the request is valid: a JsonRead::Error thrown before that is
    // answered 400 by handle().
    void throttleStatus(Responder& responder);
    void setOverride(const HttpRequest& request, Responder& responder, const std::string& actor);
    void clearOverride(const HttpRequest& request, Responder& responder, const std::string& actor);
    void vipTiers(Responder& responder);
    void vipList(const HttpRequest& request, Responder& responder);
    void assignVip(std::string key, const HttpRequest& request, Responder& responder, const std::string& actor);
    void revokeVip(std::string key, Responder& responder, const std::string& actor);

    // Sends the command; answers 200 with `done` once it is durable and applied (and tells m_applied), 422 with the
    // engine's sentence when it is refused.
    void send(Command command, AdminContext context, Responder& responder, nlohmann::json done);

    EngineRuntime& m_runtime;
    const Clock& m_clock;
    Applied m_applied;
};

}  // namespace sluice::engine::http
