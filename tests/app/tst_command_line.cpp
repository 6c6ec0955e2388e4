// SPDX-License-Identifier: Apache-2.0
// The command line refuses what it cannot honour and never echoes control characters to the terminal.
#include "CommandLine.h"
#include "Translations.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice::app;

class TestCommandLine final : public QObject {
    Q_OBJECT

private slots:
    void speedMustBeAFiniteFactor_data();
    void speedMustBeAFiniteFactor();
    void controlCharactersAreEscaped();
    void onlyKnownLanguagesAreAccepted_data();
    void onlyKnownLanguagesAreAccepted();
    void anUnknownLanguageStopsTheCommand();
    void errorsQuotingInputDoNotReachTheTerminalRaw();
};

void TestCommandLine::speedMustBeAFiniteFactor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("max") << QStringLiteral("max") << true;
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("10000") << QStringLiteral("10000") << true;
    QTest::newRow("2.5") << QStringLiteral("2.5") << true;
    QTest::newRow("nan") << QStringLiteral("nan") << false;
    QTest::newRow("NaN") << QStringLiteral("NaN") << false;
    QTest::newRow("inf") << QStringLiteral("inf") << false;
    QTest::newRow("1e400") << QStringLiteral("1e400") << false;
    QTest::newRow("0.5") << QStringLiteral("0.5") << false;
    QTest::newRow("10001") << QStringLiteral("10001") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCommandLine::speedMustBeAFiniteFactor()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QCOMPARE(parseSpeed(text).has_value(), accepted);
}

void TestCommandLine::controlCharactersAreEscaped()
{
    const QString raw =
        QStringLiteral("key \x1b[31mred\x1b[0m\r\x07 and \x7f") + QChar(0x9b) + QStringLiteral("\nnext\tline");
    const QString shown = escapedForTerminal(raw);
    QCOMPARE(shown, QStringLiteral("key \\x1b[31mred\\x1b[0m\\x0d\\x07 and \\x7f\\x9b\nnext\tline"));
    QCOMPARE(escapedForTerminal(QStringLiteral("Grüße, 東京")), QStringLiteral("Grüße, 東京"));
}

void TestCommandLine::onlyKnownLanguagesAreAccepted_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("de") << QStringLiteral("de") << true;
    QTest::newRow("en") << QStringLiteral("en") << true;
    QTest::newRow("de_AT") << QStringLiteral("de_AT") << true;
    QTest::newRow("de-CH") << QStringLiteral("de-CH") << true;
    QTest::newRow("de_DE.UTF-8") << QStringLiteral("de_DE.UTF-8") << true;
    QTest::newRow("fr") << QStringLiteral("fr") << false;
    QTest::newRow("xx") << QStringLiteral("xx") << false;
    QTest::newRow("german") << QStringLiteral("german") << false;
    QTest::newRow("de_") << QStringLiteral("de_") << false;
}

void TestCommandLine::onlyKnownLanguagesAreAccepted()
{
    QFETCH(QString, language);
    QFETCH(bool, accepted);
    selectLanguage(language);
    const auto problem = languageProblem();
    selectLanguage(QString());
    QCOMPARE(!problem.has_value(), accepted);
    if (problem) {
        QVERIFY2(problem->contains(QStringLiteral("en, de")), qPrintable(*problem));
    }
}

void TestCommandLine::anUnknownLanguageStopsTheCommand()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(SLUICE_BINARY),
            {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("simulate"), QStringLiteral("--scenario"),
             QStringLiteral("normal-day"), QStringLiteral("--duration"), QStringLiteral("10s"),
             QStringLiteral("--report"), dir.filePath(QStringLiteral("r.json"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), kExitBadInput);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("--lang: 'fr'")), qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.json"))));
}

void TestCommandLine::errorsQuotingInputDoNotReachTheTerminalRaw()
{
    QTemporaryDir dir;
    // A scenario "name" that would retitle an xterm and turn its text red if echoed as it is.
    const QString hostile = dir.filePath(QStringLiteral("\x1b]0;pwned\x07\x1b[31mscenario"));
    QProcess p;
    p.start(QStringLiteral(SLUICE_BINARY), {QStringLiteral("simulate"), QStringLiteral("--scenario"), hostile,
                                            QStringLiteral("--report"), dir.filePath(QStringLiteral("r.json"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), kExitBadInput);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(!err.contains('\x1b') && !err.contains('\x07'), err.constData());
    QVERIFY2(err.contains("\\x1b]0;pwned\\x07\\x1b[31mscenario"), err.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
