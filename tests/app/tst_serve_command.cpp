// SPDX-License-Identifier: Apache-2.0
// `sluice serve` as a service manager runs it: the real binary on a free port with a temporary database, a
// token from `sluice token create`, checks over plain HTTP, SIGHUP to reload settings and SIGTERM to stop.
#include "PlainHttp.h"
#include "ServeProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <csignal>

using sluice::testing::field;
using sluice::testing::get;
using sluice::testing::Reply;
using sluice::testing::ServeProcess;

namespace {

int countRows(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    int n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        n = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

}  // namespace

class TestServeCommand final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checksAreDecidedAndSigtermKeepsEveryDecision();
    void sighupAppliesTheChangedSettingsFile();
    void theAnomalyAndNotificationSectionsApplyOnlyWhenTheFileHasThem();
    void withoutATokenNothingIsAnswered();
    void aBusyPortExitsWithOne();
    void severalHttpThreadsShareEveryKeysLimit();
    void keysSplitOverSeveralEnginesKeepEveryKeysLimit();
    void theDailyReportIsWrittenAndTheOpsTeamHearsOfIt();

private:
    quint16 startServe() { return m_serve->start({QStringLiteral("--config"), m_settings}); }
    bool writeSettings(int limit) { return ServeProcess::writeSettings(m_settings, limit); }
    QByteArray createToken(const QString& name, const QString& scope) { return m_serve->createToken(name, scope); }
    int stopServe(int signal) { return m_serve->stop(signal); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_settings;
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServeCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("sluice.db"));
    m_settings = m_dir->filePath(QStringLiteral("settings.json"));
    m_serve = std::make_unique<ServeProcess>(m_db);
}

void TestServeCommand::cleanup() { m_serve.reset(); }

// Over the limit for one key and under it for another: exactly the excess is refused, with a Retry-After;
// after SIGTERM the process exits 0 and the database holds what the decisions changed.
void TestServeCommand::checksAreDecidedAndSigtermKeepsEveryDecision()
{
    QVERIFY(writeSettings(5));
    const QByteArray token = createToken(QStringLiteral("proxy"), QStringLiteral("check"));
    QVERIFY(!token.isEmpty());
    const quint16 port = startServe();
    QVERIFY2(port != 0, m_serve->log().constData());

    QList<int> greedy;
    for (int i = 0; i < 8; ++i) {
        const Reply r = get(port, "/v1/check?key=greedy", token);
        greedy << r.status;
        if (r.status == 429) {
            QVERIFY(field(r, "Retry-After").toInt() >= 1);
            QCOMPARE(field(r, "RateLimit-Remaining"), QByteArray("0"));
        }
    }
    QCOMPARE(greedy, QList<int>({200, 200, 200, 200, 200, 429, 429, 429}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(get(port, "/v1/check?key=modest", token).status, 200);
    }

    // The excess becomes a violation once its window closes; the store writes it within a checkpoint interval.
    QTRY_VERIFY_WITH_TIMEOUT(
        countRows(m_db, "SELECT count(*) FROM reputation_events WHERE key = 'greedy' AND kind = 'violation'") == 1,
        30000);

    QCOMPARE(stopServe(SIGTERM), 0);
    QVERIFY2(m_serve->log().contains("<6>stopped after a final checkpoint; requests decided: 11"),
             m_serve->log().constData());
    // The key's lowered reputation is on disk, as a restart would load it, and the settings were audited.
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM keys WHERE key = 'greedy' AND score < 50"), 1);
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM keys WHERE key = 'modest'"), 0);
    QVERIFY(countRows(m_db,
                      "SELECT count(*) FROM audit_log WHERE action = 'setting.put' AND reason LIKE 'read from %'") > 0);
}

void TestServeCommand::sighupAppliesTheChangedSettingsFile()
{
    QVERIFY(writeSettings(5));
    QVERIFY(!createToken(QStringLiteral("proxy"), QStringLiteral("check")).isEmpty());
    QVERIFY(startServe() != 0);
    const auto audited = [this] {
        return countRows(m_db, "SELECT count(*) FROM audit_log WHERE reason LIKE 'read from %'");
    };
    const int atStart = audited();
    QVERIFY(atStart > 0);
    // Unchanged: a reload changes nothing and audits nothing.
    m_serve->signal(SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->log().contains("parts changed: 0"), 30000);
    QCOMPARE(audited(), atStart);
    QVERIFY(writeSettings(3));  // only the policies differ
    m_serve->signal(SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->log().count("parts changed: ") == 3, 30000);
    QVERIFY2(m_serve->log().contains("parts changed: 1"), m_serve->log().constData());
    QCOMPARE(audited(), atStart + 1);
    // A built-in feature's rollout is a flag: it moves by the flag command, audited as the Flags page's slider.
    QVERIFY(
        ServeProcess::writeSettings(m_settings, 3, R"({"reputation_system": {"enabled": true, "percentage": 60}})"));
    m_serve->signal(SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->log().count("parts changed: ") == 4, 30000);
    QVERIFY2(m_serve->log().count("parts changed: 1") == 2, m_serve->log().constData());
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM audit_log WHERE action = 'flag.rollout' AND "
                             "target = 'reputation_system' AND reason LIKE 'read from %'"),
             1);
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM feature_flags WHERE name = 'reputation_system' AND "
                             "definition LIKE '%\"rollout\":\"60\"%'"),
             1);
    QCOMPARE(stopServe(SIGINT), 0);
}

