// SPDX-License-Identifier: Apache-2.0
// VIP assignments as CSV: RFC 4180 quoting, the header, and bad rows named by line and column.
#include "core/CsvCell.h"
#include "core/TextCheck.h"
#include "vip/VipCsv.h"

#include <QtTest>

#include <algorithm>

using namespace sluice::engine;

namespace {
// 2027-03-01T12:00:00Z
constexpr TimeNs kMarchFirstNoon = 1'803'902'400LL * kNsPerSec;

std::string firstError(const VipCsvParse& p) { return p.errors.empty() ? std::string() : p.errors[0].message(); }

VipCsvParse parseRow(const std::string& row) { return VipCsv::parse("key,tier,expires,notes\n" + row + "\n"); }

bool printable(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b < 0x20 || b == 0x7F;
    });
}
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
    void invalidUtf8IsRefusedWithLineAndColumn_data();
    void invalidUtf8IsRefusedWithLineAndColumn();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void notesMayHoldTabsAndLineBreaks();
    void keysWithSurroundingSpaceAreRefused_data();
    void keysWithSurroundingSpaceAreRefused();
    void messagesShowWhatTheyQuoteSafely();
    void anOutOfRangeYearIsNamedAsSuch();
    void formulasAreDefusedAndImportBackExactly();
    void aHandWrittenApostropheIsReadTheSameWay();
    void aFileOfCommasIsCountedNotStored();
    void aHugeFieldIsRefusedByItsLength();
    void aHeaderOnlyFileHasNoRowsAndNoError();
    void tooManyRowsAreRefusedAtTheLineThatPassesTheLimit();
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
        {"spaced", "gold", 0, " around ", "cy", 0},
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

void TestVipCsv::invalidUtf8IsRefusedWithLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("byte");
    QTest::newRow("stray byte") << QByteArray("car\xffol") << QStringLiteral("(\\xff)") << 4;
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf") << QStringLiteral("(\\xc0)") << 2;
    QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << QStringLiteral("(\\xe0\\x80)") << 1;
    QTest::newRow("surrogate") << QByteArray("ab\xed\xa0\x80") << QStringLiteral("(\\xed\\xa0)") << 3;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("(\\xf4\\x90)") << 1;
    QTest::newRow("cut off") << QByteArray("euro\xe2\x82") << QStringLiteral("(\\xe2\\x82)") << 5;
    QTest::newRow("lone continuation") << QByteArray("\x80") << QStringLiteral("(\\x80)") << 1;
}

void TestVipCsv::invalidUtf8IsRefusedWithLineAndColumn()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, shown);
    QFETCH(int, byte);
    const VipCsvParse p = parseRow("alice,gold,,\n" + key.toStdString() + ",gold,,");
    QCOMPARE(p.errors.size(), std::size_t(1));
    QVERIFY(p.rows.empty());
    QCOMPARE(p.errors[0].line, std::size_t(3));
    QCOMPARE(p.errors[0].column, 1);
    const std::string message = p.errors[0].message();
    QVERIFY2(message.find("invalid UTF-8 at byte " + std::to_string(byte) + " " + shown.toStdString()) !=
                 std::string::npos,
             message.c_str());
    QVERIFY2(TextCheck::isValidUtf8(message) && printable(message), message.c_str());

    // The same bytes in the notes are refused as well.
    const VipCsvParse notes = parseRow("alice,gold,,\"ok " + key.toStdString() + "\"");
    QCOMPARE(notes.errors.size(), std::size_t(1));
    QCOMPARE(notes.errors[0].column, 4);
}

void TestVipCsv::controlCharactersAreRefused_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("NUL in key") << QByteArray("bob\0by,gold,,", 13) << 1
                                << QStringLiteral("control character U+0000 at character 4");
    QTest::newRow("ESC in key") << QByteArray("\x1b[2Jbob,gold,,") << 1
                                << QStringLiteral("control character U+001B at character 1");
    QTest::newRow("tab in key") << QByteArray("bo\tb,gold,,") << 1 << QStringLiteral("U+0009 at character 3");
    QTest::newRow("line break in key") << QByteArray("\"bo\nb\",gold,,") << 1 << QStringLiteral("U+000A");
    QTest::newRow("DEL in key") << QByteArray("bob\x7f,gold,,") << 1 << QStringLiteral("U+007F at character 4");
    QTest::newRow("C1 in key") << QByteArray("b\xc2\x9b"
                                             "31m,gold,,")
                               << 1 << QStringLiteral("U+009B at character 2");
    QTest::newRow("ESC in tier") << QByteArray("bob,go\x1bld,,") << 2 << QStringLiteral("U+001B at character 3");
    QTest::newRow("ESC in expires") << QByteArray("bob,gold,\x1b]0;x\x07,") << 3 << QStringLiteral("U+001B");
    QTest::newRow("ESC in notes") << QByteArray("bob,gold,,see \x1b[31mred") << 4
                                  << QStringLiteral("U+001B at character 5");
    QTest::newRow("NUL in notes") << QByteArray("bob,gold,,a\0b", 13) << 4 << QStringLiteral("U+0000 at character 2");
    QTest::newRow("bell in notes") << QByteArray("bob,gold,,\a") << 4 << QStringLiteral("U+0007");
}

