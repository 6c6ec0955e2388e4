// SPDX-License-Identifier: Apache-2.0
// The admin API below /api/ on the check API's server, with a real database and real tokens: the OpenAPI document
// names exactly the routes that answer; the throttle, VIP assignments and tiers, policies, reputation settings,
// flags, alerts, notifications and the audit log are read and changed as the console does, each change audited
// with the token's name; a bad body is a 400 naming the field; tokens and scopes are enforced.
#include "AdminApiFixture.h"
#include "FlagTestSupport.h"
#include "flags/FlagsJson.h"
#include "http/AdminApi.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>
#include <set>
#include <string>

using namespace sluice::engine;
using namespace sluice::engine::http;
using sluice::engine::testing::ClientResponse;
using json = nlohmann::json;
using Fixture = sluice::engine::testing::AdminApiFixture;

namespace {

// A request each documented route takes without complaint, for the coverage test.
std::string sampleBody(std::string_view method, std::string_view path)
{
    const std::string route = std::string(method) + " " + std::string(path);
    if (route == "PUT /api/throttle/override") {
        return R"({"level": "low", "reason": "coverage"})";
    }
    if (route == "PUT /api/vip/{key}") {
        return R"({"tier": "gold"})";
    }
    if (route == "POST /api/vip.csv") {
        return "key,tier,expires,notes\r\ncsv-key,gold,,\r\n";
    }
    if (route == "PUT /api/vip/tiers/{name}") {
        return R"({"multiplier": 3})";
    }
    if (route == "PUT /api/policies") {
        return R"([{"limit": 100, "period_ms": 60000, "burst": 100}])";
    }
    if (route == "PUT /api/flags/{name}") {
        return flags::writeFeature(flags::test::rolloutFlag("coverage-flag", 30));
    }
    if (route == "POST /api/flags.json") {
        return flags::writeClientFeatures(flags::FlagSet{2, {flags::test::rolloutFlag("coverage-import", 10)}, {}});
    }
    if (route == "PUT /api/segments/{id}") {
        return R"({"name": "coverage", "constraints": [{"contextName": "userId", "operator": "IN", "values": ["a"]}]})";
    }
    if (route == "PUT /api/flags/{name}/enabled") {
        return R"({"enabled": false})";
    }
    if (route == "PUT /api/flags/{name}/rollout") {
        return R"({"percent": 20})";
    }
    if (route == "PUT /api/flags/{name}/kill") {
        return R"({"killed": false})";
    }
    if (route == "POST /api/notifications/read") {
        return R"({"all": true})";
    }
    return route == "PUT /api/reputation" || route == "PUT /api/anomaly" ||
                   route == "PUT /api/notifications/settings" || route.starts_with("PUT /api/notifications/preferences")
               ? "{}"
               : "";
}

// The documented path with its parameter filled in, for the coverage test.
std::string sampleTarget(std::string path)
{
    const std::pair<const char*, const char*> fills[] = {
        {"/api/vip/tiers/{name}", "/api/vip/tiers/coverage-tier"},
        {"/api/flags/{name}", "/api/flags/coverage-flag"},
        {"{key}", "coverage-key"},
        {"{id}", "900"},
        {"{recipient}", "ops"},
        {"/api/report", "/api/report?from=2027-01-15T07:00:00Z&to=2027-01-15T09:00:00Z"},
    };
    for (const auto& [from, to] : fills) {
        if (const auto at = path.find(from); at != std::string::npos) {
            path.replace(at, std::string_view(from).size(), to);
        }
    }
    return path;
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
        QVERIFY(m_f->command(cmd::PutVipTier{"gold", 2.0}));
        QVERIFY(m_f->command(cmd::PutFlag{flags::test::rolloutFlag("coverage-flag", 50), "tester"}));
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
        m_f->addNotification(900, "ops", "coverage");
        for (const auto& [method, path] : ordered) {
            const std::string target = sampleTarget(path);
            const ClientResponse r = m_f->call(method, target, m_f->admin, sampleBody(method, path));
            // No alert can be made on demand: the engine's refusal of alert 900 shows the route answers.
            const bool alert = path.starts_with("/api/alerts/");
            const bool answered = alert ? r.status == 422 && r.body.find("900") != std::string::npos : r.status == 200;
            QVERIFY2(answered, (method + " " + target + ": " + std::to_string(r.status) + " " + r.body).c_str());
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

    void theThrottleHistoryListsTheOverrideNewestFirst()
    {
        QCOMPARE(
            m_f->call("PUT", "/api/throttle/override", m_f->admin, R"({"level": "high", "reason": "drill"})").status,
            200);
        QCOMPARE(m_f->call("DELETE", "/api/throttle/override", m_f->admin, R"({"reason": "drill over"})").status, 200);
        const json history = m_f->callJson("GET", "/api/throttle/history?limit=10", m_f->reader);
        const json& t = history.at("transitions");
        QVERIFY2(t.size() >= 2, history.dump().c_str());
        QCOMPARE(t[0].at("to").get<std::string>(), std::string("none"));
        QCOMPARE(t[0].at("actor").get<std::string>(), std::string("ops-script"));
        QCOMPARE(t[1].at("to").get<std::string>(), std::string("high"));
        QCOMPARE(t[1].at("actor").get<std::string>(), std::string("ops-script"));
        QCOMPARE(t[1].at("automatic").get<bool>(), false);
        QCOMPARE(m_f->callJson("GET", "/api/throttle/history?since=2099-01-01T00:00:00Z", m_f->reader)
                     .at("transitions")
                     .size(),
                 std::size_t{0});
        QCOMPARE(m_f->call("GET", "/api/throttle/history?since=yesterday", m_f->reader).status, 400);
    }

    void aTierIsPutAndRemovedInTheTokensName()
    {
        QCOMPARE(m_f->call("PUT", "/api/vip/tiers/platinum", m_f->admin, R"({"multiplier": 3.5})").status, 200);
        bool seen = false;
        const json tiers = m_f->callJson("GET", "/api/vip/tiers", m_f->reader);
        for (const json& tier : tiers.at("tiers")) {
            seen = seen || (tier.at("name") == "platinum" && tier.at("multiplier") == 3.5);
        }
        QVERIFY(seen);
        QCOMPARE(m_f->lastAudit("vip_tier.put"), std::string("ops-script platinum"));
        const ClientResponse tooBig = m_f->call("PUT", "/api/vip/tiers/huge", m_f->admin, R"({"multiplier": 99})");
        QVERIFY2(tooBig.status == 422, tooBig.body.c_str());
        const ClientResponse notANumber = m_f->call("PUT", "/api/vip/tiers/x", m_f->admin, R"({"multiplier": "3"})");
        QVERIFY2(notANumber.status == 400 && notANumber.body.find("multiplier") != std::string::npos,
                 notANumber.body.c_str());
        QCOMPARE(m_f->call("DELETE", "/api/vip/tiers/platinum", m_f->admin).status, 200);
        const json after = m_f->callJson("GET", "/api/vip/tiers", m_f->reader);
        for (const json& tier : after.at("tiers")) {
            QVERIFY(tier.at("name") != "platinum");
        }
        QCOMPARE(m_f->lastAudit("vip_tier.remove"), std::string("ops-script platinum"));
    }

    // A file exported imports back to the same assignments; a formula in a cell is defused on the way out.
    void vipAssignmentsGoOutAndComeBackAsCsv()
    {
        const std::string file = "key,tier,expires,notes\r\n"
                                 "carol,gold,2031-01-31T00:00:00Z,\"=HYPERLINK(\"\"http://x\"\")\"\r\n"
                                 "dave,gold,,plain\r\n";
        const ClientResponse imported = m_f->call("POST", "/api/vip.csv", m_f->admin, file);
        QVERIFY2(imported.status == 200, imported.body.c_str());
        QCOMPARE(json::parse(imported.body).at("imported").get<int>(), 2);
        QCOMPARE(m_f->lastAudit("vip.import").substr(0, 10), std::string("ops-script"));
        const ClientResponse exported = m_f->call("GET", "/api/vip.csv", m_f->reader);
        QCOMPARE(exported.status, 200);
        QVERIFY(exported.header("content-type").starts_with("text/csv"));
        QVERIFY2(exported.body.starts_with("key,tier,expires,notes\r\n"), exported.body.c_str());
        QVERIFY2(exported.body.find("\"'=HYPERLINK(\"\"http://x\"\")\"") != std::string::npos, exported.body.c_str());
        QVERIFY2(exported.body.find("dave,gold,,plain\r\n") != std::string::npos, exported.body.c_str());
        // The export imports back unchanged: the notes read back without the apostrophe.
        QCOMPARE(m_f->call("DELETE", "/api/vip/carol", m_f->admin).status, 200);
        QCOMPARE(m_f->call("POST", "/api/vip.csv", m_f->admin, exported.body).status, 200);
        const json page = m_f->callJson("GET", "/api/vip", m_f->reader);
        QCOMPARE(page.at("total").get<int>(), 2);
        QCOMPARE(page.at("items")[0].at("notes").get<std::string>(), std::string("=HYPERLINK(\"http://x\")"));

        const ClientResponse bad = m_f->call("POST", "/api/vip.csv", m_f->admin, "key,tier,expires,notes\r\nerin\r\n");
        QVERIFY2(bad.status == 400 && bad.body.find("line 2") != std::string::npos, bad.body.c_str());
        QCOMPARE(m_f->callJson("GET", "/api/vip", m_f->reader).at("total").get<int>(), 2);
    }

    void policiesAndReputationAreReadAndReplacedWhole()
    {
        const json before = m_f->callJson("GET", "/api/policies", m_f->reader);
        QVERIFY2(before.is_array() && !before.empty(), before.dump().c_str());
        const std::string policies = R"([{"limit": 300, "period_ms": 60000, "burst": 50},
                                         {"route": "/login", "limit": 5, "period_ms": 60000, "burst": 5}])";
        const ClientResponse set = m_f->call("PUT", "/api/policies", m_f->admin, policies);
        QVERIFY2(set.status == 200, set.body.c_str());
        const json after = m_f->callJson("GET", "/api/policies", m_f->reader);
        QCOMPARE(after.size(), std::size_t{2});
        QCOMPARE(after[0].at("limit").get<int>(), 300);
        QCOMPARE(after[1].at("route").get<std::string>(), std::string("/login"));
        QCOMPARE(m_f->lastAudit("setting.put"), std::string("ops-script engine.policies"));
        const ClientResponse bad =
            m_f->call("PUT", "/api/policies", m_f->admin, R"([{"limit": -3, "period_ms": 60000, "burst": 5}])");
        QVERIFY2(bad.status == 400 && bad.body.find("[0].limit") != std::string::npos, bad.body.c_str());
        QCOMPARE(m_f->callJson("GET", "/api/policies", m_f->reader), after);

        const json reputation = m_f->callJson("GET", "/api/reputation", m_f->reader);
        QVERIFY2(reputation.is_object() && !reputation.empty(), reputation.dump().c_str());
        json changed = reputation;
        changed["clean_requests_per_point"] = 7;
        QCOMPARE(m_f->call("PUT", "/api/reputation", m_f->admin, changed.dump()).status, 200);
        QCOMPARE(m_f->callJson("GET", "/api/reputation", m_f->reader), changed);
        // Replaced whole: a field left out takes its default again.
        QCOMPARE(m_f->call("PUT", "/api/reputation", m_f->admin, "{}").status, 200);
        QCOMPARE(m_f->callJson("GET", "/api/reputation", m_f->reader), reputation);
        QCOMPARE(m_f->lastAudit("setting.put"), std::string("ops-script engine.reputation"));
        const ClientResponse unknown = m_f->call("PUT", "/api/reputation", m_f->admin, R"({"colour": 1})");
        QVERIFY2(unknown.status == 400 && unknown.body.find("colour") != std::string::npos, unknown.body.c_str());

        // Anomaly detection's and the notifications' settings, the same way.
        const json anomaly = m_f->callJson("GET", "/api/anomaly", m_f->reader);
        QVERIFY2(anomaly.is_object() && anomaly.contains("alert_threshold"), anomaly.dump().c_str());
        json quieter = anomaly;
        quieter["alert_threshold"] = 0.9;
        quieter["respond"] = false;
        QCOMPARE(m_f->call("PUT", "/api/anomaly", m_f->admin, quieter.dump()).status, 200);
        QCOMPARE(m_f->callJson("GET", "/api/anomaly", m_f->reader), quieter);
        QVERIFY(sluice::engine::testing::query<bool>(
            *m_f->runtime, [](const EngineShards& e) { return !e.config().anomaly.respond; }));
        QCOMPARE(m_f->lastAudit("setting.put"), std::string("ops-script engine.anomaly"));
        const ClientResponse outOfRange = m_f->call("PUT", "/api/anomaly", m_f->admin, R"({"alert_threshold": 4})");
        QVERIFY2(outOfRange.status == 400 && outOfRange.body.find("alert_threshold") != std::string::npos,
                 outOfRange.body.c_str());
        // Admin even to read them: contacts, accounts and URLs that may carry credentials.
        QCOMPARE(m_f->call("GET", "/api/notifications/settings", m_f->reader).status, 403);
        const json notify = m_f->callJson("GET", "/api/notifications/settings", m_f->admin);
        QVERIFY2(notify.is_object() && notify.contains("violation_window_s"), notify.dump().c_str());
        json slower = notify;
        slower["violation_window_s"] = 600;
        QCOMPARE(m_f->call("PUT", "/api/notifications/settings", m_f->admin, slower.dump()).status, 200);
        QCOMPARE(m_f->callJson("GET", "/api/notifications/settings", m_f->admin), slower);
        QCOMPARE(m_f->lastAudit("setting.put"), std::string("ops-script engine.notify"));
        QCOMPARE(m_f->call("PUT", "/api/notifications/settings", m_f->reader, "{}").status, 403);
        const ClientResponse badNotify =
            m_f->call("PUT", "/api/notifications/settings", m_f->admin, R"({"violation_window_s": 0})");
        QVERIFY2(badNotify.status == 400 && badNotify.body.find("violation_window_s") != std::string::npos,
                 badNotify.body.c_str());
    }