// Anomaly detection's and the notifications' sections of the settings file are applied over what the engine has:
// a file without them leaves what the admin API set, and a section sets only the fields it names.
void TestServeCommand::theAnomalyAndNotificationSectionsApplyOnlyWhenTheFileHasThem()
{
    QVERIFY(writeSettings(5));
    const QByteArray admin = createToken(QStringLiteral("ops"), QStringLiteral("admin"));
    QVERIFY(!admin.isEmpty());
    const quint16 port = startServe();
    QVERIFY2(port != 0, m_serve->log().constData());
    const auto read = [&](const QByteArray& path) {
        return nlohmann::json::parse(get(port, path, admin).body.toStdString(), nullptr, false);
    };
    // How many parts the latest reading of the file changed.
    const auto lastChanged = [&] {
        const QByteArray log = m_serve->log();
        const qsizetype at = log.lastIndexOf("parts changed: ");
        return at < 0 ? -1 : log.mid(at + 15, log.indexOf('\n', at) - at - 15).trimmed().toInt();
    };
    QCOMPARE(sluice::testing::request(port, "PUT", "/api/anomaly", admin,
                                      R"({"alert_threshold": 0.9, "response_penalty": 25})")
                 .status,
             200);
    QCOMPARE(sluice::testing::request(port, "PUT", "/api/notifications/settings", admin,
                                      R"({"max_attempts": 7, "retention_days": 30})")
                 .status,
             200);

    // The file names neither: a reload keeps what the admin API set.
    m_serve->signal(SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->log().count("parts changed: ") == 2, 30000);
    QCOMPARE(lastChanged(), 0);
    QCOMPARE(read("/api/anomaly").value("alert_threshold", 0.0), 0.9);
    QCOMPARE(read("/api/notifications/settings").value("max_attempts", 0), 7);

    // The file names a field of each: those are set, audited as read from the file, and the rest stays.
    QFile file(m_settings);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"policies": [{"route": "", "limit": 5, "period_ms": 60000, "burst": 5}],)"
               R"( "reputation": {"violation_window_s": 1},)"
               R"( "anomaly": {"alert_threshold": 0.7}, "notify": {"retention_days": 14}})");
    file.close();
    m_serve->signal(SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->log().count("parts changed: ") == 3, 30000);
    QCOMPARE(lastChanged(), 2);
    const auto anomaly = read("/api/anomaly");
    QCOMPARE(anomaly.value("alert_threshold", 0.0), 0.7);
    QCOMPARE(anomaly.value("response_penalty", 0.0), 25.0);
    const auto notify = read("/api/notifications/settings");
    QCOMPARE(notify.value("retention_days", 0), 14);
    QCOMPARE(notify.value("max_attempts", 0), 7);
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM audit_log WHERE action = 'setting.put' AND target IN "
                             "('engine.anomaly', 'engine.notify') AND reason LIKE 'read from %'"),
             2);
    // Unchanged since: nothing more.
    m_serve->signal(SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->log().count("parts changed: ") == 4, 30000);
    QCOMPARE(lastChanged(), 0);

    // The file is checked as the configuration it leaves: its reputation read over the defaults, as always, even when
    // the engine's own tiers (set through the admin API) would not go with it.
    QCOMPARE(sluice::testing::request(port, "PUT", "/api/reputation", admin,
                                      R"({"violation_window_s": 1, "flagged_below": 75, "trusted_above": 90})")
                 .status,
             200);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"policies": [{"route": "", "limit": 5, "period_ms": 60000, "burst": 5}],)"
               R"( "reputation": {"violation_window_s": 1, "trusted_above": 70},)"
               R"( "anomaly": {"alert_threshold": 0.7}, "notify": {"retention_days": 14}})");
    file.close();
    m_serve->signal(SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->log().count("parts changed: ") == 5, 30000);
    QVERIFY2(!m_serve->log().contains("settings not applied"), m_serve->log().constData());
    QCOMPARE(lastChanged(), 1);
    const auto reputation = read("/api/reputation");
    QCOMPARE(reputation.value("trusted_above", 0.0), 70.0);
    QCOMPARE(reputation.value("flagged_below", 0.0), 20.0);
    QCOMPARE(stopServe(SIGTERM), 0);
}

