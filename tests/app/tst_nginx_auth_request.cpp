// SPDX-License-Identifier: Apache-2.0
// nginx (Debian) in front of a static backend asks `sluice serve` with auth_request before every request, as
// the documented snippet does: over the limit for one key and under it for another, nginx refuses exactly the
// excess with 429 and passes on the Retry-After Sluice gave.
#include "PlainHttp.h"
#include "ServeProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/prctl.h>

#include <csignal>

using sluice::testing::field;
using sluice::testing::get;
using sluice::testing::Reply;
using sluice::testing::ServeProcess;

namespace {

constexpr const char* kNginx = "/usr/sbin/nginx";

// The snippet of the documentation, with the ports and the token filled in. @PREFIX@ is nginx's -p folder.
constexpr const char* kConfig = R"(
worker_processes 1;
pid @PREFIX@/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path @PREFIX@/tmp/body;
    proxy_temp_path @PREFIX@/tmp/proxy;
    fastcgi_temp_path @PREFIX@/tmp/fastcgi;
    uwsgi_temp_path @PREFIX@/tmp/uwsgi;
    scgi_temp_path @PREFIX@/tmp/scgi;

    upstream sluice {
        server 127.0.0.1:@SLUICE_PORT@;
        keepalive 16;
    }

    server {
        listen 127.0.0.1:@NGINX_PORT@;
        root @PREFIX@/www;

        location / {
            # Each internal redirect (index, try_files, error_page) runs the check again: protect the location
            # that serves or proxies the request.
            auth_request /_sluice_check;
            # Sluice answers a denial 403 (deny=403 below): auth_request passes 401 and 403 on, and turns any
            # other refusal into 500. The named location makes it the 429 clients expect.
            auth_request_set $sluice_retry_after $upstream_http_retry_after;
            auth_request_set $sluice_ratelimit $upstream_http_ratelimit;
            add_header RateLimit $sluice_ratelimit always;
            error_page 403 = @sluice_denied;
        }

        location @sluice_denied {
            add_header Retry-After $sluice_retry_after always;
            add_header RateLimit $sluice_ratelimit always;
            return 429 "Too Many Requests\n";
        }

        location = /_sluice_check {
            internal;
            proxy_pass http://sluice/v1/check?deny=403;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_pass_request_body off;
            proxy_set_header Content-Length "";
            proxy_set_header Authorization "Bearer @TOKEN@";
            # The subrequest carries the client's own header fields: a client must not choose its cost or route.
            proxy_set_header X-Sluice-Cost "";
            proxy_set_header X-Sluice-Route "";
            # The key: here a client's API key header (sluice serve --key-header X-Api-Key); for client IPs,
            # proxy_set_header X-Real-IP $remote_addr; and the default key headers.
        }
    }
}
)";

}  // namespace

class TestNginxAuthRequest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void nginxRefusesExactlyTheExcessWithSluicesRetryAfter();

private:
    bool writeNginxConfig(quint16 nginxPort, quint16 sluicePort, const QByteArray& token);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_prefix;
};

