// SPDX-License-Identifier: Apache-2.0
// The check API as `sluice serve` and the console run it, on a real database file: tokens loaded before the
// port opens, one key allowed then denied, 401 without a token, a token created by another connection taken
// up on reload, /metrics through the owner's callback, an address in use, the port closed by stop(), and
// several HTTP threads deciding through the one engine.
#include "HttpTestClient.h"
#include "RuntimeTestSupport.h"
#include "http/CheckService.h"
#include "http/TokenStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::http;
using sluice::engine::testing::HttpTestClient;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock{testing::kT0};
    std::string path;
    std::unique_ptr<EngineRuntime> runtime;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("sluice.db")).toStdString();
        std::string error;
        runtime = EngineRuntime::start(*testing::optionsFor(QString::fromStdString(path)), clock, {}, error);
        if (!runtime) {
            qWarning("%s", error.c_str());
        }
    }
    std::string createToken(const char* name, TokenScope scope = TokenScope::Check) const
    {
        std::string error;
        auto store = TokenStore::open(path, error);
        std::string token;
        if (!store || store->create(name, scope, "tester", testing::kT0, token)) {
            return {};
        }
        return token;
    }
    CheckServiceOptions options(std::uint16_t port = 0) const
    {
        CheckServiceOptions o;
        o.databasePath = path;
        o.port = port;
        return o;
    }
};

std::string bearer(const std::string& token) { return "Authorization: Bearer " + token + "\r\n"; }

}  // namespace

class TestCheckService final : public QObject {
    Q_OBJECT

private slots:
    void decidesChecksWithTheTokensItLoadedAtStart()
    {
        Fixture f;
        QVERIFY(f.runtime);
        const std::string token = f.createToken("proxy");
        QVERIFY(!token.empty());
        CheckServiceError error;
        auto service = CheckService::start(*f.runtime, f.clock, f.options(), error);
        QVERIFY2(service, error.message.c_str());
        QCOMPARE(service->tokensAtStart().valid, std::size_t(1));
        QVERIFY(service->port() != 0);
        QCOMPARE(service->address(), std::string("127.0.0.1"));
        QVERIFY(!service->beyondLoopback());

        HttpTestClient client(service->port());
        for (int i = 0; i < 10; ++i) {  // the small configuration's burst
            QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice", bearer(token))));
            const auto r = client.read();
            QVERIFY(r.has_value());
            QCOMPARE(r->status, 200);
        }
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice", bearer(token))));
        const auto denied = client.read();
        QVERIFY(denied.has_value());
        QCOMPARE(denied->status, 429);
        QVERIFY(!denied->header("retry-after").empty());
        QCOMPARE(denied->header("ratelimit-remaining"), std::string("0"));

        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice")));
        const auto anonymous = client.read();
        QVERIFY(anonymous.has_value());
        QCOMPARE(anonymous->status, 401);

        const SourceState state = service->sourceState();
        QCOMPARE(state.kind, SourceKind::HttpListener);
        QVERIFY(state.running);
        QCOMPARE(state.requests, std::uint64_t(11));
        QCOMPARE(state.rejected, std::uint64_t(1));
        QCOMPARE(service->counters().denied, std::uint64_t(1));
    }

    void checksOnSeveralHttpThreadsShareTheOneEngine()
    {
        Fixture f;
        QVERIFY(f.runtime);
        const std::string token = f.createToken("proxy");
        const std::string reader = f.createToken("scraper", TokenScope::Read);
        std::atomic<int> inside{0};
        std::atomic<int> overlapping{0};
        std::atomic<int> scrapes{0};
        CheckServiceOptions o = f.options();
        o.httpLoops = 3;
        o.metrics = [&](MetricsInput&) {
            if (++inside > 1) {
                ++overlapping;  // the owner's callback is not thread-safe: it must never run twice at once
            }
            ++scrapes;
            --inside;
            return std::string("sluice_test 1\n");
        };
        CheckServiceError error;
        auto service = CheckService::start(*f.runtime, f.clock, std::move(o), error);
        QVERIFY2(service, error.message.c_str());
        QCOMPARE(service->httpLoops(), std::size_t(3));

        // Sixteen proxies' connections, spread over the threads by the kernel, all ask for one key at once: the
        // key's burst of 10 is shared, as on one thread, since every thread decides through the same engine.
        std::vector<std::unique_ptr<HttpTestClient>> proxies;
        for (int c = 0; c < 16; ++c) {
            proxies.push_back(std::make_unique<HttpTestClient>(service->port()));
            QVERIFY(proxies.back()->send(HttpTestClient::get("/v1/check?key=carol", bearer(token)) +
                                         HttpTestClient::get("/metrics", bearer(reader)) +
                                         HttpTestClient::get("/api/throttle", bearer(reader))));
        }
        int allowed = 0;
        int denied = 0;
        for (auto& proxy : proxies) {
            const auto check = proxy->read();
            QVERIFY(check.has_value());
            QVERIFY2(check->status == 200 || check->status == 429, std::to_string(check->status).c_str());
            (check->status == 200 ? allowed : denied) += 1;
            const auto metrics = proxy->read();
            QVERIFY(metrics.has_value());
            QCOMPARE(metrics->status, 200);
            QCOMPARE(metrics->body, std::string("sluice_test 1\n"));
            const auto throttle = proxy->read();
            QVERIFY(throttle.has_value());
            QCOMPARE(throttle->status, 200);
        }
        QCOMPARE(allowed, 10);
        QCOMPARE(denied, 6);
        QCOMPARE(scrapes.load(), 16);
        QCOMPARE(overlapping.load(), 0);
        const CheckEndpoint::Counters counters = service->counters();
        QCOMPARE(counters.submitted, std::uint64_t(16));
        QCOMPARE(counters.allowed, std::uint64_t(10));
        QCOMPARE(counters.denied, std::uint64_t(6));
        QCOMPARE(service->sourceState().requests, std::uint64_t(16));
        QCOMPARE(service->httpCounters().requests, std::uint64_t(48));
    }