void TestVipCsv::controlCharactersAreRefused()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, reason);
    const VipCsvParse p = parseRow(row.toStdString());
    QCOMPARE(p.errors.size(), std::size_t(1));
    QVERIFY(p.rows.empty());
    QCOMPARE(p.errors[0].line, std::size_t(2));
    QCOMPARE(p.errors[0].column, column);
    const std::string message = p.errors[0].message();
    QVERIFY2(message.find(reason.toStdString()) != std::string::npos, message.c_str());
    QVERIFY2(printable(message), message.c_str());
}

void TestVipCsv::notesMayHoldTabsAndLineBreaks()
{
    const VipCsvParse p = parseRow("bob,gold,,\"first\tline\r\nsecond line, Zoë\"");
    QVERIFY2(p.errors.empty(), firstError(p).c_str());
    QCOMPARE(p.rows.size(), std::size_t(1));
    QCOMPARE(p.rows[0].notes, std::string("first\tline\r\nsecond line, Zoë"));
}

void TestVipCsv::keysWithSurroundingSpaceAreRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("trailing") << QByteArray("\"alice \"");
    QTest::newRow("leading") << QByteArray("\" alice\"");
    QTest::newRow("no-break space") << QByteArray("alice\xc2\xa0");
    QTest::newRow("ideographic space") << QByteArray("\xe3\x80\x80"
                                                     "alice");
}

void TestVipCsv::keysWithSurroundingSpaceAreRefused()
{
    QFETCH(QByteArray, key);
    const VipCsvParse p = parseRow("alice,gold,,\n" + key.toStdString() + ",gold,,");
    QCOMPARE(p.errors.size(), std::size_t(1));
    QCOMPARE(p.errors[0].line, std::size_t(3));
    QCOMPARE(p.errors[0].column, 1);
    QVERIFY2(p.errors[0].reason.find("white space") != std::string::npos, p.errors[0].reason.c_str());
    // A space inside a key is part of it.
    QVERIFY(parseRow("alice smith,gold,,").errors.empty());
}

void TestVipCsv::messagesShowWhatTheyQuoteSafely()
{
    // What a person reads on a terminal must not carry the file's escape sequences.
    const VipCsvParse time = parseRow("bob,gold,2027-03-01T12:00:00Z\xe2\x80\xae,");
    QCOMPARE(time.errors.size(), std::size_t(1));
    QVERIFY2(time.errors[0].message().find("2027-03-01T12:00:00Z\\u202e") != std::string::npos,
             time.errors[0].message().c_str());
    const VipCsvParse duplicate = parseRow("\"a\xe2\x80\xae"
                                           "b\",gold,,\n\"a\xe2\x80\xae"
                                           "b\",gold,,");
    QCOMPARE(duplicate.errors.size(), std::size_t(1));
    QVERIFY2(duplicate.errors[0].message().find("key 'a\\u202eb' already appears on line 2") != std::string::npos,
             duplicate.errors[0].message().c_str());
    const VipCsvParse tier = parseRow("bob,g\xffld,,");
    QCOMPARE(tier.errors.size(), std::size_t(1));
    QVERIFY(TextCheck::isValidUtf8(tier.errors[0].message()));

    QCOMPARE(TextCheck::escapeForTerminal("a\x1b[2J\tb\xff\xc2\x9b\x7f Zoë"),
             std::string("a\\x1b[2J\\tb\\xff\\u009b\\x7f Zoë"));
    QCOMPARE(TextCheck::escapeForTerminal(std::string(100, 'x'), 10), std::string(10, 'x') + "...");
}

void TestVipCsv::anOutOfRangeYearIsNamedAsSuch()
{
    for (const char* when : {"9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z", "2201-01-01T00:00:00Z"}) {
        const VipCsvParse p = parseRow(std::string("bob,gold,") + when + ",");
        QCOMPARE(p.errors.size(), std::size_t(1));
        QCOMPARE(p.errors[0].column, 3);
        const std::string& reason = p.errors[0].reason;
        QVERIFY2(reason.find("years 1970 to 2200") != std::string::npos, reason.c_str());
        QVERIFY2(reason.find("not an ISO 8601") == std::string::npos, reason.c_str());
    }
    QVERIFY(parseRow("bob,gold,2200-12-31T23:59:59Z,").errors.empty());
    // A date that does not exist is still not a time at all.
    QVERIFY(parseRow("bob,gold,9999-02-30T00:00:00Z,").errors[0].reason.find("ISO 8601") != std::string::npos);
}

