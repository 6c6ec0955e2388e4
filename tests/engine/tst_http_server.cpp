// SPDX-License-Identifier: Apache-2.0
// The HTTP server on real sockets: keep-alive, pipelining answered in order, the 400/408/413/431 cases, a
// slow client that never finishes does not hold up others, the connection limit, answers that come later
// from another thread, or after their connection has gone, and several event loops sharing one port.
#include "HttpTestClient.h"
#include "http/HttpServer.h"

#include <QTest>

#include <array>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace sluice::engine::http;
using sluice::engine::testing::HttpTestClient;
using namespace std::chrono_literals;

namespace {

// Answers at once with the path as body, except /later: that Responder is kept for the test to answer.
struct EchoService {
    std::mutex mutex;
    std::vector<Responder> later;
    std::unique_ptr<HttpServer> server;

    explicit EchoService(ServerOptions options = {})
    {
        std::string error;
        server = HttpServer::start(
            std::move(options),
            [this](const HttpRequest& request, Responder responder) {
                if (request.path == "/later") {
                    std::lock_guard lock(mutex);
                    later.push_back(std::move(responder));
                    return;
                }
                HttpResponse response;
                response.body = std::string(request.path);
                if (!request.body.empty()) {
                    response.body += ":" + std::string(request.body);
                }
                response.headers.emplace_back("X-Key", std::string(request.queryParam("key")));
                responder.send(std::move(response));
            },
            error);
        QVERIFY2(server != nullptr, error.c_str());
    }
    std::size_t laterCount()
    {
        std::lock_guard lock(mutex);
        return later.size();
    }
    // The status a new connection gets for GET `target`; 0 when none came.
    int statusOfGet(const std::string& target)
    {
        HttpTestClient client(server->port());
        client.send(HttpTestClient::get(target));
        const auto r = client.read();
        return r ? r->status : 0;
    }
    Responder takeLater()
    {
        std::lock_guard lock(mutex);
        Responder r = std::move(later.front());
        later.erase(later.begin());
        return r;
    }
};

}  // namespace

