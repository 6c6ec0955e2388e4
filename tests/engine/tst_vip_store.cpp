// SPDX-License-Identifier: Apache-2.0
// VIP with its store on a real SQLite file: expiry events across restarts, all-or-nothing CSV imports and the
// export -> import round trip.
#include "RuntimeTestSupport.h"

#include "vip/VipCsv.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {
constexpr const char* kVipUsers = "SELECT key, tier, expires_at, notes, assigned_by FROM vip_users ORDER BY key";
constexpr const char* kVipEvents = "SELECT at, key, kind, tier FROM vip_events ORDER BY id";

std::unique_ptr<EngineRuntime> startOn(const QString& path, const Clock& clock)
{
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(path), clock, {}, error);
    if (!rt) {
        qWarning("%s", error.c_str());
    }
    return rt;
}

CommandResult importText(EngineRuntime& rt, const std::string& csv)
{
    const VipCsvParse parsed = VipCsv::parse(csv);
    if (!parsed.errors.empty()) {
        return CommandResult{false, parsed.errors.front().message()};
    }
    return run(rt, VipCsv::toCommand(parsed.rows, "importer"));
}
}  // namespace

class TestVipStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void expiryIsStoredAtTheExactInstantAndTheRowRemoved();
    void expiredWhileDownGetsItsEventAtStart();
    void expiringWarningIsStoredOnce();
    void leadTimeIsAPersistedSetting();
    void importWithOneBadRowChangesNothing();
    void importIsOneTransactionAndApplies();
    void exportThenImportRoundTrips();
    void aTierStoredUnderOlderRulesKeepsItsAssignments();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestVipStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vip.db"));
}

void TestVipStore::expiryIsStoredAtTheExactInstantAndTheRowRemoved()
{
    ManualClock clock(kT0);
    auto rt = startOn(m_path, clock);
    QVERIFY(rt);
    const TimeNs expiry = kT0 + kNsPerHour + 250 * kNsPerMs;
    QVERIFY(run(*rt, cmd::AssignVip{"alice", "gold", expiry, "launch", "ops"}).ok);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_users WHERE key = 'alice'"), 1);
    clock.set(expiry + 3 * kNsPerSec);  // noticed a little later
    rt->sync();
    rt->sync();
    const std::string events = dumpRows(m_path, "SELECT at, kind FROM vip_events WHERE key = 'alice' ORDER BY id");
    // Within the lead time from the start, so warned at once.
    const std::string t0 = std::to_string(kT0 / kNsPerMs);
    std::string expected = t0 + "|vip_assigned\n";
    expected.append(t0).append("|vip_expiring\n").append(std::to_string(expiry / kNsPerMs)).append("|vip_expired\n");
    QCOMPARE(events, expected);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_users WHERE key = 'alice'"), 0);
}

void TestVipStore::expiredWhileDownGetsItsEventAtStart()
{
    ManualClock clock(kT0);
    const TimeNs expiry = kT0 + kNsPerHour;
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::AssignVip{"bob", "platinum", expiry, "", "ops"}).ok);
        QVERIFY(run(*rt, cmd::AssignVip{"carol", "gold", kT0 + 30 * kNsPerDay, "", "ops"}).ok);
    }
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_events WHERE kind = 'vip_expired'"), 0);
    clock.set(expiry + kNsPerDay);  // nothing ran while bob's assignment ended
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        rt->sync();
        QVERIFY(query<bool>(*rt, [](const EngineShards& e) { return !e.inspect("bob").has_value(); }));
    }
    QCOMPARE(dumpRows(m_path, "SELECT at, key, tier FROM vip_events WHERE kind = 'vip_expired'"),
             std::to_string(expiry / kNsPerMs).append("|bob|platinum\n"));
    QCOMPARE(dumpRows(m_path, "SELECT key FROM vip_users"), std::string("carol\n"));
    clock.advance(kNsPerMin);
    {
        auto rt = startOn(m_path, clock);  // a second start finds nothing left to expire
        QVERIFY(rt);
        rt->sync();
    }
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_events WHERE kind = 'vip_expired'"), 1);
}

void TestVipStore::expiringWarningIsStoredOnce()
{
    ManualClock clock(kT0);
    const TimeNs expiry = kT0 + 5 * kNsPerDay;
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::AssignVip{"dave", "gold", expiry, "", "ops"}).ok);
        clock.set(expiry - 2 * kNsPerDay);  // inside the default three days
        rt->sync();
        rt->sync();
    }
    QCOMPARE(dumpRows(m_path, "SELECT at, tier FROM vip_events WHERE kind = 'vip_expiring'"),
             std::to_string((expiry - 3 * kNsPerDay) / kNsPerMs).append("|gold\n"));
    clock.advance(kNsPerHour);
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        rt->sync();
    }
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_events WHERE kind = 'vip_expiring'"), 1);
}

void TestVipStore::leadTimeIsAPersistedSetting()
{
    ManualClock clock(kT0);
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::SetVipExpiringLead{12 * kNsPerHour}).ok);
    }
    QCOMPARE(dumpRows(m_path, "SELECT value FROM settings WHERE name = 'engine.vip_expiring_lead_s'"),
             std::string("43200\n"));
    auto rt = startOn(m_path, clock);
    QVERIFY(rt);
    QCOMPARE(query<TimeNs>(*rt, [](const EngineShards& e) { return e.config().vipExpiringLead; }), 12 * kNsPerHour);
}

