// SPDX-License-Identifier: Apache-2.0
#include "EngineTestSupport.h"

#include "core/TextCheck.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

class TestVip final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void assignmentAppliesAndExpiresAtTheExactInstant();
    void expiryIsAnEventEvenWithoutTraffic();
    void anUnknownKeyWaitsForTraffic();
    void reassigningReplacesTheExpiry();
    void revokeEndsTheMultiplier();
    void invalidAssignmentsAreRefused();
    void catalogBounds();
    void aTierInUseCannotBeRemoved();
    void tierNamesFollowRules_data();
    void tierNamesFollowRules();
    void removingATierInUseNamesHowManyKeys();
    void assignmentWithPastExpiryIsRefused();
    void expiringWarningComesTheLeadTimeAhead();
    void anAssignmentInsideTheLeadTimeIsWarnedAtOnce();
    void changingTheLeadTimeReschedulesWarnings();
    void queryFiltersSortsAndReportsTheLimit();
    void keysAndNotesAreCheckedAsText_data();
    void keysAndNotesAreCheckedAsText();
    void aKeyIsTakenExactlyAsWritten();
    void anEmptyImportIsRefused();

private:
    std::unique_ptr<Engine> m_engine;
};

void TestVip::init()
{
    EngineConfig c;
    c.policies = {Policy{"", 1000, kNsPerMin, 1000}};
    m_engine = std::make_unique<Engine>(c);
    QVERIFY(m_engine->apply(cmd::PutVipTier{"gold", 1.5}, kT0).ok);
    QVERIFY(m_engine->apply(cmd::PutVipTier{"platinum", 2.0}, kT0).ok);
}

void TestVip::assignmentAppliesAndExpiresAtTheExactInstant()
{
    Engine& e = *m_engine;
    e.decide(request("alice", kT0));
    const TimeNs expiry = kT0 + kNsPerHour + 123 * kNsPerMs;
    QVERIFY(e.apply(cmd::AssignVip{"alice", "gold", expiry, "launch partner", "admin"}, kT0).ok);
    QCOMPARE(e.decide(request("alice", kT0 + kNsPerSec)).limit, 1500U);
    const Decision before = e.decide(request("alice", expiry - 1));
    QCOMPARE(before.limit, 1500U);
    QCOMPARE(int(before.vipTier), 1);
    const Decision at = e.decide(request("alice", expiry));
    QCOMPARE(at.limit, 1000U);
    QCOMPARE(int(at.vipTier), 0);
    const auto expired = eventsOf(e, EventKind::VipExpired);
    QCOMPARE(expired.size(), std::size_t(1));
    QCOMPARE(expired[0].at, expiry);
    QCOMPARE(expired[0].key, std::string("alice"));
    QCOMPARE(expired[0].detail, std::string("gold"));
}

void TestVip::expiryIsAnEventEvenWithoutTraffic()
{
    Engine& e = *m_engine;
    const TimeNs expiry = kT0 + 90 * kNsPerSec;
    QVERIFY(e.apply(cmd::AssignVip{"bob", "platinum", expiry, "", "admin"}, kT0).ok);
    e.tick(expiry - 1);
    QCOMPARE(eventsOf(e, EventKind::VipExpired).size(), std::size_t(0));
    e.tick(expiry + 5 * kNsPerSec);
    const auto expired = eventsOf(e, EventKind::VipExpired);
    QCOMPARE(expired.size(), std::size_t(1));
    QCOMPARE(expired[0].at, expiry);  // stamped with the instant itself, not when it was noticed
    QVERIFY(e.inspect("bob") == std::nullopt);
}

void TestVip::anUnknownKeyWaitsForTraffic()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"not-seen-yet", "platinum", 0, "", "admin"}, kT0).ok);
    QCOMPARE(e.inspect("not-seen-yet")->vipTier, std::string("platinum"));
    QCOMPARE(e.decide(request("not-seen-yet", kT0 + kNsPerSec)).limit, 2000U);
}

void TestVip::reassigningReplacesTheExpiry()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"carol", "gold", kT0 + kNsPerMin, "", "admin"}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"carol", "platinum", kT0 + kNsPerHour, "", "admin"}, kT0 + kNsPerSec).ok);
    e.tick(kT0 + 2 * kNsPerMin);  // the old expiry passes: nothing happens
    QCOMPARE(eventsOf(e, EventKind::VipExpired).size(), std::size_t(0));
    QCOMPARE(e.decide(request("carol", kT0 + 2 * kNsPerMin)).limit, 2000U);
    e.tick(kT0 + kNsPerHour);
    QCOMPARE(eventsOf(e, EventKind::VipExpired).size(), std::size_t(1));
}

