// SPDX-License-Identifier: Apache-2.0
// Email notifications against a real SMTP server on 127.0.0.1 (python3-aiosmtpd, STARTTLS and AUTH required):
// the envelope's recipients, the subject (non-ASCII, long, encoded per RFC 2047), both parts as Python's email
// package reads them, TLS from the first byte, and the failures a person has to tell apart: a wrong password
// (permanent, and the password appears nowhere), an untrusted certificate, a server that is not there.
#include "SmtpReceiver.h"

#include "notify/ChannelSender.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::notify;

namespace {
const QString kUser = QStringLiteral("sluice-mailer");
const QString kPassword = QStringLiteral("s3cr3t-Pa55");

NotifyConfig mailConfig(int port, EmailChannelConfig::Security security = EmailChannelConfig::Security::StartTls)
{
    NotifyConfig config;
    config.timeoutMs = 10000;
    config.email.host = "127.0.0.1";
    config.email.port = port;
    config.email.security = security;
    config.email.username = kUser.toStdString();
    config.email.from = "Sluice Alerts <alerts@sluice.example.org>";
    config.email.opsRecipients = {"Ops One <ops1@example.org>", "ops2@example.org"};
    config.email.caFile = (SmtpReceiver::certificateDir() + QStringLiteral("/ca.pem")).toStdString();
    return config;
}

NotifySecrets secrets(const QString& password = kPassword)
{
    NotifySecrets s;
    s.smtpPassword = password.toStdString();
    return s;
}

Notification flagged()
{
    Notification n;
    n.id = 42;
    n.type = NotificationType::Flagged;
    n.recipient = "alice";
    n.key = "alice";
    n.at = 1'800'000'000 * kNsPerSec;
    n.severity = 1;
    n.title = "Schlüssel alice ist jetzt gesperrt (Punktzahl 18,5) — Größenänderung übermäßig häufiger Anfragen";
    n.body = "Key alice is now flagged (score 18.5).\nIts limit is <b>halved</b> & checked again in 10 minutes.";
    n.destinations = {Destination{Channel::Email, "alice@example.org"}};
    return n;
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out << v.toString();
    }
    return out;
}
}  // namespace

class TestSmtpSender final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsWithAuthDeliversSubjectAndBothParts();
    void theOpsTeamGetsOneMessageToEachOfItsRecipients();
    void tlsFromTheFirstByte();
    void aWrongPasswordFailsPermanentlyAndIsNeverShown();
    void anUntrustedCertificateIsRefused();
    void aServerThatIsNotThereIsWorthAnotherTry();
    void withoutAServerNothingIsSent();
    void aReportGoesWithItsFilesAttached();
    void aFileThatIsGoneOrTooLargeFailsForGood();
};

void TestSmtpSender::initTestCase()
{
    if (!SmtpReceiver::available()) {
        QSKIP("python3 with aiosmtpd is not installed (Debian: python3-aiosmtpd)");
    }
}

