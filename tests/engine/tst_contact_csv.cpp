// SPDX-License-Identifier: Apache-2.0
// Key owners' contacts as CSV: what is written reads back the same (formula guard included), the header, and bad
// records named by line and column; a parsed file is the import command the engine takes.
#include "notify/ContactCsv.h"

#include <QtTest>

using namespace sluice::engine;
using notify::ContactCsv;
using notify::ContactCsvParse;

namespace {
std::string firstError(const ContactCsvParse& p) { return p.errors.empty() ? std::string() : p.errors[0].message(); }

ContactCsvParse parseRow(const std::string& row) { return ContactCsv::parse("key,email,phone,webhook\n" + row + "\n"); }
}  // namespace

class TestContactCsv final : public QObject {
    Q_OBJECT

private slots:
    void readsContactsWithTheirLines();
    void writesAndReadsBackTheSameWithTheFormulaGuard();
    void theHeaderIsRequired();
    void badRecordsNameLineAndColumn_data();
    void badRecordsNameLineAndColumn();
    void aFileWithAnyErrorGivesNoContacts();
    void tooManyRowsAreRefused();
};

void TestContactCsv::readsContactsWithTheirLines()
{
    const ContactCsvParse p =
        ContactCsv::parse("\xEF\xBB\xBFKey, Email ,phone,WEBHOOK\r\n"
                          "alice,alice@example.org,,\r\n"
                          "\r\n"
                          "bob, bob@example.org ,+49 30 1234567,https://hooks.example.org/b?t=1\r\n");
    QVERIFY2(p.errors.empty(), firstError(p).c_str());
    QCOMPARE(p.contacts.size(), std::size_t(2));
    QCOMPARE(p.contacts[1],
             (NotifyContact{"bob", "bob@example.org", "+49 30 1234567", "https://hooks.example.org/b?t=1"}));
    QCOMPARE(p.lines, (std::vector<std::size_t>{2, 4}));
    const cmd::ImportNotifyContacts c = ContactCsv::toCommand(p);
    QCOMPARE(c.contacts, p.contacts);
    QCOMPARE(c.lines, p.lines);
}

void TestContactCsv::writesAndReadsBackTheSameWithTheFormulaGuard()
{
    const std::vector<NotifyContact> contacts{
        {"=HYPERLINK(\"http://x\")", "a@example.org", "", ""},
        {"-dash", "", "+1 555 0100", ""},  // a phone number starts with + and must not become a formula
        {"'@at", "", "", "https://hooks.example.org/a,b"},
        {"plain", "p@example.org", "(030) 123", ""},
    };
    const std::string text = ContactCsv::write(contacts);
    QVERIFY(text.starts_with("key,email,phone,webhook\r\n"));
    QVERIFY2(text.find("\"'=HYPERLINK(\"\"http://x\"\")\",a@example.org,,\r\n") != std::string::npos, text.c_str());
    QVERIFY2(text.find("'-dash,,'+1 555 0100,\r\n") != std::string::npos, text.c_str());
    QVERIFY2(text.find("''@at,,,\"https://hooks.example.org/a,b\"\r\n") != std::string::npos, text.c_str());
    const ContactCsvParse back = ContactCsv::parse(text);
    QVERIFY2(back.errors.empty(), firstError(back).c_str());
    QCOMPARE(back.contacts, contacts);
}

void TestContactCsv::theHeaderIsRequired()
{
    QCOMPARE(firstError(ContactCsv::parse("alice,a@example.org,,\n")),
             std::string("line 1: the first line must be the header key,email,phone,webhook"));
    QCOMPARE(firstError(ContactCsv::parse("key,tier,expires,notes\nalice,gold,,\n")),
             std::string("line 1: the first line must be the header key,email,phone,webhook"));
    QCOMPARE(firstError(ContactCsv::parse("")),
             std::string("line 1: the file is empty; it needs the header key,email,phone,webhook"));
    const ContactCsvParse headerOnly = ContactCsv::parse("key,email,phone,webhook\r\n");
    QVERIFY(headerOnly.errors.empty() && headerOnly.contacts.empty());
}

void TestContactCsv::badRecordsNameLineAndColumn_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("error");
    QTest::newRow("no address") << "alice,,,"
                                << "line 2: a contact needs an email address, a phone number or a webhook URL";
    QTest::newRow("email") << "alice,alice.example.org,,"
                           << "line 2, column 2 (email): 'alice.example.org' is not an email address";
    QTest::newRow("phone") << "alice,,call me,"
                           << "line 2, column 3 (phone): 'call me' is not a phone number (digits, spaces and + - ( ) "
                              "only)";
    QTest::newRow("webhook") << "alice,,,ftp://hooks"
                             << "line 2, column 4 (webhook): 'ftp://hooks' is not an http:// or https:// URL";
    QTest::newRow("empty key") << ",a@example.org,,"
                               << "line 2, column 1 (key): the key is empty";
    QTest::newRow("fields") << "alice,a@example.org,,,extra"
                            << "line 2: expected 4 fields (key, email, phone, webhook), found 5";
    QTest::newRow("long phone") << "alice,,123456789012345678901234567890123,"
                                << "line 2, column 3 (phone): longer than 32 bytes";
    QTest::newRow("quote") << "alice,\"a@example.org,,"
                           << "line 2, column 2 (email): a quoted field is never closed";
}

void TestContactCsv::badRecordsNameLineAndColumn()
{
    QFETCH(QString, row);
    QFETCH(QString, error);
    QCOMPARE(QString::fromStdString(firstError(parseRow(row.toStdString()))), error);
}

void TestContactCsv::aFileWithAnyErrorGivesNoContacts()
{
    const ContactCsvParse p = ContactCsv::parse("key,email,phone,webhook\n"
                                                "alice,a@example.org,,\n"
                                                "bob,,,\n"
                                                "alice,b@example.org,,\n");
    QVERIFY(p.contacts.empty());
    QVERIFY(p.lines.empty());
    QCOMPARE(p.errors.size(), std::size_t(2));
    QCOMPARE(p.errors[1].message(), std::string("line 4, column 1 (key): key 'alice' already appears on line 2"));
}

void TestContactCsv::tooManyRowsAreRefused()
{
    const ContactCsvParse p = ContactCsv::parse("key,email,phone,webhook\na,a@x.org,,\nb,b@x.org,,\nc,c@x.org,,\n", 2);
    QVERIFY(p.contacts.empty());
    QCOMPARE(firstError(p).substr(0, 8), std::string("line 4: "));
}

QTEST_APPLESS_MAIN(TestContactCsv)
#include "tst_contact_csv.moc"
