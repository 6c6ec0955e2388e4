// SPDX-License-Identifier: Apache-2.0
// The check API against a real engine: allowed then denied for one key with the RateLimit fields and
// Retry-After, other keys unaffected, the key from a header, route policies, a request that can never pass,
// the 400/401 cases, pipelined checks answered in order, and 503 when the engine cannot take them.
#include "CheckTestStack.h"
#include "HttpTestClient.h"

#include <QTest>

#include <chrono>
#include <future>
#include <memory>
#include <string>

using namespace sluice::engine;
using namespace sluice::engine::http;
using sluice::engine::testing::CheckTestStack;
using sluice::engine::testing::HttpTestClient;
using namespace std::chrono_literals;

namespace {

const std::string kBearer = "Authorization: Bearer check-token\r\n";

}  // namespace

class TestCheckEndpoint : public QObject {
    Q_OBJECT

private slots:
    void oneKeyIsAllowedThenDeniedWithTheRateLimitFields()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        for (int i = 0; i < 10; ++i) {
            QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice", kBearer)));
            const auto r = client.read();
            QVERIFY(r.has_value());
            QCOMPARE(r->status, 200);
            QCOMPARE(r->header("ratelimit-limit"), std::string("60"));
            QCOMPARE(r->header("ratelimit-remaining"), std::to_string(9 - i));
            QCOMPARE(r->header("ratelimit-policy"), std::string("\"default\";q=60;w=60"));
            QVERIFY(r->header("retry-after").empty());
            if (i == 0) {
                QCOMPARE(r->header("ratelimit-reset"), std::string("1"));
                QCOMPARE(r->header("ratelimit"), std::string("\"default\";r=9;t=1"));
            }
        }
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice", kBearer)));
        const auto denied = client.read();
        QVERIFY(denied.has_value());
        QCOMPARE(denied->status, 429);
        QCOMPARE(denied->header("retry-after"), std::string("1"));
        QCOMPARE(denied->header("ratelimit-remaining"), std::string("0"));
        QCOMPARE(denied->header("ratelimit-reset"), std::string("1"));
        QCOMPARE(denied->header("ratelimit"), std::string("\"default\";r=0;t=1"));

        // Another key is not touched by alice's limit.
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=bob", kBearer)));
        QCOMPARE(client.read()->status, 200);
        // Two seconds later alice has room for two again.
        service.clock.advance(2 * kNsPerSec);
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice", kBearer)));
        QCOMPARE(client.read()->status, 200);

