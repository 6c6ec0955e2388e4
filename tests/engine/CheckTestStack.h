// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineTestSupport.h"
#include "http/CheckEndpoint.h"
#include "runtime/EngineRuntime.h"

#include <QTest>

#include <chrono>
#include <memory>
#include <string>

// The check API as a proxy meets it, for the check endpoint tests: a runtime without a database (60 a minute,
// burst 10; `login` 5 a minute, burst 2), the endpoint and a real server on a free loopback port. The one token
// it accepts is kCheckToken, with the check scope.
namespace sluice::engine::testing {

inline constexpr std::string_view kCheckToken = "check-token";

struct CheckTestSetup {
    std::size_t maxQueuedBatches = 64;
    std::chrono::milliseconds queueWait{1000};
    logs::RouteMap routes;
};

struct CheckTestStack {
    ManualClock clock{kT0};
    std::unique_ptr<EngineRuntime> runtime;
    std::unique_ptr<http::CheckEndpoint> endpoint;
    std::unique_ptr<http::HttpServer> server;

    explicit CheckTestStack(CheckTestSetup setup = {})
    {
        RuntimeOptions o;
        o.config = smallConfig();
        o.config.policies.push_back(Policy{"login", 5, kNsPerMin, 2});
        o.maxQueuedBatches = setup.maxQueuedBatches;
        std::string error;
        runtime = EngineRuntime::start(o, clock, {}, error);
        QVERIFY2(runtime != nullptr, error.c_str());
        http::CheckOptions options;
        options.policies = o.config.policies;
        options.queueWait = setup.queueWait;
        options.keys.headers = {"X-Forwarded-For", "X-User-Id", "X-Real-IP"};
        options.routes = std::move(setup.routes);
        endpoint =
            std::make_unique<http::CheckEndpoint>(*runtime, clock, options, [](std::string_view token, http::Scope s) {
                return token == kCheckToken && s == http::Scope::Check;
            });
        http::ServerOptions serverOptions;
        serverOptions.roundDone = endpoint->roundDone();
        server = http::HttpServer::start(serverOptions, endpoint->handler(), error);
        QVERIFY2(server != nullptr, error.c_str());
    }
    ~CheckTestStack()
    {
        server.reset();  // first the server, then the endpoint it calls, then the engine
        endpoint.reset();
        runtime.reset();
    }
    CheckTestStack(const CheckTestStack&) = delete;
    CheckTestStack& operator=(const CheckTestStack&) = delete;
};

}  // namespace sluice::engine::testing
