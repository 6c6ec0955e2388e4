// SPDX-License-Identifier: Apache-2.0
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdint>
#include <string>

using namespace sluice::engine;
using namespace sluice::engine::store;
using namespace sluice::engine::store::testing;

namespace {

constexpr std::int64_t kSluiceApplicationId = 0x534C4345;

QByteArray readBytes(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

}  // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void migrationsAreEmbeddedExactly();
    void migratesFromEmpty();
    void reopenIsIdempotent();
    void adminApplyIsAllOrNothing();
    void removeVipTierInUseIsRefused();
    void rejectsTextFile();
    void rejectsForeignDatabase();
    void rejectsNewerSchema();
    void refusesSecondOpen();
    void reportsLocked_data();
    void reportsLocked();
};

void TestStore::migrationsAreEmbeddedExactly()
{
    const QDir sqlDir(QStringLiteral(SLUICE_SOURCE_DIR "/resources/sql"));
    const QStringList files = sqlDir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    const auto all = migrations();
    QCOMPARE(qsizetype(all.size()), files.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].version, int(i) + 1);
        QCOMPARE(QString::fromUtf8(all[i].name) + QStringLiteral(".sql"), files[qsizetype(i)]);
        QFile file(sqlDir.filePath(files[qsizetype(i)]));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QByteArray(all[i].sql), file.readAll());
    }
    QCOMPARE(Database::latestSchemaVersion(), int(all.size()));
}

void TestStore::migratesFromEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder does not exist yet: open() creates it.
    const std::string path = filePath(dir, "nested/deeper/sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->path(), path);

    RawDb raw = openRaw(path);
    QCOMPARE(rawInt(raw, "PRAGMA user_version"), std::int64_t(Database::latestSchemaVersion()));
    QCOMPARE(rawInt(raw, "PRAGMA application_id"), kSluiceApplicationId);
    QCOMPARE(rawText(raw, "PRAGMA journal_mode"), QStringLiteral("wal"));
    for (const char* table :
         {"keys", "reputation_events", "vip_tiers", "vip_users", "vip_events", "throttle_events", "settings"}) {
        const std::string sql =
            std::string("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '") + table + "'";
        QVERIFY2(rawInt(raw, sql) == 1, table);
    }
    // A new database holds nothing but the default VIP catalog.
    const PersistedState state = db->load();
    QVERIFY(state.keys.empty() && state.vipAssignments.empty() && state.settings.empty());
    QCOMPARE(tierList(state.vipTiers), QStringLiteral("gold 1.5, platinum 2, silver 1.25"));
    QCOMPARE(tierList(state.vipTiers), seededTiers());
}

void TestStore::reopenIsIdempotent()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    const std::string schemaSql = "SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), char(10)) "
                                  "FROM (SELECT * FROM sqlite_master ORDER BY name)";
    QString schema;
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        // Edits of the default VIP catalog must survive: reopening never seeds it again.
        QCOMPARE(
            db->apply({PutSetting{"ui.theme", "\"dark\""}, RemoveVipTier{"platinum"}, PutVipTier{{"silver", 1.75}}},
                      testAudit()),
            std::nullopt);
        schema = rawText(openRaw(path), schemaSql);
    }
    for (int round = 0; round < 2; ++round) {
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const PersistedState state = db->load();
        QCOMPARE(state.settings.size(), std::size_t(1));
        QCOMPARE(state.settings[0].second, std::string("\"dark\""));
        QCOMPARE(tierList(state.vipTiers), QStringLiteral("gold 1.5, silver 1.75"));
        RawDb raw = openRaw(path);
        QCOMPARE(rawText(raw, schemaSql), schema);
        QCOMPARE(rawInt(raw, "PRAGMA user_version"), std::int64_t(Database::latestSchemaVersion()));
    }
}

void TestStore::adminApplyIsAllOrNothing()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    // A new tier, a changed seeded tier, a valid and an invalid assignment, a setting: none of it may stick.
    const auto error = db->apply({PutVipTier{{"bronze", 1.1}}, PutVipTier{{"gold", 3.0}},
                                  AssignVip{{"alice", "bronze", 0, "", "ops", kT0}},
                                  AssignVip{{"bob", "diamond", 0, "", "ops", kT0}}, PutSetting{"a", "1"}},
                                 testAudit());
    QVERIFY(error);
    QVERIFY(error->code == StoreError::Code::Invalid);
    QVERIFY2(mentions(*error, "unknown VIP tier 'diamond'"), error->message.c_str());
    QVERIFY2(mentions(*error, path), error->message.c_str());
    PersistedState state = db->load();
    QVERIFY(state.vipAssignments.empty() && state.settings.empty());
    QCOMPARE(tierList(state.vipTiers), seededTiers());

    const auto badMultiplier = db->apply({PutVipTier{{"free", 0.0}}}, testAudit());
    QVERIFY(badMultiplier && badMultiplier->code == StoreError::Code::Invalid);
    QVERIFY2(mentions(*badMultiplier, "'free'") && mentions(*badMultiplier, path), badMultiplier->message.c_str());
    QCOMPARE(tierList(db->load().vipTiers), seededTiers());

    // The same batch without the bad assignment goes through, and a tier created earlier in a batch counts.
    QCOMPARE(db->apply({PutVipTier{{"bronze", 1.1}}, PutVipTier{{"gold", 3.0}},
                        AssignVip{{"alice", "bronze", 0, "", "ops", kT0}}, PutSetting{"a", "1"}},
                       testAudit()),
             std::nullopt);
    state = db->load();
    QCOMPARE(tierList(state.vipTiers), QStringLiteral("bronze 1.1, gold 3, platinum 2, silver 1.25"));
    QCOMPARE(state.vipAssignments.size(), std::size_t(1));
    QCOMPARE(state.vipAssignments[0].key, std::string("alice"));
    QCOMPARE(state.vipAssignments[0].tier, std::string("bronze"));
    QCOMPARE(state.settings.size(), std::size_t(1));
}

