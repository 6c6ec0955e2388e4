// SPDX-License-Identifier: Apache-2.0
// A fleet: two `sluice serve` engines, each with its own database, in front of a real Redis Cluster on 127.0.0.1.
// A key's limit holds across both; a killed Redis master leaves the route's failure rule in charge until its
// replica takes over; a killed engine leaves the other deciding, and comes back to the same shared state.
#include "../engine/RedisTestSupport.h"
#include "PlainHttp.h"
#include "ServeProcess.h"

#include "redis/HashSlot.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <tuple>

using sluice::test::RedisCluster;
using sluice::test::RedisServer;
using sluice::testing::get;
using sluice::testing::Reply;
using sluice::testing::ServeProcess;

namespace {

// One engine of the fleet: its database, its token (check and metrics) and its process.
struct Engine {
    explicit Engine(const QTemporaryDir& dir, const QString& name)
        : serve(dir.filePath(name + QStringLiteral(".db"))), settings(dir.filePath(name + QStringLiteral(".json")))
    {
    }
    ServeProcess serve;
    QString settings;
    QByteArray token;
    quint16 port = 0;
};

// limit per minute with a burst as large; `failure` is the route's rule while Redis cannot decide; `more` more
// members of the settings object.
bool writeSettings(const QString& path, int limit, const char* failure, const QByteArray& more = {})
{
    QFile f(path);
    const QByteArray json = "{\"policies\": [{\"route\": \"\", \"limit\": " + QByteArray::number(limit) +
                            ", \"period_ms\": 60000, \"burst\": " + QByteArray::number(limit) +
                            ", \"redis_failure\": \"" + failure + "\"}]" + (more.isEmpty() ? "" : ", " + more) + "}";
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(json) == json.size();
}

QByteArray check(const QByteArray& key) { return "/v1/check?key=" + key; }

// The value of an unlabelled sample in /metrics text, or -1.
double metric(const QByteArray& text, const QByteArray& name)
{
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(name + ' ')) {
            return line.mid(name.size() + 1).toDouble();
        }
    }
    return -1;
}

}  // namespace

