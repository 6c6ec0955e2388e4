// SPDX-License-Identifier: Apache-2.0
// The check API as Traefik's ForwardAuth and Envoy's ext_authz (HTTP service) ask it, over a real socket: the
// requests are shaped as each proxy sends them. Traefik asks the configured address with GET, the client's own
// header fields (its Authorization among them) and X-Forwarded-Method/-Proto/-Host/-Uri/-For, and cannot add a
// field: the token is the address's access_token. Envoy sends the client's method and path and query below its
// path_prefix, Host, Content-Length (and a body when told), the client's Authorization unless headers_to_add
// replaces it, and what headers_to_add sets.
#include "CheckTestStack.h"
#include "HttpTestClient.h"

#include <QTest>

#include <string>

using namespace sluice::engine;
using sluice::engine::testing::CheckTestStack;
using sluice::engine::testing::ClientResponse;
using sluice::engine::testing::HttpTestClient;

namespace {

// What Traefik v3 sends for a client request: `address` as configured, the client's fields, then its own.
std::string traefikCheck(const std::string& address, const std::string& clientIp, const std::string& uri,
                         const std::string& clientAuthorization = "Bearer the-clients-own-session")
{
    return "GET " + address +
           " HTTP/1.1\r\n"
           "Host: 127.0.0.1:9090\r\n"
           "User-Agent: curl/7.88.1\r\n"
           "Accept: */*\r\n"
           "Authorization: " +
           clientAuthorization +
           "\r\n"
           "Cookie: session=1f2e\r\n"
           "X-Forwarded-For: " +
           clientIp +
           "\r\n"
           "X-Forwarded-Host: shop.example\r\n"
           "X-Forwarded-Method: POST\r\n"
           "X-Forwarded-Port: 443\r\n"
           "X-Forwarded-Proto: https\r\n"
           "X-Forwarded-Server: traefik-1\r\n"
           "X-Forwarded-Uri: " +
           uri +
           "\r\n"
           "X-Real-Ip: " +
           clientIp +
           "\r\n"
           "Accept-Encoding: gzip\r\n\r\n";
}

// What Envoy sends: the client's method, path_prefix + the client's path and query, headers_to_add's
// Authorization and X-Real-IP (the downstream address), and the body when with_request_body is set.
std::string envoyCheck(const std::string& method, const std::string& pathAndQuery, const std::string& clientIp,
                       const std::string& authorization = "Bearer check-token", const std::string& body = {})
{
    std::string r = method + " /v1/check" + pathAndQuery +
                    " HTTP/1.1\r\n"
                    "host: shop.example\r\n"
                    "content-length: " +
                    std::to_string(body.size()) + "\r\n";
    if (!authorization.empty()) {
        r += "authorization: " + authorization + "\r\n";
    }
    r += "x-real-ip: " + clientIp + "\r\nx-envoy-expected-rq-timeout-ms: 200\r\n";
    if (!body.empty()) {
        r += "x-envoy-auth-partial-body: false\r\n";
    }
    return r + "\r\n" + body;
}

logs::RouteMap loginRoute()
{
    logs::RouteMap routes;
    routes.add("/api/login", "login");
    return routes;
}

int statusOf(HttpTestClient& client, const std::string& request)
{
    if (!client.send(request)) {
        return -1;
    }
    const auto r = client.read();
    return r ? r->status : -1;
}

}  // namespace