void TestVipCsv::formulasAreDefusedAndImportBackExactly()
{
    const std::vector<store::VipAssignment> all{
        {"=HYPERLINK(\"http://x\",\"y\")", "gold", 0, "=cmd|' /C calc'!A0", "ann", 0},
        {"+1", "gold", 0, "\tstarts with a tab", "ann", 0},
        {"-5", "gold", 0, "\rstarts with a carriage return", "ann", 0},
        {"-1", "gold", 0, "-", "ann", 0},
        {"@a", "gold", 0, "@SUM(1+1)", "ann", 0},
        {"'=x", "gold", 0, "'", "ann", 0},
        {"''=y", "gold", 0, "''", "ann", 0},
        {"'plain", "gold", 0, "'+", "ann", 0},
        {"a=b", "gold", kMarchFirstNoon, "1+1", "ann", 0},
    };
    const std::string csv = VipCsv::write(all);
    for (const char* cell :
         {"\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", "\r\n'+1,", "\r\n'-5,", "\r\n'-1,", "\r\n'@a,",
          "\r\n''=x,", "\r\n'''=y,", "\r\n'plain,", ",'=cmd|' /C calc'!A0\r\n", ",'\tstarts with a tab\r\n",
          ",\"'\rstarts with a carriage return\"\r\n", ",'-\r\n", ",'@SUM(1+1)\r\n", ",''+\r\n", ",1+1\r\n"}) {
        QVERIFY2(csv.find(cell) != std::string::npos, cell);
    }
    const VipCsvParse back = VipCsv::parse(csv);
    QVERIFY2(back.errors.empty(), firstError(back).c_str());
    QCOMPARE(back.rows.size(), all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(back.rows[i].key, all[i].key);
        QCOMPARE(back.rows[i].notes, all[i].notes);
        QCOMPARE(back.rows[i].expiresAt, all[i].expiresAt);
    }
}

void TestVipCsv::aHandWrittenApostropheIsReadTheSameWay()
{
    QCOMPARE(CsvCell::restored("'=1"), std::string("=1"));
    QCOMPARE(CsvCell::restored("'''-1"), std::string("''-1"));
    QCOMPARE(CsvCell::restored("'1"), std::string("'1"));
    QCOMPARE(CsvCell::restored("'"), std::string("'"));
    QCOMPARE(CsvCell::restored("=1"), std::string("=1"));
    const VipCsvParse p = parseRow("'-7,gold,,'=note");
    QVERIFY2(p.errors.empty(), firstError(p).c_str());
    QCOMPARE(p.rows[0].key, std::string("-7"));
    QCOMPARE(p.rows[0].notes, std::string("=note"));
}

void TestVipCsv::aFileOfCommasIsCountedNotStored()
{
    // 100 MB of commas once took 4.3 GB: every comma became a stored field.
    const std::string commas(5'000'000, ',');
    const VipCsvParse p = VipCsv::parse("key,tier,expires,notes\n" + commas + "\nbob,gold,,\n");
    QCOMPARE(p.errors.size(), std::size_t(1));
    QCOMPARE(p.errors[0].line, std::size_t(2));
    QVERIFY2(p.errors[0].message().find("found 5000001") != std::string::npos, p.errors[0].message().c_str());
    QVERIFY(p.rows.empty());
    // As the first line, it is no header.
    const VipCsvParse noHeader = VipCsv::parse(commas);
    QCOMPARE(noHeader.errors.size(), std::size_t(1));
    QVERIFY(noHeader.errors[0].reason.find("header") != std::string::npos);
}

void TestVipCsv::aHugeFieldIsRefusedByItsLength()
{
    const VipCsvParse key = parseRow(std::string(5'000'000, 'k') + ",gold,,");
    QCOMPARE(key.errors.size(), std::size_t(1));
    QVERIFY2(key.errors[0].reason.find("255 bytes") != std::string::npos, key.errors[0].reason.c_str());
    const VipCsvParse notes = parseRow("bob,gold,,\"" + std::string(5'000'000, 'n') + "\"");
    QCOMPARE(notes.errors.size(), std::size_t(1));
    QVERIFY2(notes.errors[0].reason.find("1000 bytes") != std::string::npos, notes.errors[0].reason.c_str());
}

void TestVipCsv::aHeaderOnlyFileHasNoRowsAndNoError()
{
    for (const char* text : {"key,tier,expires,notes", "key,tier,expires,notes\r\n", "key,tier,expires,notes\n\n\n"}) {
        const VipCsvParse p = VipCsv::parse(text);
        QVERIFY2(p.errors.empty(), firstError(p).c_str());
        QVERIFY(p.rows.empty());
    }
}

void TestVipCsv::tooManyRowsAreRefusedAtTheLineThatPassesTheLimit()
{
    QCOMPARE(VipCsv::kMaxRows, std::size_t(100'000));
    const std::string text = "key,tier,expires,notes\na,gold,,\n\nb,gold,,\nc,gold,,\nd,gold,,\ne,gold,,\n";
    QVERIFY(VipCsv::parse(text, 5).errors.empty());
    const VipCsvParse p = VipCsv::parse(text, 3);
    QCOMPARE(p.errors.size(), std::size_t(1));
    QCOMPARE(p.errors[0].message(),
             std::string("line 6: the file has more than 3 assignments; split it into smaller files"));
    QVERIFY(p.rows.empty());
}

QTEST_APPLESS_MAIN(TestVipCsv)
#include "tst_vip_csv.moc"
