// SPDX-License-Identifier: Apache-2.0
// The audit log on a real database file: one row per admin change, written with it, never changed after.
#include "EngineTestSupport.h"
#include "RuntimeTestSupport.h"
#include "StoreTestSupport.h"

#include "audit/AdminAudit.h"
#include "audit/AuditActions.h"
#include "runtime/EngineRuntime.h"
#include "vip/VipCsv.h"

#include <QtTest>

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>
#include <variant>

using namespace sluice::engine;
using namespace sluice::engine::testing;
using store::testing::openRaw;
using store::testing::rawText;

namespace {

// The wall clock of the audit rows; engine time runs elsewhere, as in a simulation.
constexpr TimeNs kWall = 1'750'000'000'000LL * kNsPerMs;

struct Expected {
    const char* action;
    const char* target;
    const char* before;  // "<null>" for SQL NULL
    const char* after;
    const char* reason;
};

QString lastRow(const QString& path)
{
    return rawText(openRaw(path.toStdString()),
                   "SELECT at || ' ' || actor || ' ' || action || ' ' || target || ' ' || ifnull(before, '<null>') || "
                   "' ' || ifnull(after, '<null>') || ' [' || reason || '] engine ' || ifnull(engine_at, '<null>') "
                   "FROM audit_log ORDER BY id DESC LIMIT 1");
}

}  // namespace

class TestAuditLog final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void everyAdminCommandLeavesOneRow();
    void aRefusedCommandLeavesNoRow();
    void theStoreRefusingAChangeDropsItsRow();
    void rowsCannotBeChangedOrDeleted();
    void aReadOnlyRuntimeRefusesAndWritesNothing();
    void aHeaderOnlyImportLeavesNoRow();
    void anInvalidKeyIsRefusedWithoutStoppingTheEngine();
    void theRowsJsonNeverThrowsOnBadText();
    void everyCommandNamesAListedAction();

private:
    std::unique_ptr<EngineRuntime> start(bool readOnly = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ManualClock m_clock{kT0};
    ManualClock m_wall{kWall};
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sluice.db"));
}

std::unique_ptr<EngineRuntime> TestAuditLog::start(bool readOnly)
{
    RuntimeOptions o;
    o.databasePath = m_path.toStdString();
    o.config = smallConfig();
    o.snapshotInterval = std::chrono::milliseconds(20);
    o.readOnly = readOnly;
    o.auditClock = &m_wall;
    std::string error;
    auto rt = EngineRuntime::start(o, m_clock, {}, error);
    if (!rt) {
        qWarning("start failed: %s", error.c_str());
    }
    return rt;
}

