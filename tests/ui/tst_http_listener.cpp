// SPDX-License-Identifier: Apache-2.0
// The check API inside the console, with a real engine on a real database and real HTTP over a socket: started
// from the Sources page on an ephemeral port, one key allowed then denied with the RateLimit fields, 401
// without a token, a token made while it runs taken up, /metrics from the console's snapshot, the listener
// listed as a source, Stop closing the port, an address in use and a mistyped address named in the status,
// and the choice kept in the settings for the next start.
#include "../engine/HttpTestClient.h"
#include "AppSettings.h"
#include "EngineHost.h"
#include "HttpListenerPersistence.h"
#include "Translations.h"
#include "http/TokenStore.h"
#include "pages/sources/HttpListenerPanel.h"
#include "pages/sources/SourceTableModel.h"
#include "pages/sources/SourcesPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sluice;
using engine::testing::HttpTestClient;
using Phase = ui::HttpListenerState::Phase;

namespace {

engine::RuntimeOptions optionsIn(const QTemporaryDir& dir)
{
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    // Three checks at once, then one every 20 s: the fourth in a row is denied.
    o.config.policies = {engine::Policy{"", 3, 60 * engine::kNsPerSec, 3}};
    return o;
}

std::string createToken(const std::string& database, const char* name,
                        engine::http::TokenScope scope = engine::http::TokenScope::Check)
{
    std::string error;
    auto store = engine::http::TokenStore::open(database, error);
    std::string token;
    if (!store || store->create(name, scope, "tester", engine::SystemClock().now(), token)) {
        return {};
    }
    return token;
}

std::string bearer(const std::string& token) { return "Authorization: Bearer " + token + "\r\n"; }

// One request on a connection of its own; 0 when nothing came back.
engine::testing::ClientResponse ask(std::uint16_t port, const std::string& target, const std::string& headers = {})
{
    HttpTestClient client(port);
    if (!client.send(HttpTestClient::get(target, headers))) {
        return {};
    }
    return client.read().value_or(engine::testing::ClientResponse{});
}

bool startAndWait(app::EngineHost& host)
{
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    return started.wait(10000);
}

struct ShownPage {
    explicit ShownPage(app::EngineHost& host) : page(&host)
    {
        QObject::connect(&host, &ui::EngineClient::snapshotReady, &page,
                         [this](const engine::SnapshotPtr& s) { page.apply(s); });
        page.resize(1024, 640);
        page.show();
    }
    QLineEdit* address() const { return page.findChild<QLineEdit*>(QStringLiteral("httpListenerAddress")); }
    QPushButton* startStop() const { return page.findChild<QPushButton*>(QStringLiteral("httpListenerStartStop")); }
    QString status() const { return page.findChild<QLabel*>(QStringLiteral("httpListenerStatus"))->text(); }
    QTableView* table() const { return page.findChild<QTableView*>(QStringLiteral("sourcesTable")); }
    int listenerRow() const
    {
        const QAbstractItemModel* model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, ui::SourceTableModel::KindColumn).data().toString() ==
                QStringLiteral("HTTP listener")) {
                return r;
            }
        }
        return -1;
    }
    QString listenerCell(int column) const
    {
        const int row = listenerRow();
        return row < 0 ? QString() : table()->model()->index(row, column).data().toString();
    }
    ui::SourcesPage page;
};

// A port some other program holds.
struct TakenPort {
    TakenPort()
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof a;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && ::listen(fd, 1) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &length) == 0) {
            port = ntohs(a.sin_port);
        }
    }
    ~TakenPort() { ::close(fd); }
    int fd = -1;
    std::uint16_t port = 0;
};

// With SLUICE_TEST_SHOTS=DIR, the page as it is now goes to DIR/http-listener-LANG.png, to be looked at.
void saveShot(ShownPage& shown, const QString& language)
{
    if (const QString dir = qEnvironmentVariable("SLUICE_TEST_SHOTS"); !dir.isEmpty()) {
        QVERIFY(shown.page.grab().save(dir + QStringLiteral("/http-listener-%1.png").arg(language)));
    }
}

}  // namespace

