// SPDX-License-Identifier: Apache-2.0
// Where each followed log was read up to survives a restart, and is stored with the key checkpoint of the
// decisions its lines led to, never ahead of them.
#include "RuntimeTestSupport.h"
#include "StoreTestSupport.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/StoreWriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <limits>
#include <string>

using namespace sluice::engine;
using namespace sluice::engine::store;
using namespace sluice::engine::store::testing;

namespace {

LogPosition positionOf(std::string path, std::uint64_t offset)
{
    // Device and inode numbers use all 64 bits on some file systems.
    return LogPosition{std::move(path), std::numeric_limits<std::uint64_t>::max() - 7, (1ULL << 63) + 42, offset, kT0};
}

bool samePosition(const LogPosition& a, const LogPosition& b)
{
    return a.path == b.path && a.device == b.device && a.inode == b.inode && a.offset == b.offset &&
           a.updatedAt == b.updatedAt;
}

}  // namespace

class TestLogPositions final : public QObject {
    Q_OBJECT

private slots:
    void savedPositionsComeBackAfterReopening();
    void anOlderDatabaseGainsTheTable();
    void aCheckpointWritesKeysAndPositionsTogether();
    void theRuntimeStoresPositionsNotedAfterDecisions();
};

void TestLogPositions::savedPositionsComeBackAfterReopening()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        QVERIFY(db->loadLogPositions().empty());
        db->saveLogPosition(positionOf("/var/log/nginx/access.log", 100));
        db->saveLogPosition(positionOf("/var/log/nginx/access.log", 4096));  // replaces
        db->saveLogPosition(positionOf("/var/log/apache2/access.log", 7));
    }
    auto db = openOrFail(path);
    QVERIFY(db);
    const std::vector<LogPosition> loaded = db->loadLogPositions();
    QCOMPARE(loaded.size(), std::size_t(2));
    QVERIFY(samePosition(loaded[0], positionOf("/var/log/apache2/access.log", 7)));
    QVERIFY(samePosition(loaded[1], positionOf("/var/log/nginx/access.log", 4096)));
}

void TestLogPositions::anOlderDatabaseGainsTheTable()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    {
        RawDb raw = openRaw(path);
        bool ok = execRaw(raw, "PRAGMA application_id = 1397506885") == SQLITE_OK;  // 'SLCE'
        for (const Migration& migration : migrations()) {
            if (migration.version <= 4) {
                ok = ok && execRaw(raw, migration.sql) == SQLITE_OK;
            }
        }
        QVERIFY(ok && execRaw(raw, "PRAGMA user_version = 4") == SQLITE_OK);
    }
    auto db = openOrFail(path);
    QVERIFY(db);
    // Migrated past schema 5, which brings the table, to the newest.
    QVERIFY(Database::latestSchemaVersion() >= 5);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->loadLogPositions().empty());
    db->saveLogPosition(positionOf("access.log", 1));
    QCOMPARE(db->loadLogPositions().size(), std::size_t(1));
}

void TestLogPositions::aCheckpointWritesKeysAndPositionsTogether()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    {
        StoreWriter writer(openOrFail(path));
        writer.submitCheckpoint({KeyReputation{"10.0.0.1", 40.0F, ReputationTier::Standard, 0, kT0}},
                                {positionOf("access.log", 300)});
        writer.submitCheckpoint({}, {positionOf("access.log", 600)});  // no key changed: the position still goes
        writer.close();
    }
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->load().keys.size(), std::size_t(1));
    const std::vector<LogPosition> loaded = db->loadLogPositions();
    QCOMPARE(loaded.size(), std::size_t(1));
    QCOMPARE(loaded[0].offset, std::uint64_t(600));

    // A checkpoint the bound cuts short drops its positions too: the stored one stays behind the lost keys.
    StoreWriter::Limits limits;
    limits.maxHeldKeys = 1;
    {
        StoreWriter writer(std::move(db), limits);
        writer.submitCheckpoint({KeyReputation{"a", 50.0F, ReputationTier::Standard, 0, kT0},
                                 KeyReputation{"b", 50.0F, ReputationTier::Standard, 0, kT0}},
                                {positionOf("access.log", 900)});
        QCOMPARE(writer.close().keysDropped, std::uint64_t(1));
    }
    db = openOrFail(path);
    QCOMPARE(db->loadLogPositions().at(0).offset, std::uint64_t(600));
}

void TestLogPositions::theRuntimeStoresPositionsNotedAfterDecisions()
{
    using namespace sluice::engine::testing;
    QTemporaryDir dir;
    const QString path = dir.filePath("sluice.db");
    ManualClock clock(store::testing::kT0);
    {
        std::string error;
        auto runtime = EngineRuntime::start(*optionsFor(path), clock, {}, error);
        QVERIFY2(runtime, error.c_str());
        QVERIFY(!runtime->logPosition("access.log"));
        auto batch = batchOf("10.0.0.1", store::testing::kT0, 3);
        EngineRuntime* rt = runtime.get();
        batch->done = [rt](std::unique_ptr<RequestBatch>) { rt->noteLogPosition(positionOf("access.log", 123)); };
        QVERIFY(runtime->submit(std::move(batch)));
        runtime->sync();
        QCOMPARE(countRows(path, "SELECT count(*) FROM log_positions WHERE offset = 123"), 1);
    }
    std::string error;
    auto runtime = EngineRuntime::start(*optionsFor(path), clock, {}, error);
    QVERIFY2(runtime, error.c_str());
    const std::optional<LogPosition> resumed = runtime->logPosition("access.log");
    QVERIFY(resumed);
    QVERIFY(samePosition(*resumed, positionOf("access.log", 123)));
}

QTEST_GUILESS_MAIN(TestLogPositions)
#include "tst_log_positions.moc"