class TestServeFleet final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!RedisServer::available()) {
            QSKIP("redis-server is not installed");
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_a = std::make_unique<Engine>(*m_dir, QStringLiteral("a"));
        m_b = std::make_unique<Engine>(*m_dir, QStringLiteral("b"));
    }
    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void badRedisOptionsAreRefused()
    {
        for (const auto& [args, message] : std::vector<std::pair<QStringList, QString>>{
                 {{QStringLiteral("--redis"), QStringLiteral("nowhere")}, QStringLiteral("--redis needs host:port")},
                 {{QStringLiteral("--redis"), QStringLiteral("127.0.0.1:99999")},
                  QStringLiteral("--redis needs host:port")},
                 {{QStringLiteral("--redis-prefix"), QStringLiteral("x")},
                  QStringLiteral("--redis-prefix needs --redis")},
                 {{QStringLiteral("--redis-lease"), QStringLiteral("5")},
                  QStringLiteral("--redis-lease needs --redis")},
                 {{QStringLiteral("--redis"), QStringLiteral("127.0.0.1:6379"), QStringLiteral("--redis-prefix"),
                   QStringLiteral("a{b}")},
                  QStringLiteral("--redis-prefix must be a word without braces or spaces, not 'a{b}'")},
                 {{QStringLiteral("--redis"), QStringLiteral("127.0.0.1:6379"), QStringLiteral("--redis-lease"),
                   QStringLiteral("lots")},
                  QStringLiteral("--redis-lease needs a number of units from 0 to 100000, not 'lots'")},
                 {{QStringLiteral("--redis"), QStringLiteral("127.0.0.1:6379"), QStringLiteral("--redis-lease-ms"),
                   QStringLiteral("0")},
                  QStringLiteral("--redis-lease-ms needs milliseconds from 1 to 60000, not '0'")},
                 {{QStringLiteral("--redis-reputation"), QStringLiteral("local")},
                  QStringLiteral("--redis-reputation needs --redis")},
                 {{QStringLiteral("--redis"), QStringLiteral("127.0.0.1:6379"), QStringLiteral("--redis-reputation"),
                   QStringLiteral("mine")},
                  QStringLiteral("--redis-reputation needs shared or local, not 'mine'")},
                 {{QStringLiteral("--redis"), QStringLiteral("127.0.0.1:6379"),
                   QStringLiteral("--redis-reputation-refresh"), QStringLiteral("0")},
                  QStringLiteral("--redis-reputation-refresh needs seconds from 1 to 86400, not '0'")}}) {
            QProcess p;
            p.start(QStringLiteral(SLUICE_BINARY), QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
                                                               m_dir->filePath(QStringLiteral("x.db"))} +
                                                       args);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY2(p.readAllStandardError().contains(message.toUtf8()), qPrintable(message));
        }
    }

    void aKeysLimitHoldsAcrossTheFleet_data()
    {
        QTest::addColumn<int>("lease");
        QTest::newRow("every check asks Redis") << 0;
        QTest::newRow("leases of 5") << 5;
    }
    // 40 a minute for one key, 200 checks alternating between the engines: 40 pass in all (41 if the limit's
    // clock ticked one more in while they ran), where two engines alone would pass 80. With leases, no more pass
    // (units are taken from Redis when leased), and at most the two engines' unspent leases fewer.
    void aKeysLimitHoldsAcrossTheFleet()
    {
        QFETCH(int, lease);
        RedisCluster cluster(3, 0);
        QVERIFY2(cluster.ready(), qPrintable(cluster.error()));
        startBoth(cluster, 40, "local", {QStringLiteral("--redis-lease"), QString::number(lease)});
        int allowed = 0;
        for (int i = 0; i < 200; ++i) {
            const Engine& e = i % 2 == 0 ? *m_a : *m_b;
            const Reply r = get(e.port, check("fleet-key"), e.token);
            QVERIFY2(r.status == 200 || r.status == 429, r.head.constData());
            allowed += r.status == 200 ? 1 : 0;
        }
        QVERIFY2(allowed <= 41 && allowed >= 40 - 2 * lease, QByteArray::number(allowed).constData());
        // Each engine's snapshot (about ten a second) counts its hundred, all decided by Redis or its leases.
        QByteArray metrics;
        QVERIFY(QTest::qWaitFor(
            [&] {
                metrics = get(m_a->port, "/metrics", m_a->token).body;
                return metric(metrics, "sluice_redis_decisions_total{by=\"redis\"}") +
                           metric(metrics, "sluice_redis_decisions_total{by=\"lease\"}") ==
                       100.0;
            },
            10000));
        QCOMPARE(metric(metrics, "sluice_redis_decisions_total{by=\"lease\"}") > 0, lease > 0);
        QCOMPARE(metric(metrics, "sluice_redis_degraded"), 0.0);
        QVERIFY(metrics.contains("sluice_redis_decisions_total{by=\"local\"} 0\n"));
        QVERIFY(metrics.contains("sluice_redis_node_up{node=\"127.0.0.1:"));
    }

    // A key's score is the fleet's: B has met the key at its full limit; A sees it go far over its limit, and the
    // violation flags it. A's answers then carry the flagged limit (half), and B's follow within a second without
    // B having asked. With --redis-reputation local, B's stays its own.
    void aKeyFlaggedOnOneEngineIsFlaggedOnAll_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared") << true;
        QTest::newRow("local") << false;
    }
    void aKeyFlaggedOnOneEngineIsFlaggedOnAll()
    {
        QFETCH(bool, shared);
        RedisCluster cluster(3, 0);
        QVERIFY2(cluster.ready(), qPrintable(cluster.error()));
        // One violation of severity 3 costs 33 points: 50 -> 17, flagged (x0.5). Windows of a second.
        startBoth(cluster, 40, "local",
                  shared ? QStringList{} : QStringList{QStringLiteral("--redis-reputation"), QStringLiteral("local")},
                  R"("reputation": {"points_per_severity": 11, "violation_window_s": 1})");
        const auto limitOn = [](const Engine& e) {
            const QByteArray field = "ratelimit-limit:";
            for (const QByteArray& line : get(e.port, check("rep-key"), e.token).head.split('\n')) {
                if (line.toLower().startsWith(field)) {
                    return line.mid(field.size()).trimmed().toInt();
                }
            }
            return -1;
        };
        QCOMPARE(limitOn(*m_b), 40);
        int denied = 0;
        for (int i = 0; i < 160; ++i) {  // about 39 of them pass: tried over allowed is above 3
            denied += get(m_a->port, check("rep-key"), m_a->token).status == 429 ? 1 : 0;
        }
        QVERIFY2(denied >= 115, QByteArray::number(denied).constData());
        QElapsedTimer sinceA;
        QVERIFY(QTest::qWaitFor([&] { return limitOn(*m_a) == 20; }, 10000));
        sinceA.start();
        // The score is in Redis only when it is shared.
        const std::string scoreKey = "sluice:rep:rep-key";
        RedisServer* owner = cluster.masterOf(sluice::engine::redis::hashSlot(scoreKey));
        QVERIFY(owner != nullptr);
        QCOMPARE(owner->call({"EXISTS", scoreKey}).integer, shared ? 1LL : 0LL);
        if (shared) {
            QVERIFY(QTest::qWaitFor([&] { return limitOn(*m_b) == 20; }, 5000));
            QVERIFY2(sinceA.elapsed() < 1000, QByteArray::number(sinceA.elapsed()).constData());
            qInfo("B answered with the flagged limit %lld ms after A did", static_cast<long long>(sinceA.elapsed()));
            QByteArray metrics;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    metrics = get(m_a->port, "/metrics", m_a->token).body;
                    return metric(metrics, "sluice_redis_score_changes_total{by=\"redis\"}") >= 1.0;
                },
                5000));
            QCOMPARE(metric(metrics, "sluice_redis_score_changes_total{by=\"local\"}"), 0.0);
            QCOMPARE(metric(get(m_b->port, "/metrics", m_b->token).body, "sluice_redis_score_listening"), 1.0);
        } else {
            // B's own score: B's checks are denied too (the limit is still shared), so B flags the key only after
            // its own window of denials; its first answers keep the full limit.
            QCOMPARE(limitOn(*m_b), 40);
            QVERIFY(!get(m_a->port, "/metrics", m_a->token).body.contains("sluice_redis_score_changes_total"));
        }
    }

    // The master of a key's slot dies: with "closed" its checks are refused at once and /metrics says degraded;
    // other keys are still shared. Once its replica has taken over, Redis decides the key again. Then an engine
    // is killed (SIGKILL): the other goes on, and the killed one, started again, meets the same shared state.
    void aKilledMasterThenAKilledEngine()
    {
        RedisCluster cluster(3, 1);
        QVERIFY2(cluster.ready(), qPrintable(cluster.error()));
        startBoth(cluster, 5, "closed");
        const QByteArray key = "doomed-key";
        RedisServer* master =
            cluster.masterOf(sluice::engine::redis::hashSlot("sluice:gcra:{" + key.toStdString() + "}"));
        QVERIFY(master != nullptr);
        QByteArray survivor;
        for (int i = 0; survivor.isEmpty(); ++i) {
            const QByteArray candidate = "survivor-" + QByteArray::number(i);
            if (cluster.masterOf(sluice::engine::redis::hashSlot("sluice:gcra:{" + candidate.toStdString() + "}")) !=
                master) {
                survivor = candidate;
            }
        }
        QCOMPARE(get(m_a->port, check(key), m_a->token).status, 200);
        QVERIFY(cluster.node(0).answers());
        QVERIFY(sluice::test::waitUntil([&] {
            long long replicas = 0;
            return master->call({"WAIT", "1", "1000"}).asInteger(replicas) && replicas >= 1;
        }));

        master->kill();
        QCOMPARE(get(m_a->port, check(key), m_a->token).status, 429);  // closed: refused, not waited for
        QCOMPARE(get(m_b->port, check(survivor), m_b->token).status, 200);
        QVERIFY(QTest::qWaitFor(
            [&] { return metric(get(m_a->port, "/metrics", m_a->token).body, "sluice_redis_degraded") == 1.0; },
            10000));
        QVERIFY(QTest::qWaitFor([&] { return m_a->serve.log().contains("Redis degraded"); }, 10000));

        // The replica takes over: the key is decided by Redis again, with the one request it had.
        QVERIFY(QTest::qWaitFor([&] { return get(m_b->port, check(key), m_b->token).status == 200; }, 30000));
        QVERIFY(QTest::qWaitFor(
            [&] { return metric(get(m_a->port, "/metrics", m_a->token).body, "sluice_redis_degraded") == 0.0; },
            10000));
        QVERIFY(QTest::qWaitFor([&] { return m_a->serve.log().contains("Redis whole again"); }, 10000));

        // kill -9 one engine; the other decides on; the first comes back to the shared budget.
        m_a->serve.signal(SIGKILL);
        int allowedByB = 0;
        for (int i = 0; i < 4; ++i) {
            allowedByB += get(m_b->port, check("after-kill"), m_b->token).status == 200 ? 1 : 0;
        }
        QCOMPARE(allowedByB, 4);
        m_a->port = m_a->serve.start(
            {QStringLiteral("--config"), m_a->settings, QStringLiteral("--redis"), cluster.node(1).address()});
        QVERIFY(m_a->port != 0);
        QCOMPARE(get(m_a->port, check("after-kill"), m_a->token).status, 200);
        QCOMPARE(get(m_a->port, check("after-kill"), m_a->token).status, 429);
    }

    // A VIP assigned through engine A's admin API applies on engine B within a second, in the same admin's name;
    // an override set on B holds on A. Each engine keeps the change in its own database and audit log.
    void anAdminChangeReachesTheWholeFleetWithinASecond()
    {
        RedisCluster cluster(3, 0);
        QVERIFY2(cluster.ready(), qPrintable(cluster.error()));
        startBoth(cluster, 40, "local");
        // Both engines listen (A through node 0, B through node 1) before anything is published.
        for (std::size_t n : {0, 1}) {
            QVERIFY(sluice::test::waitUntil([&] {
                const auto numsub = cluster.node(n).call({"PUBSUB", "NUMSUB", "sluice:changes"});
                long long count = 0;
                return numsub.elements.size() == 2 && numsub.elements[1].asInteger(count) && count >= 1;
            }));
        }
        QElapsedTimer timer;
        timer.start();
        const Reply assigned = sluice::testing::request(m_a->port, "PUT", "/api/vip/partner-7", m_a->token,
                                                        R"({"tier": "gold", "notes": "contract 7"})");
        QVERIFY2(assigned.status == 200, assigned.body.constData());
        QVERIFY(QTest::qWaitFor([&] { return get(m_b->port, "/api/vip", m_b->token).body.contains("\"partner-7\""); },
                                5000));
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
        const QByteArray onB = get(m_b->port, "/api/vip", m_b->token).body;
        QVERIFY2(onB.contains("\"assigned_by\": \"proxy\"") && onB.contains("\"tier\": \"gold\""), onB.constData());

        const Reply held = sluice::testing::request(m_b->port, "PUT", "/api/throttle/override", m_b->token,
                                                    R"({"level": "high", "reason": "incident on B"})");
        QVERIFY2(held.status == 200, held.body.constData());
        QVERIFY(QTest::qWaitFor(
            [&] { return get(m_a->port, "/api/throttle", m_a->token).body.contains("\"reason\": \"incident on B\""); },
            5000));
        QVERIFY(QTest::qWaitFor(
            [&] { return metric(get(m_a->port, "/metrics", m_a->token).body, "sluice_throttle_level") == 3.0; }, 5000));

        // A VIP file imported on A is one change, made on B too.
        const Reply imported = sluice::testing::request(
            m_a->port, "POST", "/api/vip.csv", m_a->token,
            "key,tier,expires,notes\r\nimported-1,gold,,from a file\r\nimported-2,gold,2031-01-31T00:00:00Z,\r\n");
        QVERIFY2(imported.status == 200, imported.body.constData());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QByteArray listed = get(m_b->port, "/api/vip", m_b->token).body;
                return listed.contains("\"imported-1\"") && listed.contains("\"imported-2\"");
            },
            5000));

        // A flag's definition and the segment it uses, made on A, are on B within a second; removed on B, gone on A.
        const Reply segment = sluice::testing::request(
            m_a->port, "PUT", "/api/segments/3", m_a->token,
            R"({"name": "beta testers", "constraints": [{"contextName": "userId", "operator": "IN", "values": ["ann"]}]})");
        QVERIFY2(segment.status == 200, segment.body.constData());
        timer.restart();
        const Reply defined = sluice::testing::request(
            m_a->port, "PUT", "/api/flags/checkout-v2", m_a->token,
            R"({"enabled": true, "description": "the new checkout", "strategies": [{"name": "flexibleRollout",)"
            R"( "parameters": {"rollout": "25", "stickiness": "default", "groupId": "checkout-v2"}, "segments": [3]}]})");
        QVERIFY2(defined.status == 200 && defined.body.contains("\"fleet_change\""), defined.body.constData());
        QVERIFY(
            QTest::qWaitFor([&] { return get(m_b->port, "/api/flags/checkout-v2", m_b->token).status == 200; }, 5000));
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
        const QByteArray definitionOnB = get(m_b->port, "/api/flags/checkout-v2", m_b->token).body;
        QVERIFY2(definitionOnB == get(m_a->port, "/api/flags/checkout-v2", m_a->token).body, definitionOnB.constData());
        QVERIFY(get(m_b->port, "/api/segments", m_b->token).body.contains("\"beta testers\""));
        const Reply removed = sluice::testing::request(m_b->port, "DELETE", "/api/flags/checkout-v2", m_b->token, {});
        QVERIFY2(removed.status == 200, removed.body.constData());
        QVERIFY(
            QTest::qWaitFor([&] { return get(m_a->port, "/api/flags/checkout-v2", m_a->token).status == 404; }, 5000));

        // A flags file imported on B, replacing every flag: made whole on A too, "search-v2" and its segment in,
        // the flags the file lacks out, and A's flags file the same as B's.
        QCOMPARE(sluice::testing::request(m_a->port, "PUT", "/api/flags/old-banner", m_a->token, R"({"enabled": true})")
                     .status,
                 200);
        QVERIFY(
            QTest::qWaitFor([&] { return get(m_b->port, "/api/flags/old-banner", m_b->token).status == 200; }, 5000));
        const Reply file = sluice::testing::request(
            m_b->port, "POST", "/api/flags.json?replace=true", m_b->token,
            R"({"version": 2, "segments": [{"id": 5, "name": "staff", "constraints": [{"contextName": "userId",)"
            R"( "operator": "IN", "values": ["ann"]}]}], "features": [{"name": "search-v2", "enabled": true,)"
            R"( "strategies": [{"name": "default", "segments": [5]}]}]})");
        QVERIFY2(file.status == 200 && file.body.contains("\"fleet_change\""), file.body.constData());
        QVERIFY(
            QTest::qWaitFor([&] { return get(m_a->port, "/api/flags/old-banner", m_a->token).status == 404; }, 5000));
        QVERIFY(get(m_a->port, "/api/flags/search-v2", m_a->token).status == 200);
        QCOMPARE(get(m_a->port, "/api/flags.json", m_a->token).body,
                 get(m_b->port, "/api/flags.json", m_b->token).body);

        // Anomaly detection's settings, replaced on B, are A's too.
        const Reply quieter = sluice::testing::request(m_b->port, "PUT", "/api/anomaly", m_b->token,
                                                       R"({"alert_threshold": 0.9, "respond": false})");
        QVERIFY2(quieter.status == 200 && quieter.body.contains("\"fleet_change\""), quieter.body.constData());
        QVERIFY(QTest::qWaitFor(
            [&] { return get(m_a->port, "/api/anomaly", m_a->token).body.contains("\"respond\": false"); }, 5000));
        QCOMPARE(get(m_a->port, "/api/anomaly", m_a->token).body, get(m_b->port, "/api/anomaly", m_b->token).body);

        // Each engine lists both, through the roster the engines write into Redis every second.
        const auto fleetOf = [&](quint16 port, const QByteArray& token) {
            return nlohmann::json::parse(get(port, "/api/fleet", token).body.toStdString(), nullptr, false);
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                // Both answer, and both summaries are newer than the override.
                const auto f = fleetOf(m_b->port, m_b->token);
                return f.is_object() && f.at("totals").at("answering") == 2 &&
                       f.at("engines")[0].at("throttle") == "high" && f.at("engines")[1].at("throttle") == "high";
            },
            10000));
        const auto fleet = fleetOf(m_b->port, m_b->token);
        QCOMPARE(fleet.at("totals").at("engines").get<int>(), 2);
        for (const auto& e : fleet.at("engines")) {
            QVERIFY2(e.at("redis").at("shared").get<bool>() && e.at("redis").at("nodes").get<int>() == 3,
                     e.dump().c_str());
            QVERIFY(!e.at("version").get<std::string>().empty());
        }
        QVERIFY(fleet.at("engines")[0].at("id") != fleet.at("engines")[1].at("id"));
        // B's inbox (its override told its ops team), read from A: passed on to B alone through the change log.
        const auto unreadOn = [&](const Engine& e) {
            const auto j = nlohmann::json::parse(get(e.port, "/api/notifications/unread", e.token).body.toStdString(),
                                                 nullptr, false);
            return j.is_object() ? j.at("unread").get<long long>() : -1;
        };
        QVERIFY(QTest::qWaitFor([&] { return unreadOn(*m_b) > 0; }, 5000));
        const long long unreadOnA = unreadOn(*m_a);
        std::string idOfB;
        for (const auto& e : fleet.at("engines")) {
            if (e.at("id").get<std::string>().ends_with(":" + std::to_string(m_b->serve.processId()))) {
                idOfB = e.at("id").get<std::string>();
            }
        }
        QVERIFY(!idOfB.empty());
        const Reply passedOn = sluice::testing::request(
            m_a->port, "POST", "/api/notifications/read?engine=" + QByteArray::fromStdString(idOfB), m_a->token,
            R"({"all": true})");
        QVERIFY2(passedOn.status == 202 && passedOn.body.contains("\"fleet_change\""), passedOn.body.constData());
        QVERIFY(QTest::qWaitFor([&] { return unreadOn(*m_b) == 0; }, 5000));
        QCOMPARE(unreadOn(*m_a), unreadOnA);  // A's own inbox is A's
        // An engine killed outright is shown silent by the other within a few seconds.
        m_b->serve.signal(SIGKILL);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto f = fleetOf(m_a->port, m_a->token);
                return f.is_object() && f.at("totals").at("answering") == 1 && f.at("totals").at("engines") == 2;
            },
            15000));
    }

    // An engine that was down when a change was made catches up on it from the fleet's change log when it starts
    // again, and an engine started again does not make its own earlier changes a second time.
    void anEngineThatWasDownCatchesUpOnChanges()
    {
        RedisCluster cluster(3, 0);
        QVERIFY2(cluster.ready(), qPrintable(cluster.error()));
        startBoth(cluster, 40, "local");
        // Both have read the log to its end: each keeps its cursor in Redis.
        const auto cursors = [&] {
            std::size_t found = 0;
            for (std::size_t n = 0; n < cluster.size(); ++n) {
                found += cluster.node(n).call({"KEYS", "sluice:cursor:*"}).elements.size();
            }
            return found;
        };
        QVERIFY(sluice::test::waitUntil([&] { return cursors() == 2; }));

        m_b->serve.signal(SIGKILL);
        const Reply assigned = sluice::testing::request(m_a->port, "PUT", "/api/vip/missed-while-down", m_a->token,
                                                        R"({"tier": "gold", "notes": "made while B was down"})");
        QVERIFY2(assigned.status == 200, assigned.body.constData());
        m_b->port = m_b->serve.start(
            {QStringLiteral("--config"), m_b->settings, QStringLiteral("--redis"), cluster.node(1).address()});
        QVERIFY2(m_b->port != 0, m_b->serve.log().constData());
        QVERIFY(QTest::qWaitFor(
            [&] { return get(m_b->port, "/api/vip", m_b->token).body.contains("\"missed-while-down\""); }, 10000));
        const QByteArray onB = get(m_b->port, "/api/audit?action=vip.assign", m_b->token).body;
        QVERIFY2(onB.contains("\"target\": \"missed-while-down\"") && onB.contains("\"actor\": \"proxy\""),
                 onB.constData());

        // A started again reads the log from where it was: its own change is not made twice.
        QCOMPARE(m_a->serve.stop(SIGTERM), 0);
        m_a->port = m_a->serve.start(
            {QStringLiteral("--config"), m_a->settings, QStringLiteral("--redis"), cluster.node(0).address()});
        QVERIFY2(m_a->port != 0, m_a->serve.log().constData());
        const Reply probe =
            sluice::testing::request(m_b->port, "PUT", "/api/vip/after-restart", m_b->token, R"({"tier": "gold"})");
        QVERIFY2(probe.status == 200, probe.body.constData());
        QVERIFY(QTest::qWaitFor(
            [&] { return get(m_a->port, "/api/vip", m_a->token).body.contains("\"after-restart\""); }, 10000));
        const auto assigns = nlohmann::json::parse(
            get(m_a->port, "/api/audit?action=vip.assign", m_a->token).body.toStdString(), nullptr, false);
        QVERIFY(assigns.is_object());
        int missed = 0;
        for (const auto& e : assigns.at("entries")) {
            missed += e.at("target") == "missed-while-down" ? 1 : 0;
        }
        QCOMPARE(missed, 1);
    }

    // An engine that joins the fleet later starts from the fleet's state: the tiers, VIP assignments, policies,
    // flags and throttle override admins made before it existed, in their names. Started again, what its settings
    // file set otherwise is set back, and nothing it has already is made again.
    void aNewEngineStartsFromTheFleetsState()
    {
        RedisCluster cluster(3, 0);
        QVERIFY2(cluster.ready(), qPrintable(cluster.error()));
        startBoth(cluster, 40, "local");
        for (const auto& [method, path, body] : std::vector<std::tuple<QByteArray, QByteArray, QByteArray>>{
                 {"PUT", "/api/vip/tiers/platinum", R"({"multiplier": 3.5})"},
                 {"PUT", "/api/vip/partner-9", R"({"tier": "platinum", "notes": "before C"})"},
                 {"PUT", "/api/flags/adaptive_limiting/rollout", R"({"percent": 30})"},
                 {"PUT", "/api/segments/4", R"({"name": "staff", "constraints": []})"},
                 {"PUT", "/api/flags/before-c",
                  R"({"enabled": true, "strategies": [{"name": "default", "segments": [4]}]})"},
                 {"PUT", "/api/flags/before-c/enabled", R"({"enabled": false})"},
                 {"PUT", "/api/policies", R"([{"route": "", "limit": 70, "period_ms": 60000, "burst": 70}])"},
                 {"PUT", "/api/throttle/override", R"({"level": "medium", "reason": "before C joined"})"}}) {
            const Reply r = sluice::testing::request(m_a->port, method, path, m_a->token, body);
            QVERIFY2(r.status == 200, (path + ": " + r.body).constData());
        }
        // B is a member all along: it takes each change from the log.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return get(m_b->port, "/api/throttle", m_b->token).body.contains("\"reason\": \"before C joined\"");
            },
            5000));

        Engine c(*m_dir, QStringLiteral("c"));
        QVERIFY(writeSettings(c.settings, 40, "local"));
        c.token = c.serve.createToken(QStringLiteral("proxy"), QStringLiteral("admin"));
        const QStringList args{QStringLiteral("--config"), c.settings, QStringLiteral("--redis"),
                               cluster.node(2).address()};
        c.port = c.serve.start(args);
        QVERIFY2(c.port != 0, c.serve.log().constData());
        const auto json = [&](const QByteArray& path) {
            return nlohmann::json::parse(get(c.port, path, c.token).body.toStdString(), nullptr, false);
        };
        QVERIFY(
            QTest::qWaitFor([&] { return get(c.port, "/api/vip", c.token).body.contains("\"partner-9\""); }, 10000));
        const QByteArray vips = get(c.port, "/api/vip", c.token).body;
        QVERIFY2(vips.contains("\"tier\": \"platinum\"") && vips.contains("\"assigned_by\": \"proxy\""),
                 vips.constData());
        const auto throttle = json("/api/throttle");
        QVERIFY2(throttle.dump().find("before C joined") != std::string::npos, throttle.dump().c_str());
        QCOMPARE(json("/api/policies").at(0).at("limit").get<int>(), 70);
        bool rolled = false;
        const auto flagList = json("/api/flags");
        for (const auto& f : flagList.at("flags")) {
            rolled = rolled || (f.at("name") == "adaptive_limiting" && f.at("rollout") == 30);
        }
        QVERIFY2(rolled, flagList.dump().c_str());
        // The flag an admin defined before C existed, on its segment, switched off since.
        const auto beforeC = json("/api/flags/before-c");
        QVERIFY2(beforeC.is_object() && beforeC.at("enabled") == false && beforeC.at("strategies").size() == 1,
                 beforeC.dump().c_str());
        QCOMPARE(json("/api/segments").at("segments").size(), std::size_t{1});
        const auto imports = json("/api/audit?action=vip.import");
        QCOMPARE(imports.at("entries").size(), std::size_t{1});
        QCOMPARE(imports.at("entries")[0].at("actor").get<std::string>(), std::string("fleet"));

        // Started again, C's settings file sets its own policies and flags at the start; once it has caught up on
        // the log, the fleet's state sets them back. The assignments it has already are not made again.
        QCOMPARE(c.serve.stop(SIGTERM), 0);
        c.port = c.serve.start(args);
        QVERIFY2(c.port != 0, c.serve.log().constData());
        const Reply probe =
            sluice::testing::request(m_a->port, "PUT", "/api/vip/after-c", m_a->token, R"({"tier": "platinum"})");
        QVERIFY2(probe.status == 200, probe.body.constData());
        QVERIFY(QTest::qWaitFor([&] { return get(c.port, "/api/vip", c.token).body.contains("\"after-c\""); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return json("/api/policies").at(0).at("limit") == 70; }, 10000));
        QCOMPARE(json("/api/audit?action=vip.import").at("entries").size(), std::size_t{1});
        QCOMPARE(json("/api/audit?action=throttle.override").at("entries").size(), std::size_t{1});
        QCOMPARE(json("/api/audit?action=flag.put").at("entries").size(), std::size_t{1});
        QCOMPARE(json("/api/audit?action=flag.segment_put").at("entries").size(), std::size_t{1});
        QCOMPARE(json("/api/flags/before-c").at("enabled").get<bool>(), false);
    }

private:
    void startBoth(RedisCluster& cluster, int limit, const char* failure, const QStringList& extra = {},
                   const QByteArray& settings = {})
    {
        for (Engine* e : {m_a.get(), m_b.get()}) {
            QVERIFY(writeSettings(e->settings, limit, failure, settings));
            e->token = e->serve.createToken(QStringLiteral("proxy"), QStringLiteral("admin"));
            QVERIFY(!e->token.isEmpty());
            // Each engine knows a different node to start from.
            const QString seed = (e == m_a.get() ? cluster.node(0) : cluster.node(1)).address();
            e->port = e->serve.start(
                QStringList{QStringLiteral("--config"), e->settings, QStringLiteral("--redis"), seed} + extra);
            QVERIFY2(e->port != 0, e->serve.log().constData());
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_a;
    std::unique_ptr<Engine> m_b;
};

QTEST_GUILESS_MAIN(TestServeFleet)
#include "tst_serve_fleet.moc"
