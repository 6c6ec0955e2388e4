// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Clock.h"
#include "core/FleetView.h"
#include "http/CheckEndpoint.h"
#include "http/HttpServer.h"
#include "http/MetricsText.h"
#include "limiter/Policy.h"
#include "traffic/SourceState.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sluice::engine {
class EngineRuntime;
}

namespace sluice::engine::http {

class AdminApi;
class ApiRouter;
class TokenStore;
class TokenVerifier;

// Whether `address` is an IPv4 or IPv6 literal, the only addresses the server binds.
bool isIpAddress(const std::string& address);
// Whether the IP literal `address` names this machine only (127.0.0.0/8, ::1); false for 0.0.0.0 and ::.
bool isLoopbackAddress(const std::string& address);

struct CheckServiceOptions {
    std::string databasePath;  // where the API tokens are (TokenStore)
    std::string address = "127.0.0.1";
    std::uint16_t port = 9090;  // 0 = any free port (port() says which)
    // Event loops reading and answering requests, one thread each (ServerOptions::loops): the check API's
    // throughput is the kernel's socket work, which more loops spread over more cores.
    std::size_t httpLoops = 1;
    std::vector<std::string> keyHeaders;  // empty = the check endpoint's defaults
    std::vector<Policy> policies;         // for RateLimit-Policy; empty = the engine's, asked when starting
    // The /metrics text, called on the server's thread with the HTTP part (counters and the listener as a
    // source) filled in; the owner adds the snapshot and its own sources and renders it (metricsText). Empty =
    // /metrics answers 404.
    std::function<std::string(MetricsInput& input)> metrics;
    // Told of each change the admin API made, once applied (http/AdminApi::Applied); empty = nobody.
    // Called with the change's id in the fleet's change log, from any thread, when it has been shared.
    std::function<void(const Command& command, const std::string& actor, std::function<void(std::string)> shared)>
        adminApplied;
    // The engines of this server's fleet for GET /api/fleet (redis/FleetRoster); empty = the route answers 503.
    std::function<std::vector<FleetEntry>()> fleet;
    // Asks another engine of the fleet to make a change to its own alerts or inbox (http/AdminApi::Forward), and
    // this engine's id in the fleet; empty = an `engine` parameter naming another engine is answered 404.
    std::function<void(const std::string& engine, Command command, const std::string& actor,
                       std::function<void(std::string)> shared)>
        forward;
    std::string fleetEngine;
};

// What reloadTokensIfChanged() found, so the owner can say it in its own words.
struct TokenReload {
    bool changed = false;      // the table was read again
    std::size_t previous = 0;  // valid tokens before
    std::size_t valid = 0;     // valid tokens now
    std::string error;         // the table could not be read (English); the tokens before stay in force
};

// Why start() failed: the token store could not be opened, or the address could not be bound (in use, not
// an IP address, not allowed). `message` is English, for logs.
struct CheckServiceError {
    enum class Stage { Tokens, Listen };
    Stage stage = Stage::Listen;
    std::string message;
};

// The HTTP check API as one piece: the API tokens (read from the database, kept in memory), `/v1/check`
// deciding through the engine, `/metrics`, behind the bearer-token router, on an HttpServer. `sluice serve`
// runs one, and so does the console while its listener is switched on.
//
// start() opens the token store, loads the tokens and binds the address; it may wait on the disk and on the engine (for
// its policies), so a console calls it off its UI thread. The runtime must outlive the service. reloadTokensIfChanged()
// touches the database: call it from one thread at a time (the owner's, not the server's), about once a second. The
// counters and sourceState() may be read from any thread while the service runs; stop() and the destructor must not run
// at the same time as any other call.
class CheckService final {
public:
    static std::unique_ptr<CheckService> start(EngineRuntime& runtime, const Clock& clock, CheckServiceOptions options,
                                               CheckServiceError& error);
    ~CheckService();  // stop()
    CheckService(const CheckService&) = delete;
    CheckService& operator=(const CheckService&) = delete;

    // Closes the port and every connection, then lets go of the engine: checks already handed over are still
    // decided (their answers are dropped). Idempotent; afterwards the counters read zero.
    void stop();
    bool running() const { return m_http != nullptr; }

    // Picks up tokens created or revoked since the last call (by `sluice token create --db`, another
    // connection): cheap when nothing changed.
    TokenReload reloadTokensIfChanged();
    // The tokens loaded by start(), before the port opened.
    const TokenReload& tokensAtStart() const { return m_tokensAtStart; }
    std::size_t validTokens() const;

    const std::string& address() const { return m_address; }
    std::uint16_t port() const { return m_port; }
    std::size_t httpLoops() const { return m_http ? m_http->loops() : 0; }
    // Whether clients on other machines can reach it (bound to anything but 127.0.0.0/8 or ::1).
    bool beyondLoopback() const { return !isLoopbackAddress(m_address); }
    CheckEndpoint::Counters counters() const;
    HttpCounters httpCounters() const;
    // The listener as a traffic source: requests read, handed over, rejected.
    SourceState sourceState() const;

private:
    CheckService(EngineRuntime& runtime, const Clock& clock, CheckServiceOptions options);
    bool open(CheckServiceError& error);
    std::string metrics();

    EngineRuntime& m_runtime;
    const Clock& m_clock;
    CheckServiceOptions m_options;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<TokenVerifier> m_verifier;
    std::unique_ptr<CheckEndpoint> m_check;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<HttpServer> m_http;
    std::string m_address;
    std::uint16_t m_port = 0;
    TokenReload m_tokensAtStart;
};

}  // namespace sluice::engine::http