void TestAuditLog::everyAdminCommandLeavesOneRow()
{
    auto rt = start();
    QVERIFY(rt);
    const TimeNs expiry = kT0 + kNsPerDay;
    const std::string expiryMs = std::to_string(expiry / kNsPerMs);
    const std::string goldUntil = R"({"expires_at_ms":)" + expiryMs + R"(,"tier":"gold"})";
    ReputationConfig reputation;
    reputation.flaggedBelow = 25;
    const std::string policies = R"([{"burst":10,"limit":60,"period_ms":60000,"route":""}])";
    const std::string newPolicies = R"([{"burst":20,"limit":120,"period_ms":60000,"route":""}])";
    const std::string highOverride =
        R"({"actor":"dana","expires_at_ms":)" + expiryMs + R"(,"level":"high","reason":"load test"})";
    const std::string imported = R"({"assignments":2,"keys":[{"expires_at_ms":null,"key":"carol","tier":"gold"},)"
                                 R"({"expires_at_ms":)" +
                                 expiryMs + R"(,"key":"dave","tier":"gold"}],"listed":2})";

    const std::vector<std::pair<Command, Expected>> steps = {
        {cmd::PutVipTier{"bronze", 1.1},
         {"vip_tier.put", "bronze", "<null>", R"({"multiplier":1.1})", "quarterly review"}},
        {cmd::PutVipTier{"gold", 1.75},
         {"vip_tier.put", "gold", R"({"multiplier":1.5})", R"({"multiplier":1.75})", "quarterly review"}},
        {cmd::AssignVip{"alice", "gold", expiry, "contract 7", "ops"},
         {"vip.assign", "alice", "<null>", goldUntil.c_str(), "contract 7"}},
        {cmd::AssignVip{"alice", "bronze", 0, "", "ops"},
         {"vip.assign", "alice", goldUntil.c_str(), R"({"expires_at_ms":null,"tier":"bronze"})", "quarterly review"}},
        {cmd::RevokeVip{"alice"},
         {"vip.revoke", "alice", R"({"expires_at_ms":null,"tier":"bronze"})", "<null>", "quarterly review"}},
        {cmd::RemoveVipTier{"bronze"},
         {"vip_tier.remove", "bronze", R"({"multiplier":1.1})", "<null>", "quarterly review"}},
        {cmd::ImportVip{
             {cmd::AssignVip{"carol", "gold", 0, "", "ops"}, cmd::AssignVip{"dave", "gold", expiry, "", "ops"}},
             {2, 3}},
         {"vip.import", "2 assignments", "<null>", imported.c_str(), "quarterly review"}},
        {cmd::SetVipExpiringLead{2 * kNsPerDay},
         {"setting.put", "engine.vip_expiring_lead_s", "259200", "172800", "quarterly review"}},
        {cmd::SetThrottleOverride{ThrottleLevel::High, "load test", expiry, "dana"},
         {"throttle.override", "engine.throttle_override", "<null>", highOverride.c_str(), "load test"}},
        {cmd::ClearThrottleOverride{"dana"},
         {"throttle.clear_override", "engine.throttle_override", highOverride.c_str(), "<null>", "quarterly review"}},
        {cmd::SetPolicies{{Policy{"", 120, kNsPerMin, 20}}},
         {"setting.put", "engine.policies", policies.c_str(), newPolicies.c_str(), "quarterly review"}},
    };
    int rows = 0;
    for (const auto& [command, expected] : steps) {
        m_wall.advance(kNsPerSec);
        m_clock.advance(kNsPerMin);  // engine time runs on its own, as a simulation's does
        auto promise = std::make_shared<std::promise<CommandResult>>();
        rt->command(command, AdminContext{"dana", "quarterly review"},
                    [promise](const CommandResult& r) { promise->set_value(r); });
        const CommandResult r = promise->get_future().get();
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), ++rows);
        const QString want = QStringLiteral("%1 dana %2 %3 %4 %5 [%6] engine %7")
                                 .arg(m_wall.now() / kNsPerMs)
                                 .arg(QString::fromUtf8(expected.action), QString::fromUtf8(expected.target),
                                      QString::fromUtf8(expected.before), QString::fromUtf8(expected.after),
                                      QString::fromUtf8(expected.reason))
                                 .arg(m_clock.now() / kNsPerMs);
        QCOMPARE(lastRow(m_path), want);
    }

    // The reputation settings are large: check the row's shape, and that it records the new threshold.
    QVERIFY(run(*rt, cmd::SetReputationConfig{reputation}, "erin").ok);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), ++rows);
    const auto db = openRaw(m_path.toStdString());
    QCOMPARE(rawText(db, "SELECT actor || ' ' || action || ' ' || target FROM audit_log ORDER BY id DESC LIMIT 1"),
             QStringLiteral("erin setting.put engine.reputation"));
    QCOMPARE(rawText(db, "SELECT json_extract(before, '$.flagged_below') || ' ' || json_extract(after, "
                         "'$.flagged_below') FROM audit_log ORDER BY id DESC LIMIT 1"),
             QStringLiteral("20.0 25.0"));
}

void TestAuditLog::aRefusedCommandLeavesNoRow()
{
    auto rt = start();
    QVERIFY(rt);
    QVERIFY(run(*rt, cmd::AssignVip{"bob", "gold", 0, "", "ops"}).ok);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), 1);

    QVERIFY(!run(*rt, cmd::AssignVip{"carol", "diamond", 0, "", "ops"}).ok);           // unknown tier
    QVERIFY(!run(*rt, cmd::RemoveVipTier{"gold"}).ok);                                 // still assigned
    QVERIFY(!run(*rt, cmd::RevokeVip{"nobody"}).ok);                                   // nothing to revoke
    QVERIFY(!run(*rt, cmd::SetFlagRollout{flags::kAdaptiveLimiting, 101, "ops"}).ok);  // out of range
    const CommandResult anonymous = run(*rt, cmd::SetThrottleOverride{ThrottleLevel::Low, "drill", 0, ""}, "");
    QVERIFY(!anonymous.ok);
    QVERIFY2(anonymous.error.find("who") != std::string::npos, anonymous.error.c_str());
    rt->sync();
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), 1);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM settings"), 0);
}

void TestAuditLog::theStoreRefusingAChangeDropsItsRow()
{
    auto db = store::testing::openOrFail(m_path.toStdString());
    QVERIFY(db);
    store::AuditEntry audit = store::testing::testAudit();
    const auto error = db->apply({store::PutVipTier{{"bronze", 1.1}}, store::RemoveVipTier{"no-such-tier-in-use"},
                                  store::AssignVip{{"bob", "diamond", 0, "", "", kT0}}},
                                 audit);
    QVERIFY(error && error->code == store::StoreError::Code::Invalid);
    audit.actor.clear();
    const auto anonymous = db->apply({store::PutVipTier{{"bronze", 1.1}}}, audit);
    QVERIFY(anonymous && anonymous->code == store::StoreError::Code::Invalid);
    db.reset();
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), 0);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_tiers WHERE name = 'bronze'"), 0);
}