    void flagsAreListedSwitchedAndRolledOut()
    {
        const auto flag = [&] {
            const json list = m_f->callJson("GET", "/api/flags", m_f->reader);
            for (const json& f : list.at("flags")) {
                if (f.at("name") == "coverage-flag") {
                    return f;
                }
            }
            return json();
        };
        QCOMPARE(flag().at("rollout").get<int>(), 50);
        QCOMPARE(flag().at("enabled").get<bool>(), true);
        QCOMPARE(m_f->call("PUT", "/api/flags/coverage-flag/rollout", m_f->admin, R"({"percent": 75})").status, 200);
        QCOMPARE(flag().at("rollout").get<int>(), 75);
        QCOMPARE(m_f->lastAudit("flag.rollout"), std::string("ops-script coverage-flag"));
        QCOMPARE(m_f->call("PUT", "/api/flags/coverage-flag/enabled", m_f->admin, R"({"enabled": false})").status, 200);
        QCOMPARE(flag().at("enabled").get<bool>(), false);
        QCOMPARE(m_f->lastAudit("flag.enable"), std::string("ops-script coverage-flag"));
        const ClientResponse over =
            m_f->call("PUT", "/api/flags/coverage-flag/rollout", m_f->admin, R"({"percent": 101})");
        QVERIFY2(over.status == 400 && over.body.find("percent") != std::string::npos, over.body.c_str());
        const ClientResponse missing =
            m_f->call("PUT", "/api/flags/no-such-flag/enabled", m_f->admin, R"({"enabled": true})");
        QVERIFY2(missing.status == 422 && missing.body.find("no-such-flag") != std::string::npos, missing.body.c_str());

        // The kill switch: a reason is required to kill; lifted, the flag is as it was.
        const ClientResponse noReason =
            m_f->call("PUT", "/api/flags/coverage-flag/kill", m_f->admin, R"({"killed": true})");
        QVERIFY2(noReason.status == 400 && noReason.body.find("reason") != std::string::npos, noReason.body.c_str());
        QCOMPARE(
            m_f->call("PUT", "/api/flags/coverage-flag/kill", m_f->admin, R"({"killed": true, "reason": "  "})").status,
            400);
        QCOMPARE(flag().at("killed").get<bool>(), false);
        QCOMPARE(m_f->call("PUT", "/api/flags/coverage-flag/kill", m_f->reader,
                           R"({"killed": true, "reason": "bad rollout"})")
                     .status,
                 403);
        QCOMPARE(m_f->call("PUT", "/api/flags/coverage-flag/kill", m_f->admin,
                           R"({"killed": true, "reason": "bad rollout"})")
                     .status,
                 200);
        QCOMPARE(flag().at("killed").get<bool>(), true);
        QCOMPARE(m_f->lastAudit("flag.kill"), std::string("ops-script coverage-flag"));
        QCOMPARE(m_f->call("PUT", "/api/flags/coverage-flag/kill", m_f->admin, R"({"killed": false})").status, 200);
        QCOMPARE(flag().at("killed").get<bool>(), false);
        QCOMPARE(m_f->call("PUT", "/api/flags/coverage-flag/kill", m_f->admin, R"({"killed": "yes"})").status, 400);
    }