class TestHttpServer : public QObject {
    Q_OBJECT

private slots:
    void keepAliveServesManyRequestsOnOneConnection()
    {
        EchoService service;
        HttpTestClient client(service.server->port());
        QVERIFY(client.connected());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(client.send(HttpTestClient::get("/v1/check?key=k" + std::to_string(i))));
            const auto r = client.read();
            QVERIFY(r.has_value());
            QCOMPARE(r->status, 200);
            QCOMPARE(r->body, std::string("/v1/check"));
            QCOMPARE(r->header("x-key"), "k" + std::to_string(i));
            QVERIFY(!r->header("date").empty());
        }
        QCOMPARE(service.server->counters().connectionsAccepted, std::uint64_t(1));
        QCOMPARE(service.server->counters().byStatus[2], std::uint64_t(3));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        EchoService service;
        HttpTestClient client(service.server->port());
        // The first one is answered last, from another thread; the others must wait behind it.
        QVERIFY(client.send(HttpTestClient::get("/later") + HttpTestClient::get("/a") +
                            "POST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nxyz" + HttpTestClient::get("/c")));
        QTRY_COMPARE(service.laterCount(), std::size_t(1));
        QVERIFY(!client.read(100ms).has_value());
        std::thread answerer([responder = service.takeLater()]() mutable {
            HttpResponse r;
            r.body = "late";
            responder.send(std::move(r));
        });
        answerer.join();
        const std::vector<std::string> expected{"late", "/a", "/b:xyz", "/c"};
        for (const std::string& body : expected) {
            const auto r = client.read();
            QVERIFY(r.has_value());
            QCOMPARE(r->body, body);
        }
    }

    void garbageGets400AndTheConnectionCloses()
    {
        EchoService service;
        for (const std::string& garbage :
             {std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11), std::string("GET /\r\n\r\n"),
              std::string("GET / HTTP/1.1\r\n\r\n"), std::string("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n"),
              std::string("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n"),
              std::string("GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n")}) {
            HttpTestClient client(service.server->port());
            QVERIFY(client.send(garbage));
            const auto r = client.read();
            QVERIFY2(r.has_value(), garbage.c_str());
            QCOMPARE(r->status, 400);
            QCOMPARE(r->header("connection"), std::string("close"));
            QVERIFY(client.closedWithin(2s));
        }
        QCOMPARE(service.server->counters().malformed, std::uint64_t(6));
        QCOMPARE(service.server->counters().byCode.at(400), std::uint64_t(6));
        QCOMPARE(service.statusOfGet("/ok"), 200);  // and still serves
    }

    void oversizeHeadersGet431()
    {
        ServerOptions options;
        options.maxHeaderBytes = 1024;
        EchoService service(options);
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/", "X-Big: " + std::string(2000, 'a') + "\r\n")));
        const auto r = client.read();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 431);
        QVERIFY(client.closedWithin(2s));
    }

    void oversizeBodyGets413()
    {
        ServerOptions options;
        options.maxBodyBytes = 100;
        EchoService service(options);
        HttpTestClient client(service.server->port());
        QVERIFY(client.send("POST /v1/check HTTP/1.1\r\nHost: t\r\nContent-Length: 101\r\n\r\n"));
        const auto r = client.read();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 413);
        QVERIFY(client.closedWithin(2s));
    }

    void aVersionWeDoNotSpeakGets505AndChunkedGets501()
    {
        EchoService service;
        HttpTestClient a(service.server->port());
        QVERIFY(a.send("GET / HTTP/2.0\r\nHost: t\r\n\r\n"));
        QCOMPARE(a.read()->status, 505);
        HttpTestClient b(service.server->port());
        QVERIFY(b.send("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        QCOMPARE(b.read()->status, 501);
    }

    void connectionCloseAndHttp10CloseAfterTheAnswer()
    {
        EchoService service;
        HttpTestClient a(service.server->port());
        QVERIFY(a.send(HttpTestClient::get("/x", "Connection: close\r\n")));
        QCOMPARE(a.read()->status, 200);
        QVERIFY(a.closedWithin(2s));
        HttpTestClient b(service.server->port());
        QVERIFY(b.send("GET /y HTTP/1.0\r\n\r\n"));
        QCOMPARE(b.read()->body, std::string("/y"));
        QVERIFY(b.closedWithin(2s));
    }

    void aClientThatClosesItsSideStillGetsItsAnswers()
    {
        EchoService service;
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/one") + HttpTestClient::get("/later")));
        client.shutdownWrite();
        QCOMPARE(client.read()->body, std::string("/one"));
        QTRY_COMPARE(service.laterCount(), std::size_t(1));
        service.takeLater().send(HttpResponse{200, {}, "two"});
        QCOMPARE(client.read()->body, std::string("two"));
        QVERIFY(client.closedWithin(2s));
    }

    void aSlowClientDoesNotDelayOthersAndIsCutAtTheReadTimeout()
    {
        ServerOptions options;
        options.readTimeout = 400ms;
        EchoService service(options);
        HttpTestClient slow(service.server->port());
        const std::string request = HttpTestClient::get("/slow");
        const auto started = std::chrono::steady_clock::now();
        std::size_t sent = 0;
        bool cut = false;
        // A byte every 20 ms would take far longer than the read timeout; meanwhile others are served at once.
        while (!cut && sent < request.size() - 1) {
            slow.send(std::string_view(request).substr(sent++, 1));
            HttpTestClient normal(service.server->port());
            const auto asked = std::chrono::steady_clock::now();
            QVERIFY(normal.send(HttpTestClient::get("/fast")));
            const auto r = normal.read();
            QVERIFY(r.has_value());
            QCOMPARE(r->status, 200);
            QVERIFY(std::chrono::steady_clock::now() - asked < 300ms);
            const auto answer = slow.read(20ms);
            if (answer.has_value()) {
                QCOMPARE(answer->status, 408);
                cut = true;
            }
        }
        QVERIFY(cut);
        const auto elapsed = std::chrono::steady_clock::now() - started;
        QVERIFY(elapsed >= 400ms);
        QVERIFY(elapsed < 1500ms);
        QVERIFY(slow.closedWithin(2s));
        QCOMPARE(service.server->counters().timedOut, std::uint64_t(1));
    }

    void anIdleConnectionIsClosed()
    {
        ServerOptions options;
        options.idleTimeout = 200ms;
        EchoService service(options);
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/")));
        QCOMPARE(client.read()->status, 200);
        QVERIFY(client.closedWithin(3s));
        QTRY_COMPARE(service.server->counters().connectionsOpen, std::uint64_t(0));
    }

    void connectionsBeyondTheLimitAreRefused()
    {
        ServerOptions options;
        options.maxConnections = 2;
        EchoService service(options);
        HttpTestClient a(service.server->port());
        HttpTestClient b(service.server->port());
        for (HttpTestClient* c : {&a, &b}) {
            QVERIFY(c->send(HttpTestClient::get("/")));
            QCOMPARE(c->read()->status, 200);
        }
        HttpTestClient extra(service.server->port());
        QVERIFY(extra.closedWithin(2s));
        QCOMPARE(service.server->counters().refused, std::uint64_t(1));
        a.close();
        QTRY_COMPARE(service.server->counters().connectionsOpen, std::uint64_t(1));
        QCOMPARE(service.statusOfGet("/"), 200);
    }

    void anAnswerForAConnectionThatIsGoneIsDropped()
    {
        ServerOptions options;
        options.readTimeout = 300ms;  // a client that closed is given that long for answers still due
        EchoService service(options);
        {
            HttpTestClient client(service.server->port());
            QVERIFY(client.send(HttpTestClient::get("/later")));
            QTRY_COMPARE(service.laterCount(), std::size_t(1));
        }
        QTRY_COMPARE(service.server->counters().connectionsOpen, std::uint64_t(0));
        service.takeLater().send(HttpResponse{});
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/still")));
        QCOMPARE(client.read()->body, std::string("/still"));
        // And after the server itself is gone.
        QVERIFY(client.send(HttpTestClient::get("/later")));
        QTRY_COMPARE(service.laterCount(), std::size_t(1));
        Responder orphan = service.takeLater();
        service.server.reset();
        orphan.send(HttpResponse{});
        QVERIFY(!orphan.pending());
    }

    void aResponderDroppedUnansweredAnswers500()
    {
        EchoService service;
        HttpTestClient client(service.server->port());
        QVERIFY(client.send(HttpTestClient::get("/later") + HttpTestClient::get("/next")));
        QTRY_COMPARE(service.laterCount(), std::size_t(1));
        {
            Responder dropped = service.takeLater();
        }
        QCOMPARE(client.read()->status, 500);
        QCOMPARE(client.read()->body, std::string("/next"));
    }

    void aBusyPipelineDoesNotStallTheServer()
    {
        EchoService service;
        HttpTestClient client(service.server->port());
        std::string many;
        for (int i = 0; i < 500; ++i) {
            many += HttpTestClient::get("/p?key=" + std::to_string(i));
        }
        QVERIFY(client.send(many));
        for (int i = 0; i < 500; ++i) {
            const auto r = client.read();
            QVERIFY(r.has_value());
            QCOMPARE(r->header("x-key"), std::to_string(i));
        }
    }

    void severalLoopsShareThePortAndEachKeepsItsConnections()
    {
        constexpr std::size_t kLoops = 3;
        struct PerLoop {
            std::atomic<std::thread::id> handlerThread;
            std::atomic<int> foreignRounds{0};  // rounds called on a thread other than the loop's handler's
            std::atomic<int> requests{0};
        };
        std::array<PerLoop, kLoops> loops;
        ServerOptions options;
        options.loops = kLoops;
        std::string error;
        auto server = HttpServer::start(
            options,
            [&](std::size_t loop) {
                PerLoop& mine = loops.at(loop);
                return LoopParts{[&mine, loop](const HttpRequest&, Responder responder) {
                                     mine.handlerThread = std::this_thread::get_id();
                                     ++mine.requests;
                                     HttpResponse r;
                                     r.body = std::to_string(loop);
                                     responder.send(std::move(r));
                                 },
                                 [&mine] {
                                     const std::thread::id handler = mine.handlerThread;
                                     if (handler != std::thread::id() && handler != std::this_thread::get_id()) {
                                         ++mine.foreignRounds;
                                     }
                                 }};
            },
            error);
        QVERIFY2(server != nullptr, error.c_str());
        QCOMPARE(server->loops(), kLoops);
        QVERIFY(server->port() != 0);  // port 0 asked for one, and every loop joined it

        // The kernel spreads connections over the loops by their addresses: 30 of them all on one loop of three
        // would happen once in 10^13 runs.
        std::vector<std::unique_ptr<HttpTestClient>> clients;
        std::set<std::string> loopsSeen;
        for (int c = 0; c < 30; ++c) {
            clients.push_back(std::make_unique<HttpTestClient>(server->port()));
            QVERIFY(clients.back()->connected());
        }
        for (auto& client : clients) {
            std::string first;
            for (int i = 0; i < 3; ++i) {
                QVERIFY(client->send(HttpTestClient::get("/q")));
                const auto r = client->read();
                QVERIFY(r.has_value());
                QCOMPARE(r->status, 200);
                if (i == 0) {
                    first = r->body;
                }
                QCOMPARE(r->body, first);  // a connection stays with the loop that accepted it
            }
            loopsSeen.insert(first);
        }
        QVERIFY2(loopsSeen.size() >= 2, "every connection went to one loop");
        std::set<std::thread::id> threads;
        for (const PerLoop& loop : loops) {
            QCOMPARE(loop.foreignRounds.load(), 0);
            if (loop.requests > 0) {
                threads.insert(loop.handlerThread.load());
            }
        }
        QCOMPARE(threads.size(), loopsSeen.size());  // a thread of its own for each loop
        const HttpServer::Counters counters = server->counters();
        QCOMPARE(counters.connectionsAccepted, std::uint64_t(30));
        QCOMPARE(counters.connectionsOpen, std::uint64_t(30));
        QCOMPARE(counters.requests, std::uint64_t(90));
        QCOMPARE(counters.byCode.at(200), std::uint64_t(90));
        std::uint64_t latencyCounted = 0;
        for (const std::uint64_t n : counters.latencyBuckets) {
            latencyCounted += n;
        }
        QCOMPARE(latencyCounted, std::uint64_t(90));
        clients.clear();
        QTRY_COMPARE(server->counters().connectionsOpen, std::uint64_t(0));
    }

    void aPortInUseIsRefusedAlsoWithSeveralLoops()
    {
        // Sharing a port between loops must not let a second server (of the same user) join a port in use.
        ServerOptions two;
        two.loops = 2;
        EchoService first(two);
        std::string error;
        ServerOptions again = two;
        again.port = first.server->port();
        QVERIFY(HttpServer::start(
                    again, [](const HttpRequest&, Responder) {}, error) == nullptr);
        QVERIFY2(error.find("Address already in use") != std::string::npos, error.c_str());
        QVERIFY2(error.find(std::to_string(again.port)) != std::string::npos, error.c_str());
        again.loops = 1;
        error.clear();
        QVERIFY(HttpServer::start(
                    again, [](const HttpRequest&, Responder) {}, error) == nullptr);
        QVERIFY2(error.find("Address already in use") != std::string::npos, error.c_str());
        EchoService single;
        ServerOptions onSingle = two;
        onSingle.port = single.server->port();
        error.clear();
        QVERIFY(HttpServer::start(
                    onSingle, [](const HttpRequest&, Responder) {}, error) == nullptr);
        QVERIFY2(error.find("Address already in use") != std::string::npos, error.c_str());
        QCOMPARE(first.statusOfGet("/"), 200);  // the first server is unharmed
    }

    void theConnectionLimitCountsEveryLoop()
    {
        ServerOptions options;
        options.loops = 2;
        options.maxConnections = 4;  // the server's, however the kernel spreads the connections
        EchoService service(options);
        std::vector<std::unique_ptr<HttpTestClient>> clients;
        int answered = 0;
        for (int c = 0; c < 12; ++c) {
            clients.push_back(std::make_unique<HttpTestClient>(service.server->port()));
            QVERIFY(clients.back()->send(HttpTestClient::get("/")));
            const auto r = clients.back()->read(2s);
            QVERIFY(r.has_value());  // 200, or 503 from a loop at its share of the limit
            answered += r->status == 200 ? 1 : 0;
        }
        QCOMPARE(answered, 4);
        QCOMPARE(service.server->counters().refused, std::uint64_t(8));
        QCOMPARE(service.server->counters().connectionsOpen, std::uint64_t(4));
        clients.front().reset();  // one closes: room for one more, on whichever loop
        QTRY_COMPARE(service.server->counters().connectionsOpen, std::uint64_t(3));
        QCOMPARE(service.statusOfGet("/"), 200);
    }
};

QTEST_APPLESS_MAIN(TestHttpServer)
#include "tst_http_server.moc"