void TestAuditLog::rowsCannotBeChangedOrDeleted()
{
    {
        auto rt = start();
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::SetThrottleOverride{ThrottleLevel::Medium, "incident 12", 0, "tester"}).ok);
    }
    const auto db = openRaw(m_path.toStdString());
    QCOMPARE(sqlite3_exec(db.get(), "UPDATE audit_log SET actor = 'someone else'", nullptr, nullptr, nullptr),
             SQLITE_CONSTRAINT);
    QVERIFY(QByteArray(sqlite3_errmsg(db.get())).contains("cannot be changed"));
    QCOMPARE(sqlite3_exec(db.get(), "DELETE FROM audit_log", nullptr, nullptr, nullptr), SQLITE_CONSTRAINT);
    QVERIFY(QByteArray(sqlite3_errmsg(db.get())).contains("cannot be deleted"));
    QCOMPARE(rawText(db, "SELECT actor || ' ' || reason FROM audit_log"), QStringLiteral("tester incident 12"));
}

void TestAuditLog::aReadOnlyRuntimeRefusesAndWritesNothing()
{
    {
        auto created = start();
    }  // a database as a previous run left it
    auto rt = start(true);
    QVERIFY(rt);
    for (Command c : {Command{cmd::SetThrottleOverride{ThrottleLevel::Critical, "drill", 0, "ops"}},
                      Command{cmd::PutVipTier{"tin", 1.0}}, Command{cmd::AssignVip{"eve", "gold", 0, "", "ops"}}}) {
        const CommandResult r = run(*rt, std::move(c));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("read-only") != std::string::npos, r.error.c_str());
    }
    rt->sync();
    auto promise = std::make_shared<std::promise<int>>();
    rt->post([promise](const EngineShards& e) { promise->set_value(static_cast<int>(e.throttle().level())); });
    QCOMPARE(promise->get_future().get(), static_cast<int>(ThrottleLevel::None));
    rt.reset();
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), 0);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM settings"), 0);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_users"), 0);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_tiers"), 3);
}

void TestAuditLog::aHeaderOnlyImportLeavesNoRow()
{
    auto rt = start();
    QVERIFY(rt);
    const VipCsvParse parsed = VipCsv::parse("key,tier,expires,notes\r\n");
    QVERIFY(parsed.errors.empty());
    const CommandResult r = run(*rt, VipCsv::toCommand(parsed.rows, "ops"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.find("no assignments") != std::string::npos, r.error.c_str());
    rt->sync();
    rt.reset();
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), 0);
}

void TestAuditLog::anInvalidKeyIsRefusedWithoutStoppingTheEngine()
{
    auto rt = start();
    QVERIFY(rt);
    // Once the audit row's JSON threw on this key and took the process down.
    const CommandResult r = run(*rt, cmd::ImportVip{{cmd::AssignVip{"carol", "gold", 0, "", "ops"},
                                                     cmd::AssignVip{"car\xffol", "gold", 0, "", "ops"}},
                                                    {2, 3}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.rfind("line 3, column 1 (key): ", 0) == 0, r.error.c_str());
    QVERIFY(run(*rt, cmd::AssignVip{"carol", "gold", 0, "caf\xc3\xa9", "ops"}).ok);
    rt->sync();
    rt.reset();
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM audit_log"), 1);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_users"), 1);
}

void TestAuditLog::theRowsJsonNeverThrowsOnBadText()
{
    // Whatever slips past validation, describing it must not throw on the engine thread.
    EngineShards engine(smallConfig(), 1);
    const store::AuditEntry entry =
        auditEntryFor(cmd::AssignVip{"k", "g\xffld", 0, "", "ops"}, engine, AdminContext{"ops", "drill"}, kWall);
    QVERIFY(entry.after.has_value());
    QCOMPARE(*entry.after, std::string("{\"expires_at_ms\":null,\"tier\":\"g\xef\xbf\xbdld\"}"));
}

void TestAuditLog::everyCommandNamesAListedAction()
{
    // Readers put the listed ids into words; a command whose row named another id would show as a raw id.
    EngineShards engine(smallConfig(), 1);
    std::set<std::string_view> used;
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        const auto describe = [&](Command command) {
            const store::AuditEntry entry = auditEntryFor(command, engine, AdminContext{"ops", ""}, kWall);
            const auto listed = std::find(AuditActions::kAll.begin(), AuditActions::kAll.end(), entry.action);
            QVERIFY2(listed != AuditActions::kAll.end(), entry.action.c_str());
            used.insert(*listed);
        };
        (describe(Command{std::in_place_index<I>}), ...);
    }
    (std::make_index_sequence<std::variant_size_v<Command>>{});
    // And no listed id is left unused: the only ones no command writes are the API tokens', whose rows the token
    // store writes (engine.token_store checks them), and the engine's own responses to an anomaly and changes to
    // flags (schedules, rollout plans).
    used.insert(AuditActions::kFlagScheduleApplied);
    used.insert(AuditActions::kFlagPlanStep);
    used.insert(AuditActions::kFlagPlanHalt);
    used.insert(AuditActions::kTokenCreate);
    used.insert(AuditActions::kTokenRevoke);
    used.insert(AuditActions::kAlertRespond);
    QCOMPARE(used.size(), AuditActions::kAll.size());
}

QTEST_APPLESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