void TestVipStore::importWithOneBadRowChangesNothing()
{
    ManualClock clock(kT0);
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::AssignVip{"existing", "gold", 0, "keep me", "ops"}).ok);
    }
    const std::string usersBefore = dumpRows(m_path, kVipUsers);
    const std::string eventsBefore = dumpRows(m_path, kVipEvents);
    const std::string expiry = VipCsv::formatTime(kT0 + 10 * kNsPerDay);
    const std::string past = VipCsv::formatTime(kT0 - kNsPerDay);
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        // Each file has good rows and exactly one bad one, found by the engine rather than the parser.
        const CommandResult unknownTier =
            importText(*rt, "key,tier,expires,notes\nexisting,platinum,,changed\nnew-1,gold," + expiry +
                                ",\nnew-2,diamond,,\nnew-3,silver,,\n");
        QVERIFY(!unknownTier.ok);
        QCOMPARE(unknownTier.error, std::string("line 4, column 2 (tier): unknown VIP tier 'diamond'"));
        const CommandResult pastExpiry =
            importText(*rt, "key,tier,expires,notes\nnew-1,gold,,\nnew-2,gold," + past + ",\n");
        QVERIFY(!pastExpiry.ok);
        QVERIFY2(pastExpiry.error.rfind("line 3, column 3 (expires): ", 0) == 0, pastExpiry.error.c_str());
        const CommandResult malformed = importText(*rt, "key,tier,expires,notes\nnew-1,gold,,\nnew-2,gold,soon,\n");
        QVERIFY(!malformed.ok);
        QVERIFY(query<bool>(*rt, [](const EngineShards& e) {
            return !e.inspect("new-1").has_value() && e.inspect("existing")->vipTier == "gold";
        }));
    }
    QCOMPARE(dumpRows(m_path, kVipUsers), usersBefore);
    QCOMPARE(dumpRows(m_path, kVipEvents), eventsBefore);
}

void TestVipStore::importIsOneTransactionAndApplies()
{
    ManualClock clock(kT0);
    auto rt = startOn(m_path, clock);
    QVERIFY(rt);
    std::string csv = "key,tier,expires,notes\n";
    for (int i = 0; i < 500; ++i) {
        csv.append("bulk-")
            .append(std::to_string(i))
            .append(",silver,,\"row, ")
            .append(std::to_string(i))
            .append("\"\n");
    }
    QVERIFY(importText(*rt, csv).ok);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_users WHERE key LIKE 'bulk-%'"), 500);
    QCOMPARE(dumpRows(m_path, "SELECT notes, assigned_by FROM vip_users WHERE key = 'bulk-7'"),
             std::string("row, 7|importer\n"));
    QCOMPARE(query<std::uint64_t>(*rt, [](const EngineShards& e) { return e.queryVip({}).totalAssignments; }), 500U);
    QCOMPARE(query<std::uint32_t>(*rt, [](const EngineShards& e) { return e.limitFor("bulk-3").effectiveLimit; }), 75U);
}

void TestVipStore::exportThenImportRoundTrips()
{
    ManualClock clock(kT0);
    std::string exported;
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::AssignVip{"plain", "gold", kT0 + 9 * kNsPerDay, "partner", "ops"}).ok);
        QVERIFY(run(*rt, cmd::AssignVip{"quoted,\"key\"", "platinum", 0, "two\nlines, \"quoted\"", "ops"}).ok);
        QVERIFY(run(*rt, cmd::AssignVip{"10.96.0.7", "silver", kT0 + kNsPerDay + 500 * kNsPerMs, "", "ops"}).ok);
        exported = VipCsv::write(
            query<std::vector<store::VipAssignment>>(*rt, [](const EngineShards& e) { return e.vipAssignments(); }));
    }
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    {
        auto rt = startOn(other, clock);
        QVERIFY(rt);
        const CommandResult imported = importText(*rt, exported);
        QVERIFY2(imported.ok, imported.error.c_str());
        const std::string again = VipCsv::write(
            query<std::vector<store::VipAssignment>>(*rt, [](const EngineShards& e) { return e.vipAssignments(); }));
        QCOMPARE(again, exported);
    }
    const char* columns = "SELECT key, tier, expires_at, notes FROM vip_users ORDER BY key";
    QCOMPARE(dumpRows(other, columns), dumpRows(m_path, columns));
}

void TestVipStore::aTierStoredUnderOlderRulesKeepsItsAssignments()
{
    ManualClock clock(kT0);
    {
        auto rt = startOn(m_path, clock);
        QVERIFY(rt);
    }
    {
        // Written before tier names had rules: a space in the name.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
        const char* sql = "INSERT INTO vip_tiers VALUES ('old style', 1.75);"
                          "INSERT INTO vip_users (key, tier, assigned_at) VALUES ('legacy', 'old style', 0);";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    auto rt = startOn(m_path, clock);
    QVERIFY(rt);
    QCOMPARE(query<std::string>(*rt, [](const EngineShards& e) { return e.inspect("legacy")->vipTier; }),
             std::string("old style"));
    QCOMPARE(query<std::uint32_t>(*rt, [](const EngineShards& e) { return e.limitFor("legacy").effectiveLimit; }),
             105U);
}

QTEST_APPLESS_MAIN(TestVipStore)
#include "tst_vip_store.moc"