void TestVip::revokeEndsTheMultiplier()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"dave", "gold", 0, "", "admin"}, kT0).ok);
    QCOMPARE(e.decide(request("dave", kT0)).limit, 1500U);
    QVERIFY(e.apply(cmd::RevokeVip{"dave"}, kT0 + kNsPerSec).ok);
    QCOMPARE(e.decide(request("dave", kT0 + kNsPerSec)).limit, 1000U);
    const auto revoked = eventsOf(e, EventKind::VipRevoked);
    QCOMPARE(revoked.size(), std::size_t(1));
    QCOMPARE(revoked[0].detail, std::string("gold"));
    QVERIFY(!e.apply(cmd::RevokeVip{"dave"}, kT0 + 2 * kNsPerSec).ok);
}

void TestVip::invalidAssignmentsAreRefused()
{
    Engine& e = *m_engine;
    const CommandResult unknownTier = e.apply(cmd::AssignVip{"eve", "diamond", 0, "", "admin"}, kT0);
    QVERIFY(!unknownTier.ok);
    QVERIFY(unknownTier.error.find("diamond") != std::string::npos);
    const CommandResult past = e.apply(cmd::AssignVip{"eve", "gold", kT0 - 1, "", "admin"}, kT0);
    QVERIFY(!past.ok);
    QVERIFY(past.error.find("future") != std::string::npos);
    QVERIFY(!e.apply(cmd::AssignVip{"", "gold", 0, "", "admin"}, kT0).ok);
    QVERIFY(e.inspect("eve") == std::nullopt);
}

void TestVip::catalogBounds()
{
    Engine& e = *m_engine;
    QVERIFY(!e.apply(cmd::PutVipTier{"tiny", 0.9}, kT0).ok);
    QVERIFY(!e.apply(cmd::PutVipTier{"huge", 5.01}, kT0).ok);
    QVERIFY(e.apply(cmd::PutVipTier{"max", 5.0}, kT0).ok);
    QVERIFY(e.apply(cmd::PutVipTier{"gold", 1.75}, kT0).ok);  // editing a tier changes its multiplier
    QVERIFY(e.apply(cmd::AssignVip{"frank", "gold", 0, "", "admin"}, kT0).ok);
    QCOMPARE(e.decide(request("frank", kT0)).limit, 1750U);
}

void TestVip::aTierInUseCannotBeRemoved()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"grace", "gold", 0, "", "admin"}, kT0).ok);
    QVERIFY(!e.apply(cmd::RemoveVipTier{"gold"}, kT0).ok);
    QVERIFY(e.apply(cmd::RemoveVipTier{"platinum"}, kT0).ok);
    QVERIFY(!e.apply(cmd::AssignVip{"grace", "platinum", 0, "", "admin"}, kT0).ok);
}

void TestVip::tierNamesFollowRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("diamond") << true;
    QTest::newRow("digits and dashes") << QStringLiteral("tier-2_b") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("big spender") << false;
    QTest::newRow("leading digit") << QStringLiteral("2fast") << false;
    QTest::newRow("comma") << QStringLiteral("a,b") << false;
    QTest::newRow("too long") << QString(33, QLatin1Char('x')) << false;
    QTest::newRow("case twin of gold") << QStringLiteral("Gold") << false;
}

void TestVip::tierNamesFollowRules()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const CommandResult r = m_engine->apply(cmd::PutVipTier{name.toStdString(), 2.0}, kT0);
    QCOMPARE(r.ok, accepted);
    if (!accepted) {
        QVERIFY2(!r.error.empty(), "a refusal says why");
    }
}

void TestVip::removingATierInUseNamesHowManyKeys()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"k1", "gold", 0, "", "admin"}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"k2", "gold", 0, "", "admin"}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"k3", "platinum", 0, "", "admin"}, kT0).ok);
    const CommandResult r = e.apply(cmd::RemoveVipTier{"gold"}, kT0);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.find("2 keys") != std::string::npos, r.error.c_str());
    const CommandResult one = e.apply(cmd::RemoveVipTier{"platinum"}, kT0);
    QVERIFY2(one.error.find("1 key;") != std::string::npos, one.error.c_str());
    QVERIFY(e.vipCatalog().indexOf("gold").has_value());
}

