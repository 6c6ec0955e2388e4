// SPDX-License-Identifier: Apache-2.0
// VIP assignments as CSV: RFC 4180 quoting, the header, and bad rows named by line and column.
#include "vip/VipCsv.h"

#include <QtTest>

using namespace sluice::engine;

namespace {
// 2027-03-01T12:00:00Z
constexpr TimeNs kMarchFirstNoon = 1'803'902'400LL * kNsPerSec;

std::string firstError(const VipCsvParse& p) { return p.errors.empty() ? std::string() : p.errors[0].message(); }
}  // namespace

class TestVipCsv final : public QObject {
    Q_OBJECT

private slots:
    void parsesPlainRows();
    void quotedFieldsHoldCommasQuotesAndLineBreaks();
    void acceptsCrlfBomAndTrailingBlankLines();
    void theHeaderIsRequired();
    void badRowsNameLineAndColumn_data();
    void badRowsNameLineAndColumn();
    void everyBadRowIsListedAndNoRowsReturned();
    void anUnclosedQuoteNamesWhereItOpened();
    void timesAreIso8601();
    void writeQuotesOnlyWhereNeededAndReadsBack();
};

void TestVipCsv::parsesPlainRows()
{
    const VipCsvParse p =
        VipCsv::parse("key,tier,expires,notes\nalice,gold,2027-03-01T12:00:00Z,partner\nbob,silver,,\n");
    QVERIFY2(p.errors.empty(), firstError(p).c_str());
    QCOMPARE(p.rows.size(), std::size_t(2));
    QCOMPARE(p.rows[0].key, std::string("alice"));
    QCOMPARE(p.rows[0].tier, std::string("gold"));
    QCOMPARE(p.rows[0].expiresAt, kMarchFirstNoon);
    QCOMPARE(p.rows[0].notes, std::string("partner"));
    QCOMPARE(p.rows[0].line, std::size_t(2));
    QCOMPARE(p.rows[1].expiresAt, TimeNs(0));
    QCOMPARE(p.rows[1].line, std::size_t(3));
}

void TestVipCsv::quotedFieldsHoldCommasQuotesAndLineBreaks()
{
    const VipCsvParse p = VipCsv::parse("key,tier,expires,notes\n"
                                        "\"a,b\",gold,,\"said \"\"hi\"\"\"\n"
                                        "carol,gold,,\"two\nlines\"\n"
                                        "dave,gold,,after\n");
    QVERIFY2(p.errors.empty(), firstError(p).c_str());
    QCOMPARE(p.rows.size(), std::size_t(3));
    QCOMPARE(p.rows[0].key, std::string("a,b"));
    QCOMPARE(p.rows[0].notes, std::string("said \"hi\""));
    QCOMPARE(p.rows[1].notes, std::string("two\nlines"));
    QCOMPARE(p.rows[2].line, std::size_t(5));  // the record after a two-line field starts on line 5
}

void TestVipCsv::acceptsCrlfBomAndTrailingBlankLines()
{
    const VipCsvParse p = VipCsv::parse("\xEF\xBB\xBFKey,Tier,Expires,Notes\r\nalice,gold,,x\r\n\r\n\r\n");
    QVERIFY2(p.errors.empty(), firstError(p).c_str());
    QCOMPARE(p.rows.size(), std::size_t(1));
    QCOMPARE(p.rows[0].notes, std::string("x"));
}

void TestVipCsv::theHeaderIsRequired()
{
    const VipCsvParse noHeader = VipCsv::parse("alice,gold,,\n");
    QCOMPARE(noHeader.errors.size(), std::size_t(1));
    QVERIFY(firstError(noHeader).find("line 1") != std::string::npos);
    QVERIFY(firstError(noHeader).find("header") != std::string::npos);
    QVERIFY(VipCsv::parse("").errors.size() == 1);
    QVERIFY(VipCsv::parse("key,tier,notes,expires\n").errors.size() == 1);  // the order is fixed
}

void TestVipCsv::badRowsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty key") << QByteArray(",gold,,") << 1 << QStringLiteral("key is empty");
    QTest::newRow("long key") << QByteArray(256, 'k').append(",gold,,") << 1 << QStringLiteral("255 bytes");
    QTest::newRow("bad tier name") << QByteArray("alice,big spender,,") << 2 << QStringLiteral("no spaces");
    QTest::newRow("no tier") << QByteArray("alice,,,") << 2 << QStringLiteral("needs a name");
    QTest::newRow("bad date") << QByteArray("alice,gold,next tuesday,") << 3 << QStringLiteral("ISO 8601");
    QTest::newRow("no offset") << QByteArray("alice,gold,2027-03-01T12:00:00,") << 3 << QStringLiteral("ISO 8601");
    QTest::newRow("february 30") << QByteArray("alice,gold,2027-02-30T12:00:00Z,") << 3 << QStringLiteral("ISO 8601");
    QTest::newRow("too few fields") << QByteArray("alice,gold") << 0 << QStringLiteral("expected 4 fields");
    QTest::newRow("too many fields") << QByteArray("alice,gold,,,extra") << 0 << QStringLiteral("found 5");
    QTest::newRow("stray quote") << QByteArray("ali\"ce,gold,,") << 1 << QStringLiteral("quote");
    QTest::newRow("text after quote") << QByteArray("\"alice\"x,gold,,") << 1 << QStringLiteral("closing quote");
}