    // A script keeps flags as files: it reads a definition, changes it and puts it back, and makes and removes
    // segments, each change audited in the token's name.
    void flagDefinitionsAndSegmentsAreReadReplacedAndRemoved()
    {
        const ClientResponse read = m_f->call("GET", "/api/flags/coverage-flag", m_f->reader);
        QCOMPARE(read.status, 200);
        const flags::FlagRead back = flags::readFeature(read.body);
        QVERIFY2(back.flag.has_value(), back.error.c_str());
        QCOMPARE(flags::rolloutOf(*back.flag), std::optional<int>(50));
        const ClientResponse unknown = m_f->call("GET", "/api/flags/no-such-flag", m_f->reader);
        QVERIFY2(unknown.status == 404 && unknown.body.find("no-such-flag") != std::string::npos, unknown.body.c_str());

        // What GET gave, changed and put back; the name may be left out of the body.
        json changed = json::parse(read.body);
        changed.erase("name");
        changed["description"] = "checkout for a tenth";
        changed["strategies"][0]["parameters"]["rollout"] = "10";
        const ClientResponse put = m_f->call("PUT", "/api/flags/coverage-flag", m_f->admin, changed.dump());
        QVERIFY2(put.status == 200, put.body.c_str());
        QCOMPARE(json::parse(put.body).at("warnings").size(), std::size_t{0});
        const json now = m_f->callJson("GET", "/api/flags/coverage-flag", m_f->reader);
        QCOMPARE(now.at("description").get<std::string>(), std::string("checkout for a tenth"));
        QCOMPARE(m_f->lastAudit("flag.put"), std::string("ops-script coverage-flag"));

        // A new flag on a new segment; a strategy Sluice does not know is taken and named.
        const ClientResponse segment = m_f->call(
            "PUT", "/api/segments/7", m_f->admin,
            R"({"name": "staff", "constraints": [{"contextName": "userId", "operator": "IN", "values": ["ann"]}]})");
        QVERIFY2(segment.status == 200, segment.body.c_str());
        QCOMPARE(m_f->lastAudit("flag.segment_put"), std::string("ops-script 7"));
        const json segments = m_f->callJson("GET", "/api/segments", m_f->reader).at("segments");
        QCOMPARE(segments.size(), std::size_t{1});
        QCOMPARE(segments.at(0).at("name").get<std::string>(), std::string("staff"));
        const ClientResponse staffOnly =
            m_f->call("PUT", "/api/flags/staff-preview", m_f->admin,
                      R"({"enabled": true, "strategies": [{"name": "default", "segments": [7]},)"
                      R"( {"name": "someVendorStrategy"}]})");
        QVERIFY2(staffOnly.status == 200, staffOnly.body.c_str());
        const json warnings = json::parse(staffOnly.body).at("warnings");
        QVERIFY2(warnings.size() == 1 && warnings.at(0).get<std::string>().starts_with("strategies[1]"),
                 staffOnly.body.c_str());

        // Refusals name what is wrong: the body's field, or the engine's rule.
        const ClientResponse otherName =
            m_f->call("PUT", "/api/flags/staff-preview", m_f->admin, R"({"name": "other", "enabled": true})");
        QVERIFY2(otherName.status == 400 && otherName.body.find("name: must be the flag's") != std::string::npos,
                 otherName.body.c_str());
        const ClientResponse badStrategy =
            m_f->call("PUT", "/api/flags/staff-preview", m_f->admin, R"({"strategies": [{"name": 5}]})");
        QVERIFY2(badStrategy.status == 400 && badStrategy.body.find("strategies[0].name") != std::string::npos,
                 badStrategy.body.c_str());
        const ClientResponse notAnObject = m_f->call("PUT", "/api/flags/staff-preview", m_f->admin, "[1]");
        QCOMPARE(notAnObject.status, 400);
        const ClientResponse otherId = m_f->call("PUT", "/api/segments/7", m_f->admin, R"({"id": 8})");
        QVERIFY2(otherId.status == 400 && otherId.body.find("id: must be the segment's") != std::string::npos,
                 otherId.body.c_str());
        // A name that is not UTF-8 cannot travel as JSON: refused in the path, by a read token's request too.
        const ClientResponse notUtf8 = m_f->call("GET", "/api/flags/%FF%FE", m_f->reader);
        QVERIFY2(notUtf8.status == 400 && notUtf8.body.find("UTF-8") != std::string::npos, notUtf8.body.c_str());
        QCOMPARE(m_f->call("PUT", "/api/flags/%C3%28", m_f->admin, "{}").status, 400);
        // A definition keeps its strategy's parameters in the order written.
        const char* ordered = R"({"enabled": true, "strategies": [{"name": "flexibleRollout", "parameters": )"
                              R"({"stickiness": "default", "rollout": "40", "groupId": "ordered"}}]})";
        QCOMPARE(m_f->call("PUT", "/api/flags/ordered", m_f->admin, ordered).status, 200);
        const std::string kept = m_f->call("GET", "/api/flags/ordered", m_f->reader).body;
        QVERIFY2(kept.find(R"("parameters":{"stickiness":"default","rollout":"40","groupId":"ordered"})") !=
                     std::string::npos,
                 kept.c_str());
        const ClientResponse badId = m_f->call("DELETE", "/api/segments/seven", m_f->admin);
        QVERIFY2(badId.status == 400 && badId.body.find("id:") != std::string::npos, badId.body.c_str());
        const ClientResponse used = m_f->call("DELETE", "/api/segments/7", m_f->admin);
        QVERIFY2(used.status == 422 && used.body.find("still used") != std::string::npos, used.body.c_str());
        const ClientResponse builtIn = m_f->call("DELETE", "/api/flags/reputation_system", m_f->admin);
        QVERIFY2(builtIn.status == 422 && builtIn.body.find("cannot be removed") != std::string::npos,
                 builtIn.body.c_str());
        // A built-in flag's definition keeps its own effect, whatever the body says, and the answer says so.
        const ClientResponse builtInPut = m_f->call("PUT", "/api/flags/reputation_system", m_f->admin,
                                                    R"({"enabled": true, "strategies": [{"name": "default"}]})");
        QCOMPARE(builtInPut.status, 200);
        const json builtInWarnings = json::parse(builtInPut.body).at("warnings");
        QVERIFY2(builtInWarnings.size() == 1 &&
                     builtInWarnings.at(0).get<std::string>().starts_with(
                         "sluice.effect: reputation_system is built in, so it keeps its own effect"),
                 builtInPut.body.c_str());
        const json builtInKept = json::parse(m_f->call("GET", "/api/flags/reputation_system", m_f->reader).body);
        QCOMPARE(builtInKept.at("sluice").at("effect").at("kind").get<std::string>(), std::string("feature"));
        QCOMPARE(m_f->call("DELETE", "/api/flags/staff-preview", m_f->reader).status, 403);

        QCOMPARE(m_f->call("DELETE", "/api/flags/staff-preview", m_f->admin).status, 200);
        QCOMPARE(m_f->lastAudit("flag.remove"), std::string("ops-script staff-preview"));
        QCOMPARE(m_f->call("GET", "/api/flags/staff-preview", m_f->reader).status, 404);
        QCOMPARE(m_f->call("DELETE", "/api/segments/7", m_f->admin).status, 200);
        QCOMPARE(m_f->lastAudit("flag.segment_remove"), std::string("ops-script 7"));
        QCOMPARE(m_f->callJson("GET", "/api/segments", m_f->reader).at("segments").size(), std::size_t{0});
        const ClientResponse gone = m_f->call("DELETE", "/api/segments/7", m_f->admin);
        QVERIFY2(gone.status == 422 && gone.body.find("no segment 7") != std::string::npos, gone.body.c_str());
    }