void TestSmtpSender::startTlsWithAuthDeliversSubjectAndBothParts()
{
    SmtpReceiver server(kUser, kPassword);
    QVERIFY(server.port() > 0);
    auto sender = makeEmailSender(mailConfig(server.port()), secrets());
    QVERIFY(sender->configured());
    const Notification n = flagged();
    const SendResult result = sender->send(n, "alice@example.org");
    QVERIFY2(result.ok, result.error.c_str());
    QCOMPARE(server.received(), 1);

    const QJsonObject mail = server.message(1);
    QCOMPARE(mail[QStringLiteral("mail_from")].toString(), QStringLiteral("alerts@sluice.example.org"));
    QCOMPARE(strings(mail[QStringLiteral("rcpt_tos")]), QStringList{QStringLiteral("alice@example.org")});
    QCOMPARE(strings(mail[QStringLiteral("to")]), QStringList{QStringLiteral("alice@example.org")});
    QCOMPARE(mail[QStringLiteral("from")].toString(), QStringLiteral("Sluice Alerts <alerts@sluice.example.org>"));
    QCOMPARE(mail[QStringLiteral("subject")].toString(), QString::fromStdString(n.title));
    QCOMPARE(mail[QStringLiteral("content_type")].toString(), QStringLiteral("multipart/alternative"));
    QCOMPARE(strings(mail[QStringLiteral("defects")]), QStringList{});
    QVERIFY(mail[QStringLiteral("message_id")].toString().endsWith(QStringLiteral("@sluice.example.org>")));
    QVERIFY(!mail[QStringLiteral("date")].toString().isEmpty());
    QVERIFY(mail[QStringLiteral("date")].toString() != QStringLiteral("None"));

    const QString text = mail[QStringLiteral("text")].toString();
    QVERIFY2(text.contains(QStringLiteral("Its limit is <b>halved</b> & checked again")), qPrintable(text));
    const QString html = mail[QStringLiteral("html")].toString();
    QVERIFY2(html.contains(QStringLiteral("Its limit is &lt;b&gt;halved&lt;/b&gt; &amp; checked again")),
             qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(html.contains(QStringLiteral("Schlüssel alice ist jetzt gesperrt")));

    // On the wire: the subject encoded, every line ending in CRLF and short enough for any relay.
    const QString raw = mail[QStringLiteral("raw")].toString();
    QVERIFY(raw.contains(QStringLiteral("Subject: =?UTF-8?B?")));
    const QStringList lines = raw.split(QStringLiteral("\r\n"));
    for (const QString& line : lines) {
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
        QVERIFY2(line.size() <= 78, qPrintable(line));
    }
}

void TestSmtpSender::theOpsTeamGetsOneMessageToEachOfItsRecipients()
{
    SmtpReceiver server(kUser, kPassword);
    auto sender = makeEmailSender(mailConfig(server.port()), secrets());
    Notification n = flagged();
    n.recipient = std::string(kOpsRecipient);
    n.title = "Throttle level 2";
    const SendResult result = sender->send(n, "");
    QVERIFY2(result.ok, result.error.c_str());
    QCOMPARE(server.received(), 1);
    const QJsonObject mail = server.message(1);
    QCOMPARE(strings(mail[QStringLiteral("rcpt_tos")]),
             (QStringList{QStringLiteral("ops1@example.org"), QStringLiteral("ops2@example.org")}));
    QCOMPARE(strings(mail[QStringLiteral("to")]),
             (QStringList{QStringLiteral("Ops One <ops1@example.org>"), QStringLiteral("ops2@example.org")}));
    QCOMPARE(mail[QStringLiteral("subject")].toString(), QStringLiteral("Throttle level 2"));
}

void TestSmtpSender::tlsFromTheFirstByte()
{
    SmtpReceiver server(kUser, kPassword, true);
    auto sender = makeEmailSender(mailConfig(server.port(), EmailChannelConfig::Security::Tls), secrets());
    const SendResult result = sender->send(flagged(), "alice@example.org");
    QVERIFY2(result.ok, result.error.c_str());
    QCOMPARE(server.received(), 1);
    QCOMPARE(server.message(1)[QStringLiteral("subject")].toString(), QString::fromStdString(flagged().title));
}

void TestSmtpSender::aWrongPasswordFailsPermanentlyAndIsNeverShown()
{
    SmtpReceiver server(kUser, kPassword);
    const QString wrong = QStringLiteral("wrong-Pa55-9731");
    auto sender = makeEmailSender(mailConfig(server.port()), secrets(wrong));
    const SendResult result = sender->send(flagged(), "alice@example.org");
    QVERIFY(!result.ok);
    QVERIFY(result.permanent);  // trying again with the same password cannot help
    const QString error = QString::fromStdString(result.error);
    QVERIFY2(error.contains(QStringLiteral("535")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Login denied")), qPrintable(error));
    QVERIFY2(!error.contains(wrong) && !error.contains(kPassword), qPrintable(error));
    QCOMPARE(server.received(), 0);
}

void TestSmtpSender::anUntrustedCertificateIsRefused()
{
    SmtpReceiver server(kUser, kPassword);
    NotifyConfig config = mailConfig(server.port());
    config.email.caFile.clear();  // the system's CAs do not know the test CA
    const SendResult result = makeEmailSender(config, secrets())->send(flagged(), "alice@example.org");
    QVERIFY(!result.ok);
    QVERIFY2(QString::fromStdString(result.error).contains(QStringLiteral("certificate")), result.error.c_str());
    QCOMPARE(server.received(), 0);
}

void TestSmtpSender::aServerThatIsNotThereIsWorthAnotherTry()
{
    int closedPort = 0;
    {
        SmtpReceiver server(kUser, kPassword);
        closedPort = server.port();
    }
    const SendResult result = makeEmailSender(mailConfig(closedPort), secrets())->send(flagged(), "a@example.org");
    QVERIFY(!result.ok);
    QVERIFY(!result.permanent);
    QVERIFY2(QString::fromStdString(result.error).contains(QStringLiteral("127.0.0.1")), result.error.c_str());
}

void TestSmtpSender::withoutAServerNothingIsSent()
{
    NotifyConfig config;
    auto sender = makeEmailSender(config, {});
    QVERIFY(!sender->configured());
    const SendResult result = sender->send(flagged(), "alice@example.org");
    QVERIFY(!result.ok);
    QVERIFY(result.permanent);

    config = mailConfig(25);
    QVERIFY(!makeEmailSender(config, {})->configured());  // a user without a password: not yet from the keychain
    const SendResult early = makeEmailSender(config, {})->send(flagged(), "alice@example.org");
    QVERIFY(!early.ok);
    QVERIFY(!early.permanent);
    config.email.username.clear();
    QVERIFY(makeEmailSender(config, {})->configured());
    const SendResult bad = makeEmailSender(config, {})->send(flagged(), "not an address");
    QVERIFY(!bad.ok);
    QVERIFY(bad.permanent);
}

namespace {
Notification reportNotice(std::vector<std::string> files)
{
    Notification n;
    n.id = 77;
    n.type = NotificationType::Report;
    n.recipient = std::string(kOpsRecipient);
    n.at = 1'800'000'000 * kNsPerSec;
    n.title = "Operations report for 2026-12-05";
    n.body = "The operations report for 2026-12-05 is written.";
    n.attachments = std::move(files);
    return n;
}

QByteArray writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
}  // namespace

void TestSmtpSender::aReportGoesWithItsFilesAttached()
{
    QTemporaryDir dir;
    // A binary file of 300 KB (every byte value, so base64 and its line breaks are tested) and a CSV whose name is
    // not ASCII.
    QByteArray pdf(300 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char& c : pdf) {
        c = static_cast<char>(generator.bounded(256));
    }
    const QString pdfPath = dir.filePath(QStringLiteral("sluice-report-2026-12-05.pdf"));
    const QString csvPath = dir.filePath(QStringLiteral("Bericht Köln \"Tag\".csv"));
    const QByteArray pdfHash = writeFile(pdfPath, pdf);
    const QByteArray csvHash = writeFile(csvPath, QByteArrayLiteral("name,value\r\n'=1+1,2\r\n"));
    QVERIFY(!pdfHash.isEmpty() && !csvHash.isEmpty());

    SmtpReceiver server(kUser, kPassword);
    QVERIFY(server.port() > 0);
    const SendResult result = makeEmailSender(mailConfig(server.port()), secrets())
                                  ->send(reportNotice({pdfPath.toStdString(), csvPath.toStdString()}), {});
    QVERIFY2(result.ok, result.error.c_str());
    QCOMPARE(server.received(), 1);
    const QJsonObject mail = server.message(1);
    QCOMPARE(mail[QStringLiteral("content_type")].toString(), QStringLiteral("multipart/mixed"));
    QCOMPARE(strings(mail[QStringLiteral("defects")]), QStringList{});
    QVERIFY(mail[QStringLiteral("text")].toString().contains(QStringLiteral("The operations report for 2026-12-05")));
    QVERIFY(mail[QStringLiteral("html")].toString().contains(QStringLiteral("<h2>Operations report for 2026-12-05")));
    const QJsonArray attached = mail[QStringLiteral("attachments")].toArray();
    QCOMPARE(attached.size(), 2);
    QCOMPARE(attached[0][QStringLiteral("filename")].toString(), QStringLiteral("sluice-report-2026-12-05.pdf"));
    QCOMPARE(attached[0][QStringLiteral("content_type")].toString(), QStringLiteral("application/pdf"));
    QCOMPARE(attached[0][QStringLiteral("bytes")].toInt(), pdf.size());
    QCOMPARE(attached[0][QStringLiteral("sha256")].toString().toLatin1(), pdfHash);
    QCOMPARE(attached[1][QStringLiteral("filename")].toString(), QStringLiteral("Bericht Köln \"Tag\".csv"));
    QCOMPARE(attached[1][QStringLiteral("content_type")].toString(), QStringLiteral("text/csv"));
    QCOMPARE(attached[1][QStringLiteral("sha256")].toString().toLatin1(), csvHash);
    // Every line of the message stays within SMTP's limit, base64 included.
    for (const QString& line : mail[QStringLiteral("raw")].toString().split(QStringLiteral("\r\n"))) {
        QVERIFY2(line.size() <= 78, qPrintable(line.left(100)));
    }
}

void TestSmtpSender::aFileThatIsGoneOrTooLargeFailsForGood()
{
    QTemporaryDir dir;
    SmtpReceiver server(kUser, kPassword);
    QVERIFY(server.port() > 0);
    auto sender = makeEmailSender(mailConfig(server.port()), secrets());
    const std::string gone = dir.filePath(QStringLiteral("moved-away.pdf")).toStdString();
    SendResult result = sender->send(reportNotice({gone}), {});
    QVERIFY(!result.ok);
    QVERIFY(result.permanent);  // another try finds no file either
    QVERIFY2(result.error.starts_with("the attached file " + gone + " cannot be read"), result.error.c_str());

    // 19 MB (sparse: nothing is written) is more than one message carries.
    QFile large(dir.filePath(QStringLiteral("large.pdf")));
    QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(19LL * 1024 * 1024));
    large.close();
    result = sender->send(reportNotice({large.fileName().toStdString()}), {});
    QVERIFY(!result.ok);
    QVERIFY(result.permanent);
    QCOMPARE(result.error, std::string("the attached files hold 19 MB, more than the 18 MB one email carries"));
    QCOMPARE(server.received(), 0);
}

QTEST_APPLESS_MAIN(TestSmtpSender)
#include "tst_smtp_sender.moc"