void TestVipCsv::badRowsNameLineAndColumn()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, reason);
    const QByteArray text = QByteArray("key,tier,expires,notes\nok,gold,,\n") + row + "\n";
    const VipCsvParse p = VipCsv::parse(text.toStdString());
    QVERIFY(!p.errors.empty());
    QVERIFY(p.rows.empty());  // a bad row rejects the whole file
    const VipCsvError& e = p.errors.front();
    QCOMPARE(e.line, std::size_t(3));
    QCOMPARE(e.column, column);
    QVERIFY2(e.reason.find(reason.toStdString()) != std::string::npos, e.reason.c_str());
    QVERIFY2(e.message().rfind("line 3", 0) == 0, e.message().c_str());
}

void TestVipCsv::everyBadRowIsListedAndNoRowsReturned()
{
    const VipCsvParse p = VipCsv::parse("key,tier,expires,notes\nalice,gold,,\nalice,gold,,\nbob,gold,soon,\n");
    QCOMPARE(p.errors.size(), std::size_t(2));
    QCOMPARE(p.errors[0].message(), std::string("line 3, column 1 (key): key 'alice' already appears on line 2"));
    QCOMPARE(p.errors[1].line, std::size_t(4));
    QCOMPARE(p.errors[1].column, 3);
    QVERIFY(p.rows.empty());
}

void TestVipCsv::anUnclosedQuoteNamesWhereItOpened()
{
    const VipCsvParse p = VipCsv::parse("key,tier,expires,notes\nalice,gold,,\"never\nclosed\nat all\n");
    QCOMPARE(p.errors.size(), std::size_t(1));
    QCOMPARE(p.errors[0].line, std::size_t(2));
    QCOMPARE(p.errors[0].column, 4);
    QVERIFY(p.errors[0].reason.find("never closed") != std::string::npos);
}

void TestVipCsv::timesAreIso8601()
{
    QCOMPARE(VipCsv::parseTime("2027-03-01T12:00:00Z"), std::optional(kMarchFirstNoon));
    QCOMPARE(VipCsv::parseTime("2027-03-01 12:00:00z"), std::optional(kMarchFirstNoon));
    QCOMPARE(VipCsv::parseTime("2027-03-01T14:00:00+02:00"), std::optional(kMarchFirstNoon));
    QCOMPARE(VipCsv::parseTime("2027-03-01T07:30:00-04:30"), std::optional(kMarchFirstNoon));
    QCOMPARE(VipCsv::parseTime("2027-03-01T12:00:00.250Z"), std::optional(kMarchFirstNoon + 250 * kNsPerMs));
    QCOMPARE(VipCsv::parseTime("2028-02-29T00:00:00Z").has_value(), true);
    QCOMPARE(VipCsv::parseTime("2027-02-29T00:00:00Z").has_value(), false);
    QCOMPARE(VipCsv::parseTime("2027-13-01T00:00:00Z").has_value(), false);
    QCOMPARE(VipCsv::parseTime("2027-03-01T24:00:00Z").has_value(), false);
    QCOMPARE(VipCsv::parseTime("2027-03-01T12:00:00Zjunk").has_value(), false);
    QCOMPARE(VipCsv::parseTime("9999-12-31T23:59:59Z").has_value(), false);  // past what engine time holds
    QCOMPARE(VipCsv::parseTime("2200-01-01T00:00:00Z").has_value(), true);
    QCOMPARE(VipCsv::formatTime(kMarchFirstNoon), std::string("2027-03-01T12:00:00Z"));
    QCOMPARE(VipCsv::formatTime(kMarchFirstNoon + 250 * kNsPerMs), std::string("2027-03-01T12:00:00.250Z"));
    for (TimeNs t = 0; t < 200LL * 365 * kNsPerDay; t += 7919 * kNsPerHour + 17 * kNsPerSec) {
        QCOMPARE(VipCsv::parseTime(VipCsv::formatTime(t)), std::optional(t));
    }
}

void TestVipCsv::writeQuotesOnlyWhereNeededAndReadsBack()
{
    const std::vector<store::VipAssignment> all{
        {"plain", "gold", kMarchFirstNoon, "partner", "ann", 0},
        {"with,comma", "silver", 0, "said \"hi\"\nand left", "bo", 0},
        {" spaced ", "gold", 0, "", "cy", 0},
    };
    const std::string csv = VipCsv::write(all);
    QVERIFY(csv.rfind("key,tier,expires,notes\r\nplain,gold,2027-03-01T12:00:00Z,partner\r\n", 0) == 0);
    QVERIFY(csv.find("\"with,comma\",silver,,\"said \"\"hi\"\"\nand left\"\r\n") != std::string::npos);
    const VipCsvParse back = VipCsv::parse(csv);
    QVERIFY2(back.errors.empty(), firstError(back).c_str());
    QCOMPARE(back.rows.size(), all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(back.rows[i].key, all[i].key);
        QCOMPARE(back.rows[i].tier, all[i].tier);
        QCOMPARE(back.rows[i].expiresAt, all[i].expiresAt);
        QCOMPARE(back.rows[i].notes, all[i].notes);
    }
}

QTEST_APPLESS_MAIN(TestVipCsv)
#include "tst_vip_csv.moc"