void TestVip::assignmentWithPastExpiryIsRefused()
{
    Engine& e = *m_engine;
    for (const TimeNs expiry : {kT0 - kNsPerDay, kT0}) {
        const CommandResult r = e.apply(cmd::AssignVip{"late", "gold", expiry, "", "admin"}, kT0);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("must be in the future") != std::string::npos, r.error.c_str());
    }
    QCOMPARE(e.queryVip({}).totalAssignments, 0U);
}

void TestVip::expiringWarningComesTheLeadTimeAhead()
{
    Engine& e = *m_engine;
    const TimeNs expiry = kT0 + 10 * kNsPerDay + 7 * kNsPerMs;
    QVERIFY(e.apply(cmd::AssignVip{"ivy", "gold", expiry, "", "admin"}, kT0).ok);
    eventsOf(e, EventKind::VipAssigned);
    const TimeNs warnAt = expiry - 3 * kNsPerDay;  // the default lead time
    e.tick(warnAt - 1);
    QCOMPARE(eventsOf(e, EventKind::VipExpiring).size(), std::size_t(0));
    e.tick(warnAt + kNsPerHour);
    EventBatch all;
    e.takeEvents(all);
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all[0].kind, EventKind::VipExpiring);
    QCOMPARE(all[0].at, warnAt);
    QCOMPARE(all[0].detail, std::string("gold"));
    e.tick(expiry - 1);
    QCOMPARE(eventsOf(e, EventKind::VipExpiring).size(), std::size_t(0));  // once only
    e.tick(expiry);
    const auto expired = eventsOf(e, EventKind::VipExpired);
    QCOMPARE(expired.size(), std::size_t(1));
    QCOMPARE(expired[0].at, expiry);
}

void TestVip::anAssignmentInsideTheLeadTimeIsWarnedAtOnce()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"jay", "gold", kT0 + kNsPerDay, "", "admin"}, kT0).ok);
    e.tick(kT0);
    const auto warned = eventsOf(e, EventKind::VipExpiring);
    QCOMPARE(warned.size(), std::size_t(1));
    QCOMPARE(warned[0].at, kT0);
}

void TestVip::changingTheLeadTimeReschedulesWarnings()
{
    Engine& e = *m_engine;
    QVERIFY(!e.apply(cmd::SetVipExpiringLead{kNsPerSec}, kT0).ok);
    QVERIFY(!e.apply(cmd::SetVipExpiringLead{91 * kNsPerDay}, kT0).ok);
    const TimeNs expiry = kT0 + 10 * kNsPerDay;
    QVERIFY(e.apply(cmd::AssignVip{"kim", "gold", expiry, "", "admin"}, kT0).ok);
    QVERIFY(e.apply(cmd::SetVipExpiringLead{kNsPerDay}, kT0 + kNsPerSec).ok);
    QCOMPARE(e.config().vipExpiringLead, kNsPerDay);
    e.tick(expiry - 2 * kNsPerDay);
    QCOMPARE(eventsOf(e, EventKind::VipExpiring).size(), std::size_t(0));
    e.tick(expiry - kNsPerDay);
    const auto warned = eventsOf(e, EventKind::VipExpiring);
    QCOMPARE(warned.size(), std::size_t(1));
    QCOMPARE(warned[0].at, expiry - kNsPerDay);
}

void TestVip::queryFiltersSortsAndReportsTheLimit()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"partner-a", "gold", kT0 + 2 * kNsPerDay, "launch", "ann"}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"partner-b", "platinum", 0, "reseller", "bo"}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"app-c", "gold", kT0 + 20 * kNsPerDay, "", "cy"}, kT0).ok);
    e.tick(kT0);
    VipQuery q;
    VipPage all = e.queryVip(q);
    QCOMPARE(all.totalAssignments, 3U);
    QCOMPARE(all.rows.size(), std::size_t(3));
    QCOMPARE(all.rows[0].key, std::string("app-c"));
    QCOMPARE(all.rows[1].effectiveLimit, 1500U);
    QCOMPARE(all.rows[1].assignedBy, std::string("ann"));
    QCOMPARE(all.rows[1].notes, std::string("launch"));
    QCOMPARE(all.tiers.size(), std::size_t(2));
    QCOMPARE(all.tiers[0].name, std::string("gold"));
    QCOMPARE(all.tiers[0].keys, 2U);
    q.contains = "partner";
    QCOMPARE(e.queryVip(q).totalMatching, 2U);
    q.contains = "reseller";  // notes match too
    QCOMPARE(e.queryVip(q).rows.at(0).key, std::string("partner-b"));
    q.contains.clear();
    q.expiringWithin = 7 * kNsPerDay;
    const VipPage soon = e.queryVip(q);
    QCOMPARE(soon.totalMatching, 1U);
    QCOMPARE(soon.rows.at(0).key, std::string("partner-a"));
    q.expiringWithin.reset();
    q.sort = VipSort::EffectiveLimit;
    q.descending = true;
    QCOMPARE(e.queryVip(q).rows.at(0).key, std::string("partner-b"));
    q.sort = VipSort::ExpiresAt;
    q.descending = false;
    const VipPage byExpiry = e.queryVip(q);
    QCOMPARE(byExpiry.rows.at(0).key, std::string("partner-a"));
    QCOMPARE(byExpiry.rows.at(2).key, std::string("partner-b"));  // never expires: last
}