void TestStore::removeVipTierInUseIsRefused()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    // A seeded tier can be assigned straight away, with no PutVipTier first.
    QCOMPARE(db->apply({AssignVip{{"alice", "gold", 0, "", "ops", kT0}}}, testAudit()), std::nullopt);
    const auto error = db->apply({RemoveVipTier{"gold"}}, testAudit());
    QVERIFY(error && error->code == StoreError::Code::Invalid);
    QVERIFY2(mentions(*error, "'gold'") && mentions(*error, path), error->message.c_str());
    QCOMPARE(tierList(db->load().vipTiers), seededTiers());

    QCOMPARE(db->apply({RevokeVip{"alice"}, RemoveVipTier{"gold"}}, testAudit()), std::nullopt);
    const PersistedState state = db->load();
    QVERIFY(state.vipAssignments.empty());
    QCOMPARE(tierList(state.vipTiers), QStringLiteral("platinum 2, silver 1.25"));
}

void TestStore::rejectsTextFile()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "notes.txt");
    {
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i) {
            file.write("These are my notes, not a database.\n");
        }
    }
    const QByteArray before = readBytes(path);
    StoreError error;
    QVERIFY(!Database::open(path, error));
    QVERIFY(error.code == StoreError::Code::NotADatabase);
    QVERIFY2(mentions(error, path + " is not an SQLite database"), error.message.c_str());
    QCOMPARE(readBytes(path), before);
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".lock")));
}

void TestStore::rejectsForeignDatabase()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "other.db");
    {
        RawDb raw = openRaw(path);
        QCOMPARE(execRaw(raw, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);"
                              "INSERT INTO photos (name) VALUES ('beach.jpg');"),
                 SQLITE_OK);
    }
    const QByteArray before = readBytes(path);
    const qint64 sizeBefore = QFileInfo(QString::fromStdString(path)).size();
    StoreError error;
    QVERIFY(!Database::open(path, error));
    QVERIFY(error.code == StoreError::Code::NotSluice);
    QVERIFY2(mentions(error, path), error.message.c_str());
    QCOMPARE(QFileInfo(QString::fromStdString(path)).size(), sizeBefore);
    QCOMPARE(readBytes(path), before);
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".lock")));
}

void TestStore::rejectsNewerSchema()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    QVERIFY(openOrFail(path));
    const int newer = Database::latestSchemaVersion() + 1;
    QCOMPARE(execRaw(openRaw(path), ("PRAGMA user_version = " + std::to_string(newer)).c_str()), SQLITE_OK);
    const QByteArray before = readBytes(path);
    const qint64 sizeBefore = QFileInfo(QString::fromStdString(path)).size();
    StoreError error;
    QVERIFY(!Database::open(path, error));
    QVERIFY(error.code == StoreError::Code::NewerSchema);
    const std::string expected = path + " has schema version " + std::to_string(newer) +
                                 "; this Sluice understands up to " + std::to_string(newer - 1);
    QVERIFY2(mentions(error, expected), error.message.c_str());
    QCOMPARE(QFileInfo(QString::fromStdString(path)).size(), sizeBefore);
    QCOMPARE(readBytes(path), before);
}

void TestStore::refusesSecondOpen()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto first = openOrFail(path);
    QVERIFY(first);
    StoreError error;
    QVERIFY(!Database::open(path, error));
    QVERIFY(error.code == StoreError::Code::InUse);
    QVERIFY2(mentions(error, "Database " + path + " is in use by another Sluice process"), error.message.c_str());
    first.reset();
    QVERIFY(openOrFail(path));
}

void TestStore::reportsLocked_data()
{
    QTest::addColumn<bool>("existingSluiceDb");
    QTest::newRow("sluice database in WAL mode") << true;
    QTest::newRow("fresh file in rollback mode") << false;
}

void TestStore::reportsLocked()
{
    QFETCH(bool, existingSluiceDb);
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    if (existingSluiceDb) {
        QVERIFY(openOrFail(path));
    }
    // Another program's write transaction, through a connection that does not take our lock file.
    RawDb other = openRaw(path);
    QCOMPARE(execRaw(other, "BEGIN EXCLUSIVE"), SQLITE_OK);
    StoreError error;
    QVERIFY(!Database::open(path, error));
    QVERIFY2(error.code == StoreError::Code::Locked, error.message.c_str());
    QVERIFY2(mentions(error, path), error.message.c_str());
    QCOMPARE(execRaw(other, "ROLLBACK"), SQLITE_OK);
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
}

QTEST_APPLESS_MAIN(TestStore)
#include "tst_store.moc"