class TestHttpListener final : public QObject {
    Q_OBJECT

private slots:
    void checksAreDecidedWhileTheListenerRuns();
    void aBusyPortAndAMistypedAddressAreNamed();
    void theListenerIsKeptInTheSettings();
    void germanShot();
};

void TestHttpListener::checksAreDecidedWhileTheListenerRuns()
{
    QTemporaryDir dir;
    app::EngineHost host(optionsIn(dir));
    ShownPage shown(host);
    QVERIFY(startAndWait(host));
    const std::string database = host.databasePath().toStdString();
    const std::string token = createToken(database, "nginx-edge");
    QVERIFY(!token.empty());

    QCOMPARE(shown.address()->text(), QStringLiteral("127.0.0.1:9090"));  // the default until changed
    QCOMPARE(shown.startStop()->text(), QStringLiteral("Star&t"));
    QCOMPARE(shown.listenerRow(), -1);
    shown.address()->setText(QStringLiteral("127.0.0.1:0"));
    shown.startStop()->click();
    QTRY_COMPARE(host.httpListener().phase, Phase::Listening);
    const std::uint16_t port = host.httpListener().port;
    QVERIFY(port != 0);
    const QString at = QStringLiteral("127.0.0.1:%1").arg(port);
    QTRY_VERIFY2(shown.status().startsWith(QStringLiteral("Listening at %1.").arg(at)), qPrintable(shown.status()));
    QVERIFY(!shown.status().contains(QStringLiteral("Other machines")));
    QCOMPARE(shown.startStop()->text(), QStringLiteral("S&top"));

    // One key: three allowed, the fourth denied with the RateLimit fields and Retry-After.
    HttpTestClient client(port);
    QVERIFY(client.connected());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice", bearer(token))));
        const auto allowed = client.read();
        QVERIFY(allowed.has_value());
        QCOMPARE(allowed->status, 200);
        QCOMPARE(allowed->header("ratelimit-limit"), std::string("3"));
        QCOMPARE(allowed->header("ratelimit-remaining"), std::to_string(2 - i));
    }
    QVERIFY(client.send(HttpTestClient::get("/v1/check?key=alice", bearer(token))));
    const auto denied = client.read();
    QVERIFY(denied.has_value());
    QCOMPARE(denied->status, 429);
    QCOMPARE(denied->header("ratelimit-remaining"), std::string("0"));
    QVERIFY(std::stoi(denied->header("ratelimit-reset")) > 0);
    QVERIFY(std::stoi(denied->header("retry-after")) > 0);
    QVERIFY(!denied->header("ratelimit-policy").empty());
    // Another key is not affected; no token is 401.
    QCOMPARE(ask(port, "/v1/check?key=bob", bearer(token)).status, 200);
    const auto anonymous = ask(port, "/v1/check?key=bob");
    QCOMPARE(anonymous.status, 401);
    QVERIFY(!anonymous.header("www-authenticate").empty());

    // The listener is one of the sources: running, with the requests it read and the one it refused.
    QTRY_VERIFY(shown.listenerRow() >= 0);
    QCOMPARE(shown.listenerCell(ui::SourceTableModel::NameColumn), at);
    QCOMPARE(shown.listenerCell(ui::SourceTableModel::StateColumn), QStringLiteral("Running"));
    QTRY_COMPARE(shown.listenerCell(ui::SourceTableModel::RejectedColumn), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(
        shown.listenerCell(ui::SourceTableModel::RateColumn).endsWith(QStringLiteral("requests/s")), 10000);
    bool sawListener = false;
    for (const engine::SourceState& s : host.sources()) {
        if (s.kind == engine::SourceKind::HttpListener) {
            sawListener = true;
            QCOMPARE(s.requests, std::uint64_t(5));
            QCOMPARE(s.read, std::uint64_t(6));
            QCOMPARE(s.rejected, std::uint64_t(1));
        }
    }
    QVERIFY(sawListener);

    // A token made while it runs (as `sluice token create --db` would) takes effect within a second or so.
    const std::string late = createToken(database, "late");
    QVERIFY(!late.empty());
    QTRY_COMPARE_WITH_TIMEOUT(ask(port, "/v1/check?key=carol", bearer(late)).status, 200, 10000);

    // /metrics: the console's own snapshot, for a token of the read scope.
    const std::string reader = createToken(database, "prometheus", engine::http::TokenScope::Read);
    QTRY_COMPARE_WITH_TIMEOUT(ask(port, "/metrics", bearer(reader)).status, 200, 10000);
    const std::string metrics = ask(port, "/metrics", bearer(reader)).body;
    // The engine's decisions come from the console's snapshot, the HTTP counts from the listener itself.
    QVERIFY2(metrics.find("# TYPE sluice_decisions_total counter") != std::string::npos, metrics.c_str());
    QVERIFY2(metrics.find("sluice_http_requests_total") != std::string::npos, metrics.c_str());

    saveShot(shown, QStringLiteral("en"));

    // Stop closes the port: connections are refused and the row goes.
    client.close();
    shown.startStop()->click();
    QTRY_COMPARE(host.httpListener().phase, Phase::Stopped);
    QVERIFY(!HttpTestClient(port).connected());
    QTRY_COMPARE(shown.listenerRow(), -1);
    QTRY_COMPARE(shown.startStop()->text(), QStringLiteral("Star&t"));
    QVERIFY(shown.status().startsWith(QStringLiteral("Stopped.")));
}