    void alertsAreListedAndAnUnknownOneIsRefused()
    {
        QCOMPARE(m_f->callJson("GET", "/api/alerts", m_f->reader).at("alerts").size(), std::size_t{0});
        QCOMPARE(m_f->callJson("GET", "/api/alerts?state=open", m_f->reader).at("alerts").size(), std::size_t{0});
        QCOMPARE(m_f->call("GET", "/api/alerts?state=sleeping", m_f->reader).status, 400);
        const ClientResponse unknown = m_f->call("POST", "/api/alerts/7/acknowledge", m_f->admin);
        QVERIFY2(unknown.status == 422 && unknown.body.find('7') != std::string::npos, unknown.body.c_str());
        const ClientResponse notAnId = m_f->call("POST", "/api/alerts/seven/resolve", m_f->admin);
        QVERIFY2(notAnId.status == 400 && notAnId.body.find("id") != std::string::npos, notAnId.body.c_str());
        // Another engine's alerts and inbox are asked of it through a fleet, which this server is not in.
        const ClientResponse noResponse = m_f->call("POST", "/api/alerts/7/undo", m_f->admin);
        QVERIFY2(noResponse.status == 422 && noResponse.body.find('7') != std::string::npos, noResponse.body.c_str());
        for (const char* path :
             {"/api/alerts/7/acknowledge?engine=host-b%3A2", "/api/alerts/7/resolve?engine=host-b:2",
              "/api/alerts/7/undo?engine=host-b:2", "/api/notifications/7/acknowledge?engine=host-b:2"}) {
            const ClientResponse elsewhere = m_f->call("POST", path, m_f->admin);
            QVERIFY2(elsewhere.status == 404 &&
                         elsewhere.body.find("no fleet, so there is no engine host-b:2") != std::string::npos,
                     elsewhere.body.c_str());
        }
        const ClientResponse read =
            m_f->call("POST", "/api/notifications/read?engine=host-b:2", m_f->admin, R"({"ids":[1]})");
        QCOMPARE(read.status, 404);
        QCOMPARE(m_f->call("POST", "/api/alerts/7/acknowledge?engine=host%ZZ", m_f->admin).status, 400);
        // The body is read first: a bad one is 400 whatever the engine.
        QCOMPARE(m_f->call("POST", "/api/notifications/read?engine=host-b:2", m_f->admin, R"({"ids":"1"})").status,
                 400);
        // Left empty, it is this engine: the alert is its own to refuse.
        QCOMPARE(m_f->call("POST", "/api/alerts/7/acknowledge?engine=", m_f->admin).status, 422);
        QCOMPARE(m_f->call("POST", "/api/alerts/7/acknowledge?engine=host-b:2", m_f->reader).status, 403);
    }

