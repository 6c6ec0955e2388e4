// SPDX-License-Identifier: Apache-2.0
// The admin API below /api/ on the check API's server, with a real database and real tokens: the OpenAPI document
// names exactly the routes that answer; the throttle override and VIP assignments are set, read and removed, each
// change audited with the token's name; a bad body is a 400 naming the field; tokens and scopes are enforced.
#include "HttpTestClient.h"
#include "RuntimeTestSupport.h"
#include "http/AdminApi.h"
#include "http/CheckService.h"
#include "http/TokenStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <memory>
#include <set>
#include <string>

using namespace sluice::engine;
using namespace sluice::engine::http;
using sluice::engine::testing::ClientResponse;
using sluice::engine::testing::HttpTestClient;
using json = nlohmann::json;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock{testing::kT0};
    std::string path;
    std::unique_ptr<EngineRuntime> runtime;
    std::unique_ptr<CheckService> service;
    std::string admin;
    std::string reader;
    std::string checker;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("sluice.db")).toStdString();
        std::string error;
        runtime = EngineRuntime::start(*testing::optionsFor(QString::fromStdString(path)), clock, {}, error);
        admin = token("ops-script", TokenScope::Admin);
        reader = token("dashboard", TokenScope::Read);
        checker = token("proxy", TokenScope::Check);
        CheckServiceOptions options;
        options.databasePath = path;
        options.port = 0;
        CheckServiceError failure;
        service = CheckService::start(*runtime, clock, options, failure);
    }
    ~Fixture()
    {
        service.reset();
        runtime.reset();
    }
    std::string token(const char* name, TokenScope scope) const
    {
        std::string error;
        auto store = TokenStore::open(path, error);
        std::string out;
        return store && !store->create(name, scope, "tester", testing::kT0, out) ? out : std::string();
    }
    ClientResponse call(std::string_view method, std::string_view target, const std::string& token,
                        const std::string& body = {}) const
    {
        HttpTestClient client(service->port());
        std::string request = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\nHost: test\r\n";
        if (!token.empty()) {
            request += "Authorization: Bearer " + token + "\r\n";
        }
        request += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
        request += body;
        client.send(request);
        return client.read().value_or(ClientResponse{});
    }
    json callJson(std::string_view method, std::string_view target, const std::string& token,
                  const std::string& body = {}) const
    {
        const ClientResponse r = call(method, target, token, body);
        return json::parse(r.body, nullptr, false);
    }
    // The latest audit row of `action`: "actor target".
    std::string lastAudit(const char* action) const
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* st = nullptr;
        std::string out;
        sqlite3_prepare_v2(db, "SELECT actor || ' ' || target FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1",
                           -1, &st, nullptr);
        sqlite3_bind_text(st, 1, action, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) {
            out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        return out;
    }
};

// A request each documented route takes without complaint, for the coverage test.
std::string sampleBody(std::string_view method, std::string_view path)
{
    if (method == "PUT" && path == "/api/throttle/override") {
        return R"({"level": "low", "reason": "coverage"})";
    }
    if (method == "PUT" && path == "/api/vip/{key}") {
        return R"({"tier": "gold"})";
    }
    return {};
}

}  // namespace

