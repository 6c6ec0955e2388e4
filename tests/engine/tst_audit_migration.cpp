// SPDX-License-Identifier: Apache-2.0
// A database from before audit rows carried engine time, upgraded in place: its rows stay as they were, with
// no engine time, and new rows carry one.
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <string>

using namespace sluice::engine;
using namespace sluice::engine::store;
using namespace sluice::engine::store::testing;

namespace {

constexpr int kBeforeEngineTime = 3;  // the schema version audit_log had no engine_at in
constexpr std::int64_t kSluiceApplicationId = 0x534C4345;

// What Sluice wrote at schema 3, by that schema's own files.
bool createSchema3(const std::string& path)
{
    RawDb db = openRaw(path);
    const std::string id = "PRAGMA application_id = " + std::to_string(kSluiceApplicationId);
    bool ok = execRaw(db, id.c_str()) == SQLITE_OK;
    for (const Migration& migration : migrations()) {
        if (migration.version <= kBeforeEngineTime) {
            ok = ok && execRaw(db, migration.sql) == SQLITE_OK;
        }
    }
    const std::string version = "PRAGMA user_version = " + std::to_string(kBeforeEngineTime);
    return ok && execRaw(db, version.c_str()) == SQLITE_OK;
}

}  // namespace

class TestAuditMigration final : public QObject {
    Q_OBJECT

private slots:
    void oldRowsKeepTheirWallTimeAndNewRowsAddEngineTime();
};

void TestAuditMigration::oldRowsKeepTheirWallTimeAndNewRowsAddEngineTime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = filePath(dir, "sluice.db");
    QVERIFY(createSchema3(path));
    QCOMPARE(execRaw(openRaw(path),
                     "INSERT INTO audit_log (at, actor, action, target, before, after, reason) VALUES "
                     "(1700000000000, 'dana', 'vip.assign', 'alice', NULL, '{\"tier\":\"gold\"}', 'contract 7'), "
                     "(1700000060000, 'erin', 'throttle.clear_override', 'engine.throttle_override', '{}', NULL, '')"),
             SQLITE_OK);

    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    AuditEntry entry = testAudit();
    entry.engineAt = kT0 + 90 * kNsPerMin;  // a simulation an hour and a half ahead of the wall clock
    QCOMPARE(db->apply({PutSetting{"ui.theme", "\"dark\""}}, entry), std::nullopt);
    db.reset();

    RawDb raw = openRaw(path);
    QCOMPARE(rawInt(raw, "PRAGMA user_version"), std::int64_t(Database::latestSchemaVersion()));
    const char* rows = "SELECT group_concat(id || ' ' || at || ' ' || ifnull(engine_at, 'null') || ' ' || actor || ' ' "
                       "|| action || ' ' || reason, ' | ') FROM (SELECT * FROM audit_log ORDER BY id)";
    const std::int64_t wallMs = kT0 / kNsPerMs;
    const std::int64_t engineMs = wallMs + 90 * 60 * 1000;
    QCOMPARE(rawText(raw, rows), QStringLiteral("1 1700000000000 null dana vip.assign contract 7 | "
                                                "2 1700000060000 null erin throttle.clear_override  | "
                                                "3 %1 %2 tester test.change ")
                                     .arg(wallMs)
                                     .arg(engineMs));
    // Still append-only: the new column cannot be filled in afterwards either.
    QCOMPARE(execRaw(raw, "UPDATE audit_log SET engine_at = at WHERE engine_at IS NULL"), SQLITE_CONSTRAINT);
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM audit_log WHERE engine_at IS NULL"), std::int64_t(2));
    // The time filters have an index on the time they show.
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'audit_log_shown_at'"),
             std::int64_t(1));
}

QTEST_APPLESS_MAIN(TestAuditMigration)
#include "tst_audit_migration.moc"