void TestVip::keysAndNotesAreCheckedAsText_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("notes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("invalid UTF-8 key") << QByteArray("car\xffol") << QByteArray()
                                       << QStringLiteral("the VIP key cannot be used: invalid UTF-8 at byte 4 (\\xff)");
    QTest::newRow("NUL in key") << QByteArray("bob\0by", 6) << QByteArray() << QStringLiteral("U+0000 at character 4");
    QTest::newRow("ESC in key") << QByteArray("\x1b[2Jbob") << QByteArray() << QStringLiteral("U+001B at character 1");
    QTest::newRow("C1 in key") << QByteArray("b\xc2\x85") << QByteArray() << QStringLiteral("U+0085 at character 2");
    QTest::newRow("trailing space") << QByteArray("alice ") << QByteArray() << QStringLiteral("white space");
    QTest::newRow("leading space") << QByteArray(" alice") << QByteArray() << QStringLiteral("white space");
    QTest::newRow("ESC in notes") << QByteArray("bob") << QByteArray("red \x1b[31m")
                                  << QStringLiteral("the notes cannot be used: control character U+001B");
    QTest::newRow("invalid UTF-8 in notes") << QByteArray("bob") << QByteArray("caf\xe9")
                                            << QStringLiteral("the notes cannot be used: invalid UTF-8 at byte 4");
}

void TestVip::keysAndNotesAreCheckedAsText()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, notes);
    QFETCH(QString, reason);
    Engine& e = *m_engine;
    const CommandResult r = e.apply(cmd::AssignVip{key.toStdString(), "gold", 0, notes.toStdString(), "admin"}, kT0);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.find(reason.toStdString()) != std::string::npos, r.error.c_str());
    QVERIFY2(TextCheck::isValidUtf8(r.error) && r.error.find('\x1b') == std::string::npos, r.error.c_str());
    // An import from anywhere (a file, a dialog) meets the same rules, and names its line.
    const CommandResult imported =
        e.apply(cmd::ImportVip{{cmd::AssignVip{"fine", "gold", 0, "", "admin"},
                                cmd::AssignVip{key.toStdString(), "gold", 0, notes.toStdString(), "admin"}},
                               {2, 3}},
                kT0);
    QVERIFY(!imported.ok);
    QVERIFY2(imported.error.rfind("line 3, column ", 0) == 0, imported.error.c_str());
    QCOMPARE(e.queryVip({}).totalAssignments, 0U);
}

void TestVip::aKeyIsTakenExactlyAsWritten()
{
    Engine& e = *m_engine;
    QVERIFY(e.apply(cmd::AssignVip{"alice", "gold", 0, "two\nlines\twith a tab", "admin"}, kT0).ok);
    QVERIFY(!e.apply(cmd::AssignVip{"alice ", "platinum", 0, "", "admin"}, kT0).ok);
    QVERIFY(e.apply(cmd::AssignVip{"alice smith", "platinum", 0, "", "admin"}, kT0).ok);
    QCOMPARE(e.queryVip({}).totalAssignments, 2U);
    const CommandResult revoke = e.apply(cmd::RevokeVip{"\x1b]0;owned\x07"}, kT0);
    QVERIFY(!revoke.ok);
    QVERIFY2(revoke.error.find("'\\x1b]0;owned\\x07'") != std::string::npos, revoke.error.c_str());
}

void TestVip::anEmptyImportIsRefused()
{
    Engine& e = *m_engine;
    const CommandResult r = e.apply(cmd::ImportVip{}, kT0);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, std::string("the file has no assignments, only the header"));
}

QTEST_APPLESS_MAIN(TestVip)
#include "tst_vip.moc"