class TestAdminApi final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        QVERIFY(m_f->runtime && m_f->service);
        QVERIFY(!m_f->admin.empty() && !m_f->reader.empty() && !m_f->checker.empty());
        std::promise<CommandResult> tier;
        m_f->runtime->command(cmd::PutVipTier{"gold", 2.0}, AdminContext{"tester", {}},
                              [&tier](const CommandResult& r) { tier.set_value(r); });
        QVERIFY(tier.get_future().get().ok);
    }
    void cleanup() { m_f.reset(); }

    // Every documented path and method answers (not 404 or 405), and every route that answers is documented.
    void theOpenApiDocumentNamesExactlyTheRoutesThatAnswer()
    {
        const json doc = m_f->callJson("GET", "/api/openapi.json", m_f->reader);
        QVERIFY2(doc.is_object(), "the document is JSON");
        QCOMPARE(doc.value("openapi", ""), std::string("3.1.0"));
        std::set<std::pair<std::string, std::string>> documented;
        for (const auto& [path, item] : doc.at("paths").items()) {
            for (const auto& [method, operation] : item.items()) {
                if (method == "parameters") {
                    continue;
                }
                std::string upper = method;
                std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
                documented.emplace(upper, path);
                QVERIFY2(operation.contains("responses"), (upper + " " + path).c_str());
            }
        }
        std::set<std::pair<std::string, std::string>> served;
        for (const AdminRoute& route : AdminApi::routes()) {
            served.emplace(std::string(route.method), std::string(route.path));
        }
        QCOMPARE(documented, served);
        // Reads, then changes, then removals: a removal needs something to remove.
        std::vector<std::pair<std::string, std::string>> ordered(documented.begin(), documented.end());
        const auto rank = [](const std::string& m) { return m == "GET" ? 0 : m == "PUT" ? 1 : 2; };
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
        for (const auto& [method, path] : ordered) {
            std::string target = path;
            if (const auto brace = target.find("{key}"); brace != std::string::npos) {
                target.replace(brace, 5, "coverage-key");
            }
            const ClientResponse r = m_f->call(method, target, m_f->admin, sampleBody(method, path));
            QVERIFY2(r.status == 200, (method + " " + target + ": " + std::to_string(r.status) + " " + r.body).c_str());
        }
    }

    void theOverrideIsSetReadAndClearedInTheTokensName()
    {
        const ClientResponse set = m_f->call("PUT", "/api/throttle/override", m_f->admin,
                                             R"({"level": "critical", "reason": "incident 42", "duration_s": 600})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.header("content-type"), std::string("application/json"));
        const json status = m_f->callJson("GET", "/api/throttle", m_f->reader);
        QCOMPARE(status.at("level").get<std::string>(), std::string("critical"));
        QCOMPARE(status.at("multiplier").get<double>(), 0.2);
        QCOMPARE(status.at("automatic").get<bool>(), false);
        QCOMPARE(status.at("override").at("actor").get<std::string>(), std::string("ops-script"));
        QCOMPARE(status.at("override").at("reason").get<std::string>(), std::string("incident 42"));
        QVERIFY(status.at("override").at("expires_at").is_string());
        QVERIFY(m_f->lastAudit("throttle.override").starts_with("ops-script"));

        QCOMPARE(m_f->call("DELETE", "/api/throttle/override", m_f->admin, R"({"reason": "over"})").status, 200);
        const json after = m_f->callJson("GET", "/api/throttle", m_f->reader);
        QCOMPARE(after.at("automatic").get<bool>(), true);
        QVERIFY(after.at("override").is_null());
    }

    void aVipIsAssignedListedAndRevokedInTheTokensName()
    {
        const ClientResponse assigned =
            m_f->call("PUT", "/api/vip/alice%40example.com", m_f->admin,
                      R"({"tier": "gold", "expires_at": "2031-01-31T00:00:00Z", "notes": "partner"})");
        QVERIFY2(assigned.status == 200, assigned.body.c_str());
        const json page = m_f->callJson("GET", "/api/vip?limit=10", m_f->reader);
        QCOMPARE(page.at("total").get<int>(), 1);
        QCOMPARE(page.at("items")[0].at("key").get<std::string>(), std::string("alice@example.com"));
        QCOMPARE(page.at("items")[0].at("expires_at").get<std::string>(), std::string("2031-01-31T00:00:00Z"));
        QCOMPARE(page.at("items")[0].at("assigned_by").get<std::string>(), std::string("ops-script"));
        const json tiers = m_f->callJson("GET", "/api/vip/tiers", m_f->reader);
        bool goldSeen = false;
        for (const json& tier : tiers.at("tiers")) {
            if (tier.at("name") == "gold") {
                goldSeen = true;
                QCOMPARE(tier.at("multiplier").get<double>(), 2.0);
                QCOMPARE(tier.at("assignments").get<int>(), 1);
            }
        }
        QVERIFY(goldSeen);
        QCOMPARE(m_f->lastAudit("vip.assign"), std::string("ops-script alice@example.com"));

        // The engine refuses an unknown tier, and says so.
        const ClientResponse unknown = m_f->call("PUT", "/api/vip/bob", m_f->admin, R"({"tier": "no-such-tier"})");
        QVERIFY2(unknown.status == 422, unknown.body.c_str());
        QVERIFY2(unknown.body.find("no-such-tier") != std::string::npos, unknown.body.c_str());

        QCOMPARE(m_f->call("DELETE", "/api/vip/alice%40example.com", m_f->admin).status, 200);
        QCOMPARE(m_f->callJson("GET", "/api/vip", m_f->reader).at("total").get<int>(), 0);
    }

    void aBadBodyIsA400NamingTheField_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("level") << "/api/throttle/override"
                               << R"({"level": "severe", "reason": "x"})"
                               << "level: expected none, low, medium, high or critical";
        QTest::newRow("reason") << "/api/throttle/override"
                                << R"({"level": "low"})"
                                << "reason: required";
        QTest::newRow("duration") << "/api/throttle/override"
                                  << R"({"level": "low", "reason": "x", "duration_s": -1})"
                                  << "duration_s: ";
        QTest::newRow("unknown field") << "/api/throttle/override"
                                       << R"({"level": "low", "reason": "x", "colour": 1})"
                                       << "colour";
        QTest::newRow("not JSON") << "/api/vip/bob"
                                  << "{tier: gold"
                                  << "not valid JSON";
        QTest::newRow("expires_at") << "/api/vip/bob"
                                    << R"({"tier": "gold", "expires_at": "tomorrow"})"
                                    << "expires_at: expected an RFC 3339 time";
        QTest::newRow("bad escape") << "/api/vip/b%zzob"
                                    << R"({"tier": "gold"})"
                                    << "key: ";
    }
    void aBadBodyIsA400NamingTheField()
    {
        QFETCH(QString, target);
        QFETCH(QString, body);
        QFETCH(QString, message);
        const ClientResponse r = m_f->call("PUT", target.toStdString(), m_f->admin, body.toStdString());
        QCOMPARE(r.status, 400);
        const json error = json::parse(r.body, nullptr, false);
        QVERIFY2(error.is_object() &&
                     error.at("error").get<std::string>().find(message.toStdString()) != std::string::npos,
                 r.body.c_str());
        // Nothing changed.
        QCOMPARE(m_f->callJson("GET", "/api/throttle", m_f->reader).at("automatic").get<bool>(), true);
    }

    void tokensAndScopesAreEnforced()
    {
        const ClientResponse anonymous = m_f->call("GET", "/api/throttle", {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.header("www-authenticate"), std::string("Bearer"));
        QCOMPARE(m_f->call("GET", "/api/throttle", "sluice_1_" + std::string(64, '0')).status, 401);
        QCOMPARE(m_f->call("GET", "/api/throttle", m_f->checker).status, 403);  // a proxy's token reads nothing
        const std::string body = R"({"level": "high", "reason": "x"})";
        QCOMPARE(m_f->call("PUT", "/api/throttle/override", m_f->reader, body).status, 403);  // changes nothing
        QCOMPARE(m_f->callJson("GET", "/api/throttle", m_f->reader).at("automatic").get<bool>(), true);
        QCOMPARE(m_f->call("GET", "/api/throttle", m_f->admin).status, 200);  // admin reads too
        QCOMPARE(m_f->call("GET", "/api/nothing-here", m_f->admin).status, 404);
        const ClientResponse wrongMethod = m_f->call("POST", "/api/throttle", m_f->admin);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("allow"), std::string("GET"));
        QCOMPARE(m_f->call("PATCH", "/api/vip/alice", m_f->admin).header("allow"), std::string("PUT, DELETE"));
    }

private:
    std::unique_ptr<Fixture> m_f;
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_admin_api.moc"