    void aTokenCreatedWhileRunningIsTakenUpOnReload()
    {
        Fixture f;
        QVERIFY(f.runtime);
        CheckServiceError error;
        auto service = CheckService::start(*f.runtime, f.clock, f.options(), error);
        QVERIFY2(service, error.message.c_str());
        QCOMPARE(service->tokensAtStart().valid, std::size_t(0));
        QVERIFY(!service->reloadTokensIfChanged().changed);

        const std::string token = f.createToken("late");
        const TokenReload reload = service->reloadTokensIfChanged();
        QVERIFY(reload.changed);
        QCOMPARE(reload.previous, std::size_t(0));
        QCOMPARE(reload.valid, std::size_t(1));
        HttpTestClient client(service->port());
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=bob", bearer(token))));
        const auto r = client.read();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 200);
    }

    void metricsComeFromTheOwnersCallbackWithTheHttpPartFilledIn()
    {
        Fixture f;
        QVERIFY(f.runtime);
        const std::string token = f.createToken("scraper", TokenScope::Read);
        std::atomic<int> calls{0};
        CheckServiceOptions o = f.options();
        o.metrics = [&calls](MetricsInput& input) {
            ++calls;
            return input.http != nullptr && input.sources.size() == 1 ? std::string("sluice_test 1\n") : std::string();
        };
        CheckServiceError error;
        auto service = CheckService::start(*f.runtime, f.clock, std::move(o), error);
        QVERIFY2(service, error.message.c_str());
        HttpTestClient client(service->port());
        QVERIFY(client.send(HttpTestClient::get("/metrics", bearer(token))));
        const auto r = client.read();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, std::string("sluice_test 1\n"));
        QCOMPARE(calls.load(), 1);
    }

    void anAddressInUseIsAListenError()
    {
        Fixture f;
        QVERIFY(f.runtime);
        CheckServiceError error;
        auto first = CheckService::start(*f.runtime, f.clock, f.options(), error);
        QVERIFY2(first, error.message.c_str());
        auto second = CheckService::start(*f.runtime, f.clock, f.options(first->port()), error);
        QVERIFY(!second);
        QCOMPARE(error.stage, CheckServiceError::Stage::Listen);
        QVERIFY2(error.message.find("in use") != std::string::npos, error.message.c_str());
    }

    void aDatabaseThatCannotBeOpenedIsATokensError()
    {
        Fixture f;
        QVERIFY(f.runtime);
        CheckServiceOptions o = f.options();
        o.databasePath = f.dir.filePath(QStringLiteral("missing/none.db")).toStdString();
        CheckServiceError error;
        QVERIFY(!CheckService::start(*f.runtime, f.clock, std::move(o), error));
        QCOMPARE(error.stage, CheckServiceError::Stage::Tokens);
    }

    void stopClosesThePort()
    {
        Fixture f;
        QVERIFY(f.runtime);
        CheckServiceError error;
        auto service = CheckService::start(*f.runtime, f.clock, f.options(), error);
        QVERIFY2(service, error.message.c_str());
        const std::uint16_t port = service->port();
        QVERIFY(HttpTestClient(port).connected());
        service->stop();
        QVERIFY(!service->running());
        QVERIFY(!service->sourceState().running);
        QVERIFY(!HttpTestClient(port).connected());
    }

    void loopbackAddresses()
    {
        QVERIFY(isLoopbackAddress("127.0.0.1"));
        QVERIFY(isLoopbackAddress("127.1.2.3"));
        QVERIFY(isLoopbackAddress("::1"));
        QVERIFY(!isLoopbackAddress("0.0.0.0"));
        QVERIFY(!isLoopbackAddress("::"));
        QVERIFY(!isLoopbackAddress("192.168.1.10"));
        QVERIFY(!isLoopbackAddress("localhost"));
        QVERIFY(isIpAddress("10.0.0.1"));
        QVERIFY(isIpAddress("fe80::1"));
        QVERIFY(!isIpAddress("example.org"));
        QVERIFY(!isIpAddress("[::1]"));
    }
};

QTEST_GUILESS_MAIN(TestCheckService)
#include "tst_check_service.moc"