    void theInboxIsListedMarkedReadAndAcknowledged()
    {
        m_f->addNotification(11, "ops", "first");
        m_f->addNotification(12, "alice", "second");
        m_f->addNotification(13, "ops", "third");
        const json all = m_f->callJson("GET", "/api/notifications", m_f->reader);
        QCOMPARE(all.at("notifications").size(), std::size_t{3});
        QCOMPARE(all.at("notifications")[0].at("title").get<std::string>(), std::string("third"));
        QCOMPARE(all.at("notifications")[0].at("severity").get<std::string>(), std::string("warning"));
        const json ops = m_f->callJson("GET", "/api/notifications?recipient=ops&limit=1", m_f->reader);
        QCOMPARE(ops.at("notifications").size(), std::size_t{1});
        QCOMPARE(ops.at("notifications")[0].at("id").get<int>(), 13);
        QCOMPARE(m_f->callJson("GET", "/api/notifications?before=13&recipient=ops", m_f->reader)
                     .at("notifications")[0]
                     .at("id")
                     .get<int>(),
                 11);
        QCOMPARE(m_f->callJson("GET", "/api/notifications/unread", m_f->reader).at("unread").get<int>(), 3);

        QCOMPARE(m_f->call("POST", "/api/notifications/read", m_f->admin, R"({"ids": [13]})").status, 200);
        QCOMPARE(m_f->callJson("GET", "/api/notifications/unread?recipient=ops", m_f->reader).at("unread").get<int>(),
                 1);
        QCOMPARE(m_f->callJson("GET", "/api/notifications?unread=true", m_f->reader).at("notifications").size(),
                 std::size_t{2});
        QCOMPARE(m_f->call("POST", "/api/notifications/read", m_f->admin, R"({"all": true})").status, 200);
        QCOMPARE(m_f->callJson("GET", "/api/notifications/unread", m_f->reader).at("unread").get<int>(), 0);
        QCOMPARE(m_f->lastAudit("notification.read").substr(0, 10), std::string("ops-script"));

        QCOMPARE(m_f->call("POST", "/api/notifications/12/acknowledge", m_f->admin).status, 200);
        const json acknowledged = m_f->callJson("GET", "/api/notifications?recipient=alice", m_f->reader);
        QCOMPARE(acknowledged.at("notifications")[0].at("acknowledged_by").get<std::string>(),
                 std::string("ops-script"));
        const ClientResponse unknown = m_f->call("POST", "/api/notifications/99/acknowledge", m_f->admin);
        QVERIFY2(unknown.status == 404 && unknown.body.find("99") != std::string::npos, unknown.body.c_str());
        const ClientResponse neither = m_f->call("POST", "/api/notifications/read", m_f->admin, R"({"ids": []})");
        QVERIFY2(neither.status == 400 && neither.body.find("ids") != std::string::npos, neither.body.c_str());
        QCOMPARE(m_f->call("GET", "/api/notifications?unread=maybe", m_f->reader).status, 400);
    }