void TestServeCommand::withoutATokenNothingIsAnswered()
{
    QVERIFY(writeSettings(5));
    const QByteArray read = createToken(QStringLiteral("prometheus"), QStringLiteral("read"));
    QVERIFY(!read.isEmpty());
    const quint16 port = startServe();
    QVERIFY(port != 0);
    QCOMPARE(get(port, "/v1/check?key=a", {}).status, 401);
    QCOMPARE(get(port, "/v1/check?key=a", "sluice_1_" + QByteArray(64, '0')).status, 401);
    QCOMPARE(get(port, "/metrics", {}).status, 401);
    const Reply metrics = get(port, "/metrics", read);
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("\nsluice_http_unauthorized_requests_total 3\n"));
    // A token created while serve runs is taken up without a restart.
    const QByteArray late = createToken(QStringLiteral("late"), QStringLiteral("check"));
    int status = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            status = get(port, "/v1/check?key=a", late).status;
            return status != 401;
        },
        30000));
    QCOMPARE(status, 200);
    // The allowed check shows in the decisions by route once the engine publishes its next picture.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return get(port, "/metrics", read)
                .body.contains("\nsluice_route_decisions_total{route=\"default\",result=\"allowed\"} 1\n");
        },
        30000));
    // A check that finds the engine free (nearly every one, on an idle server) is decided by the HTTP loop that
    // read it; the engine's busy time is there for the server's headroom.
    QByteArray use;
    QVERIFY(QTest::qWaitFor(
        [&] {
            get(port, "/v1/check?key=b", late);
            use = get(port, "/metrics", read).body;
            return !use.contains("\nsluice_engine_loop_batches_total 0\n");
        },
        30000));
    QVERIFY2(use.contains("\nsluice_engine_loop_batches_total "), use.constData());
    QVERIFY(use.contains("\nsluice_engine_busy_seconds_total "));
    QCOMPARE(stopServe(SIGTERM), 0);
}