class TestCheckProxies final : public QObject {
    Q_OBJECT

private slots:
    void traefikIsAllowedThenDeniedWith429AndRetryAfter()
    {
        CheckTestStack stack;
        HttpTestClient client(stack.server->port());
        const std::string address = "/v1/check?access_token=check-token";
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(statusOf(client, traefikCheck(address, "203.0.113.7", "/shop?page=" + std::to_string(i))), 200);
        }
        QVERIFY(client.send(traefikCheck(address, "203.0.113.7", "/shop")));
        const auto denied = client.read();
        QVERIFY(denied.has_value());
        // Traefik hands a status outside 2xx, its header fields and body to the client as they are.
        QCOMPARE(denied->status, 429);
        QCOMPARE(denied->header("retry-after"), std::string("1"));
        QCOMPARE(denied->header("ratelimit"), std::string("\"default\";r=0;t=1"));
        QCOMPARE(denied->header("ratelimit-policy"), std::string("\"default\";q=60;w=60"));
        // The key is the client address Traefik put in X-Forwarded-For: another client is not limited.
        QCOMPARE(statusOf(client, traefikCheck(address, "203.0.113.8", "/shop")), 200);
    }

    void traefikTakesTheTokenFromTheAddressAndIgnoresTheClientsAuthorization()
    {
        CheckTestStack stack;
        HttpTestClient client(stack.server->port());
        // The client's own Authorization is not Sluice's token, and without access_token it is all there is.
        QVERIFY(client.send(traefikCheck("/v1/check", "203.0.113.7", "/")));
        const auto missing = client.read();
        QCOMPARE(missing->status, 401);
        QCOMPARE(missing->header("www-authenticate"), std::string("Bearer realm=\"sluice\", error=\"invalid_token\""));
        QCOMPARE(statusOf(client, traefikCheck("/v1/check?access_token=wrong", "203.0.113.7", "/")), 401);
        // access_token comes first, even over a client that presents Sluice's own token.
        QCOMPARE(
            statusOf(client, traefikCheck("/v1/check?access_token=wrong", "203.0.113.7", "/", "Bearer check-token")),
            401);
        QCOMPARE(statusOf(client, traefikCheck("/v1/check?access_token=check-token", "203.0.113.7", "/")), 200);
        QCOMPARE(statusOf(client, traefikCheck("/v1/check?access_token=check%2Dtoken", "203.0.113.7", "/")), 200);
        QCOMPARE(stack.endpoint->counters().unauthorized, std::uint64_t(3));
        QCOMPARE(stack.endpoint->counters().submitted, std::uint64_t(2));
    }

    void traefikRoutesByTheAddressOrByTheForwardedUri()
    {
        CheckTestStack stack(
            {.maxQueuedBatches = 64, .queueWait = std::chrono::milliseconds(1000), .routes = loginRoute()});
        HttpTestClient client(stack.server->port());
        const std::string address = "/v1/check?access_token=check-token";
        QVERIFY(client.send(traefikCheck(address, "203.0.113.7", "/api/login?next=%2Fcart")));
        auto r = client.read();
        QCOMPARE(r->status, 200);
        QCOMPARE(r->header("ratelimit-policy"), std::string("\"login\";q=5;w=60"));
        QVERIFY(client.send(traefikCheck(address, "203.0.113.7", "/shop/login")));
        QCOMPARE(client.read()->header("ratelimit-policy"), std::string("\"default\";q=60;w=60"));
        // One middleware per route names it in its address instead.
        QVERIFY(client.send(traefikCheck(address + "&route=login", "203.0.113.9", "/anything")));
        QCOMPARE(client.read()->header("ratelimit-policy"), std::string("\"login\";q=5;w=60"));
    }

    void envoyIsAllowedThenDeniedWhateverTheClientsQuerySays()
    {
        CheckTestStack stack;
        HttpTestClient client(stack.server->port());
        // The client's query reaches Sluice below the path_prefix; none of its parameters counts: not its key,
        // not its cost of 0. The key is X-Real-IP, which headers_to_add sets to the client's address.
        for (int i = 0; i < 10; ++i) {
            const std::string query = "/api/orders?key=k" + std::to_string(i) + "&cost=0";
            QCOMPARE(statusOf(client, envoyCheck(i % 2 == 0 ? "GET" : "DELETE", query, "198.51.100.4")), 200);
        }
        QVERIFY(client.send(envoyCheck("GET", "/api/orders?key=k99&cost=0&deny=403", "198.51.100.4")));
        const auto denied = client.read();
        QVERIFY(denied.has_value());
        // Envoy hands a denial's status, header fields and body to the client (allowed_client_headers unset).
        QCOMPARE(denied->status, 429);
        QCOMPARE(denied->header("retry-after"), std::string("1"));
        QCOMPARE(denied->header("ratelimit-remaining"), std::string("0"));
        QCOMPARE(statusOf(client, envoyCheck("GET", "/", "198.51.100.5")), 200);
    }

    void envoyNeedsTheTokenItAddsAndAnyBodyIsRead()
    {
        CheckTestStack stack;
        HttpTestClient client(stack.server->port());
        // Without headers_to_add the client's own Authorization arrives; an access_token in the client's
        // query is the client's, not the proxy's.
        QCOMPARE(statusOf(client, envoyCheck("GET", "/", "198.51.100.4", "Bearer the-clients-own")), 401);
        QCOMPARE(statusOf(client, envoyCheck("GET", "/?access_token=check-token", "198.51.100.4", {})), 401);
        // with_request_body: the client's body comes along; it is read and ignored, and the connection goes on.
        QCOMPARE(statusOf(client, envoyCheck("PUT", "/upload", "198.51.100.4", "Bearer check-token", "hello")), 200);
        QCOMPARE(statusOf(client, envoyCheck("POST", "/upload?x=1", "198.51.100.4")), 200);
        QCOMPARE(stack.endpoint->counters().unauthorized, std::uint64_t(2));
        QCOMPARE(stack.endpoint->counters().submitted, std::uint64_t(2));
    }

    void envoyRoutesByThePathBelowThePrefix()
    {
        CheckTestStack stack(
            {.maxQueuedBatches = 64, .queueWait = std::chrono::milliseconds(1000), .routes = loginRoute()});
        HttpTestClient client(stack.server->port());
        QVERIFY(client.send(envoyCheck("POST", "/api/login?route=default", "198.51.100.4")));
        QCOMPARE(client.read()->header("ratelimit-policy"), std::string("\"login\";q=5;w=60"));
        QVERIFY(client.send(envoyCheck("POST", "/api/orders", "198.51.100.4")));
        QCOMPARE(client.read()->header("ratelimit-policy"), std::string("\"default\";q=60;w=60"));
    }
};

QTEST_APPLESS_MAIN(TestCheckProxies)
#include "tst_check_proxies.moc"