void TestNginxAuthRequest::initTestCase()
{
    if (!QFile::exists(QString::fromLatin1(kNginx))) {
        QSKIP("nginx is not installed (Debian: nginx-light)");
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_prefix = m_dir->path();
    // nginx's workers run as an unprivileged user when the test runs as root: they must reach the static files.
    QFile::setPermissions(m_prefix, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QVERIFY(QDir(m_prefix).mkpath(QStringLiteral("www")));
    QVERIFY(QDir(m_prefix).mkpath(QStringLiteral("tmp")));
    QFile page(m_prefix + QStringLiteral("/www/index.html"));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("backend\n");
    page.close();
}

bool TestNginxAuthRequest::writeNginxConfig(quint16 nginxPort, quint16 sluicePort, const QByteArray& token)
{
    QByteArray text(kConfig);
    text.replace("@PREFIX@", m_prefix.toUtf8())
        .replace("@NGINX_PORT@", QByteArray::number(nginxPort))
        .replace("@SLUICE_PORT@", QByteArray::number(sluicePort))
        .replace("@TOKEN@", token);
    QFile f(m_prefix + QStringLiteral("/nginx.conf"));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

void TestNginxAuthRequest::nginxRefusesExactlyTheExcessWithSluicesRetryAfter()
{
    const QString settings = m_prefix + QStringLiteral("/settings.json");
    QVERIFY(ServeProcess::writeSettings(settings, 5));
    ServeProcess serve(m_prefix + QStringLiteral("/sluice.db"));
    const QByteArray token = serve.createToken(QStringLiteral("nginx"));
    QVERIFY(!token.isEmpty());
    const quint16 sluicePort = serve.start(
        {QStringLiteral("--config"), settings, QStringLiteral("--key-header"), QStringLiteral("X-Api-Key")});
    QVERIFY2(sluicePort != 0, serve.log().constData());

    const quint16 nginxPort = sluice::testing::freePort();
    QVERIFY(nginxPort != 0);
    QVERIFY(writeNginxConfig(nginxPort, sluicePort, token));
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::MergedChannels);
    // A test that aborts stops nginx too (SIGTERM: its master takes its workers with it).
    nginx.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    nginx.start(QString::fromLatin1(kNginx),
                {QStringLiteral("-p"), m_prefix, QStringLiteral("-c"), m_prefix + QStringLiteral("/nginx.conf"),
                 QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-g"), QStringLiteral("daemon off;")});
    QTRY_VERIFY2_WITH_TIMEOUT(get(nginxPort, "/", {}).status != 0 || nginx.state() == QProcess::NotRunning,
                              nginx.readAll().constData(), 30000);
    QVERIFY2(nginx.state() == QProcess::Running, nginx.readAll().constData());

    // The file by its name: "/" would be checked twice, once more after nginx's internal redirect to the index.
    // Five a minute: the sixth to the ninth request of one key are over the limit; the other key stays under it.
    QList<int> greedy;
    QList<int> retryAfter;
    for (int i = 0; i < 9; ++i) {
        const Reply r = get(nginxPort, "/index.html", {}, {"X-Api-Key: greedy"});
        greedy << r.status;
        if (r.status == 429) {
            retryAfter << field(r, "Retry-After").toInt();
        } else {
            QCOMPARE(r.body, QByteArray("backend\n"));
        }
    }
    QCOMPARE(greedy, QList<int>({200, 200, 200, 200, 200, 429, 429, 429, 429}));
    // A client that names its own cost (0) is counted like any other: nginx does not pass that field on.
    QList<int> sly;
    for (int i = 0; i < 9; ++i) {
        sly << get(nginxPort, "/index.html", {}, {"X-Api-Key: sly", "X-Sluice-Cost: 0"}).status;
    }
    QCOMPARE(sly, QList<int>({200, 200, 200, 200, 200, 429, 429, 429, 429}));
    for (int i = 0; i < 4; ++i) {
        const Reply r = get(nginxPort, "/index.html", {}, {"X-Api-Key: modest"});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("backend\n"));
    }
    // The Retry-After nginx passed on is Sluice's: asked directly now, Sluice gives the same (or, when a second
    // boundary passed meanwhile, one less); one token comes back every 12 s.
    const Reply direct = get(sluicePort, "/v1/check?key=greedy", token);
    QCOMPARE(direct.status, 429);
    const int sluiceRetry = field(direct, "Retry-After").toInt();
    QVERIFY(sluiceRetry >= 1 && sluiceRetry <= 12);
    for (const int seconds : retryAfter) {
        QVERIFY2(seconds == sluiceRetry || seconds == sluiceRetry + 1,
                 qPrintable(QStringLiteral("nginx %1, Sluice %2").arg(seconds).arg(sluiceRetry)));
    }

    ::kill(pid_t(nginx.processId()), SIGQUIT);  // nginx's graceful stop
    QVERIFY(nginx.waitForFinished(30000));
    QCOMPARE(serve.stop(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(TestNginxAuthRequest)
#include "tst_nginx_auth_request.moc"