void TestHttpListener::aBusyPortAndAMistypedAddressAreNamed()
{
    QTemporaryDir dir;
    app::EngineHost host(optionsIn(dir));
    ShownPage shown(host);
    QVERIFY(startAndWait(host));

    // Checked in the page before anything starts: what is wrong is named.
    shown.address()->setText(QStringLiteral("localhost:9090"));
    shown.startStop()->click();
    QCOMPARE(shown.status(), QStringLiteral("“localhost” is not an IP address: use one such as 127.0.0.1, 0.0.0.0 or "
                                            "[::1]."));
    QCOMPARE(host.httpListener().phase, Phase::Stopped);
    shown.address()->setText(QStringLiteral("127.0.0.1:99999"));
    shown.startStop()->click();
    QCOMPARE(shown.status(), QStringLiteral("The port “99999” is not a number from 0 to 65535."));
    shown.address()->setText(QStringLiteral("127.0.0.1"));
    shown.startStop()->click();
    QVERIFY2(shown.status().contains(QStringLiteral("has no port")), qPrintable(shown.status()));

    // A port another program holds: the listener says so and stays off.
    const TakenPort taken;
    QVERIFY(taken.port != 0);
    const QString busy = QStringLiteral("127.0.0.1:%1").arg(taken.port);
    shown.address()->setText(busy);
    shown.startStop()->click();
    QTRY_COMPARE(host.httpListener().phase, Phase::Failed);
    QVERIFY2(shown.status().startsWith(QStringLiteral("Not listening at %1: ").arg(busy)), qPrintable(shown.status()));
    QVERIFY2(shown.status().contains(QStringLiteral("in use")), qPrintable(shown.status()));
    QCOMPARE(shown.startStop()->text(), QStringLiteral("Star&t"));
    QCOMPARE(shown.listenerRow(), -1);

    // Every address: the status says other machines reach it (a token is still needed).
    shown.address()->setText(QStringLiteral("0.0.0.0:0"));
    shown.startStop()->click();
    QTRY_COMPARE(host.httpListener().phase, Phase::Listening);
    QVERIFY(host.httpListener().beyondLoopback);
    QTRY_VERIFY2(shown.status().contains(QStringLiteral("Other machines can reach it; every request still needs a "
                                                        "token.")),
                 qPrintable(shown.status()));
    QVERIFY(shown.status().contains(QStringLiteral("No valid token yet: every check gets 401.")));
    // nginx on this machine reaches it through the loopback.
    QVERIFY(shown.page.findChild<ui::HttpListenerPanel*>()->snippet().contains(
        QStringLiteral("server 127.0.0.1:%1;").arg(host.httpListener().port)));
    QCOMPARE(ask(host.httpListener().port, "/v1/check?key=alice").status, 401);
}

