// SPDX-License-Identifier: Apache-2.0
// `sluice serve` as a service manager runs it: the real binary on a free port with a temporary database, a
// token from `sluice token create`, checks over plain HTTP, SIGHUP to reload settings and SIGTERM to stop.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct Reply {
    int status = 0;
    QByteArray head;  // status line and header fields
    QByteArray body;
};

// One request on its own connection (Connection: close), read to the end: a proxy's check, as plainly as it goes.
Reply get(quint16 port, const QByteArray& target, const QByteArray& token)
{
    Reply reply;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        return reply;
    }
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty()) {
        request += "Authorization: Bearer " + token + "\r\n";
    }
    request += "\r\n";
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.constData() + sent, std::size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            ::close(fd);
            return reply;
        }
        sent += n;
    }
    QByteArray all;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
        all.append(buffer, n);
    }
    ::close(fd);
    const qsizetype end = all.indexOf("\r\n\r\n");
    reply.head = all.left(end);
    reply.body = end < 0 ? QByteArray() : all.mid(end + 4);
    reply.status = all.startsWith("HTTP/1.1 ") ? all.mid(9, 3).toInt() : 0;
    return reply;
}

QByteArray field(const Reply& reply, const QByteArray& name)
{
    for (const QByteArray& line : reply.head.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':')) {
            return line.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}

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
    void withoutATokenNothingIsAnswered();
    void aBusyPortExitsWithOne();

private:
    QByteArray createToken(const QString& name, const QString& scope);
    bool writeSettings(int limit);
    // Starts serve and waits for its "listening on" line; 0 when it did not come up.
    quint16 startServe();
    int stopServe(int signal);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_settings;
    std::unique_ptr<QProcess> m_serve;
    QByteArray m_log;
};

void TestServeCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("sluice.db"));
    m_settings = m_dir->filePath(QStringLiteral("settings.json"));
    m_log.clear();
}

void TestServeCommand::cleanup()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished(10000);
    }
    m_serve.reset();
}

QByteArray TestServeCommand::createToken(const QString& name, const QString& scope)
{
    QProcess p;
    p.start(QStringLiteral(SLUICE_BINARY), {QStringLiteral("token"), QStringLiteral("create"), name,
                                            QStringLiteral("--scope"), scope, QStringLiteral("--db"), m_db});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    return p.readAllStandardOutput().trimmed();
}

bool TestServeCommand::writeSettings(int limit)
{
    QFile f(m_settings);
    // Violations are judged once their window of one second has passed, so they reach the store within the test.
    const QByteArray json = "{\"policies\": [{\"route\": \"\", \"limit\": " + QByteArray::number(limit) +
                            ", \"period_ms\": 60000, \"burst\": " + QByteArray::number(limit) +
                            "}], \"reputation\": {\"violation_window_s\": 1}}";
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(json) == json.size();
}

quint16 TestServeCommand::startServe()
{
    m_serve = std::make_unique<QProcess>();
    connect(m_serve.get(), &QProcess::readyReadStandardError, this,
            [this] { m_log += m_serve->readAllStandardError(); });
    m_serve->start(QStringLiteral(SLUICE_BINARY),
                   {QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--config"), m_settings});
    static const QRegularExpression listening(QStringLiteral("<6>listening on 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    const bool came = QTest::qWaitFor(
        [&] {
            match = listening.match(QString::fromUtf8(m_log));
            return match.hasMatch() || m_serve->state() == QProcess::NotRunning;
        },
        30000);
    return came && match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

int TestServeCommand::stopServe(int signal)
{
    ::kill(pid_t(m_serve->processId()), signal);
    if (!m_serve->waitForFinished(60000)) {
        return -1;
    }
    m_log += m_serve->readAllStandardError();
    return m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -2;
}

// Over the limit for one key and under it for another: exactly the excess is refused, with a Retry-After;
// after SIGTERM the process exits 0 and the database holds what the decisions changed.
void TestServeCommand::checksAreDecidedAndSigtermKeepsEveryDecision()
{
    QVERIFY(writeSettings(5));
    const QByteArray token = createToken(QStringLiteral("proxy"), QStringLiteral("check"));
    QVERIFY(!token.isEmpty());
    const quint16 port = startServe();
    QVERIFY2(port != 0, m_log.constData());

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
    QVERIFY2(m_log.contains("<6>stopped after a final checkpoint; requests decided: 11"), m_log.constData());
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
    ::kill(pid_t(m_serve->processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_log.contains("parts changed: 0"), 30000);
    QCOMPARE(audited(), atStart);
    QVERIFY(writeSettings(3));  // only the policies differ
    ::kill(pid_t(m_serve->processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT(m_log.count("parts changed: ") == 3, 30000);
    QVERIFY2(m_log.contains("parts changed: 1"), m_log.constData());
    QCOMPARE(audited(), atStart + 1);
    QCOMPARE(stopServe(SIGINT), 0);
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
    QTRY_COMPARE_WITH_TIMEOUT(get(port, "/v1/check?key=a", late).status, 200, 30000);
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

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_serve_command.moc"
