// SPDX-License-Identifier: Apache-2.0
// CSV as RFC 4180 spells it: what is quoted, how quotes are doubled, how records end; and a field a
// spreadsheet would run as a formula gets an apostrophe in front.
#include "Csv.h"

#include <QtTest>

using namespace sluice;

class TestCsv final : public QObject {
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void recordsEndWithCrLf();
};

void TestCsv::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("vip.assign") << QStringLiteral("vip.assign");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("json") << QStringLiteral("{\"tier\":\"gold\"}") << QStringLiteral("\"{\"\"tier\"\":\"\"gold\"\"}\"");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces kept") << QStringLiteral(" padded ") << QStringLiteral("\" padded \"");
    QTest::newRow("unicode") << QStringLiteral("Zoë") << QStringLiteral("Zoë");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return first") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("apostrophe before a formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("apostrophe alone") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("formula sign inside") << QStringLiteral("a=b-c") << QStringLiteral("a=b-c");
}

void TestCsv::fields()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(ui::csvField(text), field);
}

void TestCsv::recordsEndWithCrLf()
{
    QCOMPARE(ui::csvRecord({QStringLiteral("1"), QStringLiteral("a,b"), QString(), QStringLiteral("Zoë")}),
             QByteArray("1,\"a,b\",,Zo\xc3\xab\r\n"));
    QCOMPARE(ui::csvRecord({QStringLiteral("7"), QStringLiteral("-1"), QStringLiteral("=1+1")}),
             QByteArray("7,'-1,'=1+1\r\n"));
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