void TestHttpListener::theListenerIsKeptInTheSettings()
{
    QTemporaryDir dir;
    app::AppSettings settings(dir.filePath(QStringLiteral("sluice.ini")), nullptr);
    QVERIFY(!settings.httpListenerOn());  // off by default, on the loopback address
    QCOMPARE(settings.httpListenerAddress(), QStringLiteral("127.0.0.1:9090"));
    settings.setHttpListener(true, QStringLiteral("127.0.0.1:0"));
    {
        app::EngineHost host(optionsIn(dir));
        app::keepHttpListener(host, settings);
        ShownPage shown(host);
        QCOMPARE(shown.address()->text(), QStringLiteral("127.0.0.1:0"));
        host.start();
        // On at the last close: it starts with the engine.
        QTRY_COMPARE(host.httpListener().phase, Phase::Listening);
        QVERIFY(HttpTestClient(host.httpListener().port).connected());
        shown.startStop()->click();
        QTRY_COMPARE(host.httpListener().phase, Phase::Stopped);
        QVERIFY(!settings.httpListenerOn());
        QCOMPARE(settings.httpListenerAddress(), QStringLiteral("127.0.0.1:0"));
    }
    {
        // Off at the last close: the console starts without it.
        app::EngineHost host(optionsIn(dir));
        app::keepHttpListener(host, settings);
        QVERIFY(startAndWait(host));
        QCOMPARE(host.httpListener().phase, Phase::Stopped);
    }
    {
        // A read-only console answers no checks, even when the listener was on.
        settings.setHttpListener(true, QStringLiteral("127.0.0.1:0"));
        engine::RuntimeOptions readOnly = optionsIn(dir);
        readOnly.readOnly = true;
        app::EngineHost host(readOnly);
        app::keepHttpListener(host, settings);
        ShownPage shown(host);
        QVERIFY(startAndWait(host));
        QCOMPARE(host.httpListener().phase, Phase::Stopped);
        QVERIFY(!shown.startStop()->isEnabled());
        QVERIFY(!shown.address()->isEnabled());
        QVERIFY(settings.httpListenerOn());  // kept for the next console that is not read-only
    }
}

void TestHttpListener::germanShot()
{
    if (qEnvironmentVariableIsEmpty("SLUICE_TEST_SHOTS")) {
        QSKIP("only with SLUICE_TEST_SHOTS");
    }
    app::selectLanguage(QStringLiteral("de"));
    app::installTranslations();
    QTemporaryDir dir;
    app::EngineHost host(optionsIn(dir));
    ShownPage shown(host);
    QVERIFY(startAndWait(host));
    QVERIFY(!createToken(host.databasePath().toStdString(), "nginx-edge").empty());
    host.startHttpListener(QStringLiteral("0.0.0.0:0"));
    QTRY_COMPARE(host.httpListener().phase, Phase::Listening);
    QTRY_COMPARE(shown.table()->model()->rowCount(), 2);  // the listener beside the idle simulation
    QTRY_COMPARE(shown.page.findChild<QTableWidget*>(QStringLiteral("apiTokenTable"))->rowCount(), 1);
    saveShot(shown, QStringLiteral("de"));
}

QTEST_MAIN(TestHttpListener)
#include "tst_http_listener.moc"