void TestServeCommand::aBusyPortExitsWithOne()
{
    QVERIFY(writeSettings(5));
    const quint16 port = startServe();
    QVERIFY(port != 0);
    QProcess second;
    second.start(QStringLiteral(SLUICE_BINARY),
                 {QStringLiteral("serve"), QStringLiteral("--db"), m_dir->filePath(QStringLiteral("other.db")),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(second.waitForFinished(60000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardError().contains("<3>cannot listen on 127.0.0.1:"));
    QCOMPARE(stopServe(SIGTERM), 0);
}

// Each check comes on a connection of its own, which the kernel gives to any of the four threads: the key still
// gets its limit once, not once per thread, since every thread asks the one engine.
void TestServeCommand::severalHttpThreadsShareEveryKeysLimit()
{
    QVERIFY(writeSettings(5));
    const QByteArray token = createToken(QStringLiteral("proxy"), QStringLiteral("check"));
    const QByteArray admin = createToken(QStringLiteral("ops"), QStringLiteral("admin"));
    const quint16 port =
        m_serve->start({QStringLiteral("--config"), m_settings, QStringLiteral("--http-threads"), QStringLiteral("4")});
    QVERIFY2(port != 0, m_serve->log().constData());
    QVERIFY2(
        m_serve->log().contains(QStringLiteral("<6>listening on 127.0.0.1:%1 (4 HTTP threads)").arg(port).toUtf8()),
        m_serve->log().constData());
    QList<int> statuses;
    for (int i = 0; i < 12; ++i) {
        statuses << get(port, "/v1/check?key=spread", token).status;
    }
    QCOMPARE(statuses.count(200), 5);
    QCOMPARE(statuses.count(429), 7);
    // Without Redis the server is a fleet of one: its alerts and inbox named by its own id are its own.
    const auto fleet = nlohmann::json::parse(get(port, "/api/fleet", admin).body.toStdString(), nullptr, false);
    QVERIFY(fleet.is_object() && fleet.at("engines").size() == 1);
    const std::string self = fleet.at("engines")[0].at("id").get<std::string>();
    const auto own = sluice::testing::request(
        port, "POST", "/api/notifications/read?engine=" + QByteArray::fromStdString(self), admin, R"({"all": true})");
    const std::string madeHere = std::string(R"("engine": ")") + self + '"';
    QVERIFY2(own.status == 200 && own.body.contains(QByteArray::fromStdString(madeHere)), own.body.constData());
    QCOMPARE(sluice::testing::request(port, "POST", "/api/alerts/1/resolve?engine=elsewhere:1", admin, {}).status, 404);
    QCOMPARE(stopServe(SIGTERM), 0);
    QVERIFY2(m_serve->log().contains("<6>stopped after a final checkpoint; requests decided: 12"),
             m_serve->log().constData());

    for (const QString& bad : {QStringLiteral("0"), QStringLiteral("65"), QStringLiteral("many")}) {
        QProcess p;
        p.start(QStringLiteral(SLUICE_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--http-threads"), bad});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(QStringLiteral("--http-threads needs a number from 1 to 64, not '%1'").arg(bad).toUtf8()),
                 err.constData());
    }
}

// Three engines, each deciding its own keys, answer as one: every key admits its limit and no more, an assignment
// reaches its key's engine, the pages and counters add up, and what they changed is on disk after SIGTERM.
void TestServeCommand::keysSplitOverSeveralEnginesKeepEveryKeysLimit()
{
    QVERIFY(writeSettings(5));
    const QByteArray token = createToken(QStringLiteral("proxy"), QStringLiteral("check"));
    const QByteArray admin = createToken(QStringLiteral("ops"), QStringLiteral("admin"));
    const quint16 port = m_serve->start({QStringLiteral("--config"), m_settings, QStringLiteral("--engines"),
                                         QStringLiteral("3"), QStringLiteral("--http-threads"), QStringLiteral("3")});
    QVERIFY2(port != 0, m_serve->log().constData());
    QVERIFY2(m_serve->log().contains("<6>keys split over 3 engines"), m_serve->log().constData());
    QCOMPARE(sluice::testing::request(port, "PUT", "/api/vip/tiers/gold", admin, R"({"multiplier": 2})").status, 200);
    const auto assigned = sluice::testing::request(port, "PUT", "/api/vip/key-7", admin, R"({"tier": "gold"})");
    QVERIFY2(assigned.status == 200, assigned.body.constData());
    constexpr int kKeys = 24;
    QMap<QByteArray, int> admitted;
    for (int round = 0; round < 8; ++round) {
        for (int k = 0; k < kKeys; ++k) {
            const QByteArray key = "key-" + QByteArray::number(k);
            const Reply r = get(port, "/v1/check?key=" + key, token);
            QVERIFY2(r.status == 200 || r.status == 429, r.body.constData());
            admitted[key] += r.status == 200 ? 1 : 0;
            if (k == 7 && round == 0) {
                QCOMPARE(field(r, "RateLimit-Limit"), QByteArray("10"));  // gold doubles it
            }
        }
    }
    for (int k = 0; k < kKeys; ++k) {
        QCOMPARE(admitted["key-" + QByteArray::number(k)], k == 7 ? 8 : 5);
    }
    const auto page = nlohmann::json::parse(get(port, "/api/vip?limit=10", admin).body.toStdString(), nullptr, false);
    QVERIFY(page.is_object() && page.at("total") == 1 && page.at("items")[0].at("key") == "key-7");
    // The counters are all engines' together.
    QTRY_VERIFY_WITH_TIMEOUT(
        get(port, "/metrics", admin).body.contains("sluice_decisions_total{result=\"denied\"} 69\n"), 10000);
    const QByteArray metrics = get(port, "/metrics", admin).body;
    QVERIFY2(metrics.contains("\nsluice_engines 3\n"), metrics.constData());
    QVERIFY2(metrics.contains("sluice_decisions_total{result=\"allowed\"} 123\n"), metrics.constData());
    // Checks of many keys pipelined on one connection reach a loop together: each batch is split over the engines.
    for (int round = 0; round < 8; ++round) {
        QByteArray pipeline;
        for (int k = 0; k < kKeys; ++k) {
            pipeline += "GET /v1/check?key=pipe-" + QByteArray::number(k) +
                        " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n" +
                        (k + 1 == kKeys ? "Connection: close\r\n" : "") + "\r\n";
        }
        const QByteArray answers = sluice::testing::exchange(port, pipeline);
        QCOMPARE(answers.count("HTTP/1.1 200 "), round < 5 ? kKeys : 0);
        QCOMPARE(answers.count("HTTP/1.1 429 "), round < 5 ? 0 : kKeys);
    }
    // Every key that went over its limit has its violation on disk, whichever engine decided it.
    QTRY_VERIFY_WITH_TIMEOUT(
        countRows(m_db, "SELECT count(*) FROM reputation_events WHERE key LIKE 'key-%' AND kind = 'violation'") ==
                kKeys - 1 &&
            countRows(m_db, "SELECT count(*) FROM reputation_events WHERE key LIKE 'pipe-%' AND kind = 'violation'") ==
                kKeys,
        30000);
    QCOMPARE(stopServe(SIGTERM), 0);
    QVERIFY2(m_serve->log().contains("<6>stopped after a final checkpoint; requests decided: 384"),
             m_serve->log().constData());
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM keys WHERE key LIKE 'key-%' AND score < 50"), kKeys - 1);

    for (const QStringList& bad : {QStringList{QStringLiteral("--engines"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("--engines"), QStringLiteral("2"),
                                               QStringLiteral("--redis"), QStringLiteral("127.0.0.1:1")}}) {
        QProcess p;
        p.start(QStringLiteral(SLUICE_BINARY),
                QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db} + bad);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("--engines"), err.constData());
    }
}

// Started long after the report was due (00:00) with yesterday's report not in the folder: serve writes it at once
// as PDF and tells the ops team in the inbox, the file named in the notification for email to attach.
void TestServeCommand::theDailyReportIsWrittenAndTheOpsTeamHearsOfIt()
{
    const QString folder = m_dir->filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    const auto refused = [&](const QStringList& extra, const QString& message) {
        QProcess p;
        p.start(QStringLiteral(SLUICE_BINARY), QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                                                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                                                   extra);
        p.waitForFinished(60000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 2 && err.contains(QStringLiteral("sluice: ") + message) ? QString() : err;
    };
    QCOMPARE(refused({QStringLiteral("--daily-report-at"), QStringLiteral("07:00")},
                     QStringLiteral("--daily-report-at, --daily-report-format and --daily-report-to need "
                                    "--daily-report <folder>")),
             QString());
    QCOMPARE(refused({QStringLiteral("--daily-report"), folder, QStringLiteral("--daily-report-at"),
                      QStringLiteral("25:00")},
                     QStringLiteral("--daily-report-at needs a time such as 06:00, not '25:00'")),
             QString());
    QCOMPARE(refused({QStringLiteral("--daily-report"), folder, QStringLiteral("--daily-report-to"),
                      QStringLiteral("email,fax")},
                     QStringLiteral("--daily-report-to: 'fax' is no channel a report goes to: email, sms or webhook")),
             QString());
    const QString nowhere = m_dir->filePath(QStringLiteral("nowhere"));
    QCOMPARE(refused({QStringLiteral("--daily-report"), nowhere},
                     QStringLiteral("--daily-report: %1 is not a folder").arg(nowhere)),
             QString());

    QVERIFY(writeSettings(5));
    const quint16 port = m_serve->start({QStringLiteral("--config"), m_settings, QStringLiteral("--daily-report"),
                                         folder, QStringLiteral("--daily-report-at"), QStringLiteral("00:00"),
                                         QStringLiteral("--daily-report-to"), QStringLiteral("email")});
    QVERIFY2(port != 0, m_serve->log().constData());
    const QString day = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QString file = QDir(folder).filePath(QStringLiteral("sluice-report-%1.pdf").arg(day));
    QTRY_VERIFY2_WITH_TIMEOUT(m_serve->log().contains("<6>daily report: Wrote"), m_serve->log().constData(), 60000);
    QVERIFY2(m_serve->log().contains(QStringLiteral("<6>daily report: Wrote %1 (").arg(file).toUtf8()),
             m_serve->log().constData());
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QByteArray row = QStringLiteral("SELECT count(*) FROM notifications WHERE type = 'report' AND title = "
                                          "'Operations report for %1' AND attachments = '[\"%2\"]'")
                               .arg(day, file)
                               .toUtf8();
    QTRY_COMPARE_WITH_TIMEOUT(countRows(m_db, row.constData()), 1, 30000);
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM audit_log WHERE action = 'report.announce'"), 1);
    QCOMPARE(stopServe(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_serve_command.moc"
