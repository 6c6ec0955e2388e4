// SPDX-License-Identifier: Apache-2.0
// The email a notification becomes, without a server: mailboxes as the settings and contacts write them, a
// title that tries to add a header, quoted-printable and encoded words that decode to the text they came from
// with no character split and no line too long. (tst_smtp_sender reads whole messages with Python's parser.)
#include "notify/MailMessage.h"
#include "notify/MimeText.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::notify;

namespace {
QByteArray decodedQuotedPrintable(const QByteArray& text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '=') {
            out += text[i];
        } else if (text.mid(i + 1, 2) == "\r\n") {
            i += 2;  // a soft break
        } else {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

QString decodedWords(const QByteArray& header)
{
    QByteArray bytes;
    static const QRegularExpression word(QStringLiteral(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)"));
    for (const auto& match : word.globalMatch(QString::fromLatin1(header))) {
        bytes += QByteArray::fromBase64(match.captured(1).toLatin1());
    }
    return QString::fromUtf8(bytes);
}
}  // namespace

class TestMailMessage final : public QObject {
    Q_OBJECT

private slots:
    void mailboxesAsPeopleWriteThem();
    void aTitleCannotAddAHeader();
    void quotedPrintableDecodesToTheTextWithShortLines();
    void encodedWordsNeverSplitACharacter();
};

void TestMailMessage::mailboxesAsPeopleWriteThem()
{
    auto a = Mailbox::read("  Sluice Ops <ops@example.org> ");
    QVERIFY(a);
    QCOMPARE(QString::fromStdString(a->name), QStringLiteral("Sluice Ops"));
    QCOMPARE(QString::fromStdString(a->address), QStringLiteral("ops@example.org"));
    auto b = Mailbox::read("\"Müller, Jörg\" <j@example.org>");
    QVERIFY(b);
    QCOMPARE(QString::fromStdString(b->name), QStringLiteral("Müller, Jörg"));
    QVERIFY(Mailbox::read("ops@example.org"));
    QVERIFY(!Mailbox::read(""));
    QVERIFY(!Mailbox::read("ops"));
    QVERIFY(!Mailbox::read("a b@example.org"));
    QVERIFY(!Mailbox::read("a@example.org\r\nRCPT TO:<x@y>"));
    QVERIFY(!Mailbox::read("a@example.org, b@example.org"));
    QVERIFY(!Mailbox::read("@example.org"));
}

void TestMailMessage::aTitleCannotAddAHeader()
{
    const MailMessage message(*Mailbox::read("\"Ops\\\" team\" <o@example.org>"), {*Mailbox::read("a@example.org")},
                              "Alert\r\nBcc: evil@example.org", "body");
    QByteArray rendered = QByteArray::fromStdString(message.render(0, "m1@example.org"));
    QVERIFY(!rendered.contains("\r\nBcc:"));
    QVERIFY(rendered.contains("\r\nSubject: Alert  Bcc: evil@example.org\r\n"));
    QVERIFY(rendered.startsWith("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\nMessage-ID: <m1@example.org>\r\n"));
    QVERIFY(!rendered.replace("\r\n", "").contains('\n'));
}

void TestMailMessage::quotedPrintableDecodesToTheTextWithShortLines()
{
    const QByteArray text = QByteArray("Größe ").repeated(40) + "=trailing space \nnext line\r\nthird\tline\t";
    const QByteArray encoded = QByteArray::fromStdString(mime::quotedPrintable(text.toStdString()));
    for (const QByteArray& line : encoded.split('\n')) {
        QVERIFY2(line.size() <= 77, line.constData());  // 76 and the CR
        QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
    }
    QByteArray expected = text;
    expected.replace("\r\n", "\n").replace("\n", "\r\n");
    QCOMPARE(decodedQuotedPrintable(encoded), expected);
}

void TestMailMessage::encodedWordsNeverSplitACharacter()
{
    const QString subject = QStringLiteral("Schlüssel € ✓ ") + QStringLiteral("äöü€").repeated(30);
    const QByteArray header = QByteArray::fromStdString(mime::encodedWords(subject.toStdString()));
    for (const QByteArray& line : header.split('\n')) {
        QVERIFY2(line.trimmed().size() <= 64, line.constData());
        const QString word = decodedWords(line);
        QVERIFY(!word.contains(QChar::ReplacementCharacter));  // each word is whole UTF-8 on its own
    }
    QCOMPARE(decodedWords(header), subject);
}

QTEST_APPLESS_MAIN(TestMailMessage)
#include "tst_mail_message.moc"