    void preferencesAreReadAndSet()
    {
        const json defaults = m_f->callJson("GET", "/api/notifications/preferences/alice", m_f->reader);
        QVERIFY2(defaults.contains("quiet_start_minute"), defaults.dump().c_str());
        const ClientResponse set = m_f->call("PUT", "/api/notifications/preferences/alice", m_f->admin,
                                             R"({"quiet_start_minute": 1320, "quiet_end_minute": 420})");
        QVERIFY2(set.status == 200, set.body.c_str());
        const json after = m_f->callJson("GET", "/api/notifications/preferences/alice", m_f->reader);
        QCOMPARE(after.at("quiet_start_minute").get<int>(), 1320);
        QCOMPARE(after.at("quiet_end_minute").get<int>(), 420);
        QCOMPARE(m_f->lastAudit("notify_preferences.put"), std::string("ops-script alice"));
        const ClientResponse bad =
            m_f->call("PUT", "/api/notifications/preferences/alice", m_f->admin, R"({"quiet_start_minute": "late"})");
        QVERIFY2(bad.status == 400 && bad.body.find("quiet_start_minute") != std::string::npos, bad.body.c_str());
    }

    void theAuditLogIsQueriedAndExportedSafely()
    {
        QCOMPARE(m_f->call("PUT", "/api/vip/%3Dcmd", m_f->admin, R"({"tier": "gold", "notes": "x"})").status, 200);
        QCOMPARE(m_f->call("DELETE", "/api/vip/%3Dcmd", m_f->admin).status, 200);
        const json assigns = m_f->callJson("GET", "/api/audit?action=vip.assign", m_f->reader);
        QCOMPARE(assigns.at("entries").size(), std::size_t{1});
        const json& row = assigns.at("entries")[0];
        QCOMPARE(row.at("actor").get<std::string>(), std::string("ops-script"));
        QCOMPARE(row.at("target").get<std::string>(), std::string("=cmd"));
        QVERIFY2(row.at("after").is_object(), row.dump().c_str());
        QVERIFY(row.at("before").is_null());
        const json mine = m_f->callJson("GET", "/api/audit?actor=ops-script", m_f->reader);
        QCOMPARE(mine.at("entries").size(), std::size_t{2});
        QCOMPARE(mine.at("entries")[0].at("action").get<std::string>(), std::string("vip.revoke"));
        QCOMPARE(m_f->callJson("GET", "/api/audit?text=%3Dcm", m_f->reader).at("entries").size(), std::size_t{2});
        QCOMPARE(m_f->callJson("GET", "/api/audit?actor=ops-script&limit=1", m_f->reader).at("entries").size(),
                 std::size_t{1});
        QCOMPARE(m_f->callJson("GET", "/api/audit?since=2099-01-01T00:00:00Z", m_f->reader).at("entries").size(),
                 std::size_t{0});
        QCOMPARE(m_f->call("GET", "/api/audit?since=soon", m_f->reader).status, 400);

        const ClientResponse csv = m_f->call("GET", "/api/audit.csv?actor=ops-script", m_f->reader);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("content-type").starts_with("text/csv"));
        QVERIFY2(csv.body.starts_with("id,engine_time_utc,wall_time_utc,actor,action,target,before,after,reason\r\n"),
                 csv.body.c_str());
        // The key "=cmd" would be a formula in a spreadsheet: it leaves as '=cmd.
        QVERIFY2(csv.body.find(",'=cmd,") != std::string::npos, csv.body.c_str());
        QVERIFY2(csv.body.find(",=cmd") == std::string::npos, csv.body.c_str());
    }

    void thePeriodReportComesAsJson()
    {
        QCOMPARE(m_f->call("PUT", "/api/vip/report-key", m_f->admin, R"({"tier": "gold"})").status, 200);
        const ClientResponse r =
            m_f->call("GET", "/api/report?from=2027-01-15T07:00:00Z&to=2027-01-15T09:00:00Z", m_f->reader);
        QVERIFY2(r.status == 200, r.body.c_str());
        const json report = json::parse(r.body, nullptr, false);
        QVERIFY2(report.is_object() && report.contains("kpis") && report.contains("traffic"), r.body.c_str());
        QVERIFY2(report.at("kpis").at("admin_changes").get<int>() >= 1, report.at("kpis").dump().c_str());
        // The period outside anything stored: a report of nothing, not an error.
        const json empty =
            m_f->callJson("GET", "/api/report?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z", m_f->reader);
        QCOMPARE(empty.at("kpis").at("requests").get<int>(), 0);
        QCOMPARE(m_f->call("GET", "/api/report", m_f->reader).status, 400);
        QCOMPARE(m_f->call("GET", "/api/report?from=yesterday", m_f->reader).status, 400);
        const ClientResponse backwards =
            m_f->call("GET", "/api/report?from=2027-01-15T09:00:00Z&to=2027-01-15T07:00:00Z", m_f->reader);
        QVERIFY2(backwards.status == 400 && backwards.body.find("to:") != std::string::npos, backwards.body.c_str());
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