        const CheckEndpoint::Counters c = service.endpoint->counters();
        QCOMPARE(c.allowed, std::uint64_t(12));
        QCOMPARE(c.denied, std::uint64_t(1));
        const SourceState state = service.endpoint->sourceState(*service.server);
        QCOMPARE(state.kind, SourceKind::HttpListener);
        QCOMPARE(state.name, "127.0.0.1:" + std::to_string(service.server->port()));
        QCOMPARE(state.read, std::uint64_t(13));
        QCOMPARE(state.requests, std::uint64_t(13));
        QCOMPARE(state.rejected, std::uint64_t(0));
    }

    void pipelinedChecksAreAnsweredInOrder()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        std::string pipeline;
        for (int i = 0; i < 12; ++i) {
            pipeline += HttpTestClient::get("/v1/check?key=carol", kBearer);
        }
        QVERIFY(client.send(pipeline));
        for (int i = 0; i < 12; ++i) {
            const auto r = client.read();
            QVERIFY(r.has_value());
            QCOMPARE(r->status, i < 10 ? 200 : 429);
        }
    }

    void theKeyComesFromAHeaderWhenTheQueryHasNone()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        // The first hop of X-Forwarded-For is the key; the proxy's own address behind it is not.
        for (int i = 0; i < 10; ++i) {
            QVERIFY(client.send(HttpTestClient::get("/v1/check", kBearer + "X-Forwarded-For: 10.0.0.1, 10.9.9.9\r\n")));
            QCOMPARE(client.read()->status, 200);
        }
        QVERIFY(client.send(HttpTestClient::get("/v1/check", kBearer + "X-Forwarded-For: 10.0.0.1\r\n")));
        QCOMPARE(client.read()->status, 429);
        QVERIFY(client.send(HttpTestClient::get("/v1/check", kBearer + "X-Forwarded-For: 10.9.9.9\r\n")));
        QCOMPARE(client.read()->status, 200);
        QVERIFY(client.send("POST /v1/check HTTP/1.1\r\nHost: t\r\n" + kBearer +
                            "X-User-Id: dave\r\nContent-Length: 0\r\n\r\n"));
        QCOMPARE(client.read()->status, 200);
    }

    void aRouteUsesItsOwnPolicyAndCost()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=erin&route=login&cost=2", kBearer)));
        const auto first = client.read();
        QCOMPARE(first->status, 200);
        QCOMPARE(first->header("ratelimit-policy"), std::string("\"login\";q=5;w=60"));
        QCOMPARE(first->header("ratelimit-remaining"), std::string("0"));
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=erin&route=login", kBearer)));
        const auto second = client.read();
        QCOMPARE(second->status, 429);
        QCOMPARE(second->header("retry-after"), std::string("12"));  // one request's worth: 60 s / 5
        // The default route of the same key is separate.
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=erin", kBearer)));
        QCOMPARE(client.read()->status, 200);
    }

    void aRequestThatCanNeverPassGets429WithoutRetryAfter()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=frank&cost=11", kBearer)));
        const auto r = client.read();
        QCOMPARE(r->status, 429);
        QVERIFY(r->header("retry-after").empty());
        QVERIFY(!r->header("ratelimit").empty());
        QVERIFY(!r->body.empty());
    }

    void aProxyCanAskFor403()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        for (int i = 0; i < 10; ++i) {
            QVERIFY(client.send(HttpTestClient::get("/v1/check?key=gina&deny=403", kBearer)));
            QCOMPARE(client.read()->status, 200);
        }
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=gina&deny=403", kBearer)));
        const auto r = client.read();
        QCOMPARE(r->status, 403);
        QCOMPARE(r->header("retry-after"), std::string("1"));
    }

    void withoutTheRightTokenTheAnswerIs401()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=h")));
        auto r = client.read();
        QCOMPARE(r->status, 401);
        QCOMPARE(r->header("www-authenticate"), std::string("Bearer realm=\"sluice\""));
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=h", "Authorization: Bearer wrong\r\n")));
        r = client.read();
        QCOMPARE(r->status, 401);
        QCOMPARE(r->header("www-authenticate"), std::string("Bearer realm=\"sluice\", error=\"invalid_token\""));
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=h", "Authorization: Basic Y2hlY2stdG9rZW4=\r\n")));
        QCOMPARE(client.read()->status, 401);
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=h", "authorization: bearer check-token\r\n")));
        QCOMPARE(client.read()->status, 200);
        QCOMPARE(service.endpoint->counters().unauthorized, std::uint64_t(3));
        QCOMPARE(service.endpoint->counters().submitted, std::uint64_t(1));
    }

    void badChecksGet400And404()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        for (const std::string target : {"/v1/check", "/v1/check?key=a&cost=x", "/v1/check?key=a&cost=-1",
                                         "/v1/check?key=%zz", "/v1/check?key=a&deny=500"}) {
            QVERIFY(client.send(HttpTestClient::get(target, kBearer)));
            QCOMPARE(client.read()->status, 400);
        }
        QVERIFY(client.send(HttpTestClient::get("/v2/check?key=a", kBearer)));
        QCOMPARE(client.read()->status, 404);
        QVERIFY(client.send(HttpTestClient::get("/v1/checks?key=a", kBearer)));
        QCOMPARE(client.read()->status, 404);
        QCOMPARE(service.endpoint->counters().submitted, std::uint64_t(0));
    }

    void anyMethodAndPathBelowTheEndpointAreChecksAsEnvoySendsThem()
    {
        CheckTestStack service;
        HttpTestClient client(service.server->port());
        QVERIFY(
            client.send("DELETE /v1/check/api/orders/7 HTTP/1.1\r\nHost: t\r\n" + kBearer + "X-User-Id: olga\r\n\r\n"));
        QCOMPARE(client.read()->status, 200);
        QCOMPARE(service.endpoint->counters().submitted, std::uint64_t(1));
    }

    void checksTheEngineCannotTakeGet503()
    {
        CheckTestStack service({.maxQueuedBatches = 1, .queueWait = 200ms, .routes = {}});
        // Hold the engine thread, so its one queue place fills and stays full.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::promise<void> holding;
        service.runtime->post([released, &holding](const EngineShards&) {
            holding.set_value();
            released.wait();
        });
        holding.get_future().wait();
        HttpTestClient first(service.server->port());
        QVERIFY(first.send(HttpTestClient::get("/v1/check?key=i", kBearer)));
        QTRY_COMPARE(service.endpoint->counters().submitted, std::uint64_t(1));
        HttpTestClient second(service.server->port());
        QVERIFY(second.send(HttpTestClient::get("/v1/check?key=j", kBearer)));
        const auto busy = second.read();
        QVERIFY(busy.has_value());
        QCOMPARE(busy->status, 503);
        QCOMPARE(busy->header("retry-after"), std::string("1"));
        release.set_value();
        QCOMPARE(first.read()->status, 200);
        QCOMPARE(service.endpoint->counters().unavailable, std::uint64_t(1));
    }
};

QTEST_APPLESS_MAIN(TestCheckEndpoint)
#include "tst_check_endpoint.moc"
