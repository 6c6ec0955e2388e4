// SPDX-License-Identifier: Apache-2.0
// A busy database loses nothing: the StoreWriter keeps what failed, retries it in order, bounds what it holds
// and says what it finally could not store.
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/StoreWriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

using namespace sluice::engine;
using namespace sluice::engine::store;
using namespace sluice::engine::store::testing;

namespace {

Event violation(const std::string& key, TimeNs at)
{
    Event event;
    event.kind = EventKind::Violation;
    event.at = at;
    event.key = key;
    event.severity = 1;
    event.scoreBefore = 50;
    event.scoreAfter = 45;
    return event;
}

Event throttleStart(TimeNs at)
{
    Event event;
    event.kind = EventKind::ThrottleChanged;
    event.at = at;
    event.detail = "engine started";
    return event;
}

}  // namespace

class TestStoreRetry : public QObject {
    Q_OBJECT

private slots:
    void busyDatabaseKeepsEverythingInOrder();
    void beyondTheBoundTheNewestAreDroppedAndCounted();
    void closeGivesUpAfterItsBoundAndCounts();
    void adminChangeIsRefusedAfterItsBound();
};

void TestStoreRetry::busyDatabaseKeepsEverythingInOrder()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    StoreWriter writer(std::move(db));
    RawDb other = openRaw(path);
    QCOMPARE(execRaw(other, "BEGIN EXCLUSIVE"), SQLITE_OK);
    writer.submitEvents({violation("k1", kT0), violation("k2", kT0 + kNsPerMs)});
    writer.submitCheckpoint({KeyReputation{"k1", 45.0F, ReputationTier::Standard, 0, kT0}});
    writer.flush();
    // While it fails, every submission joins the held ones behind them.
    writer.submitEvents({violation("k3", kT0 + 2 * kNsPerMs), throttleStart(kT0 + 3 * kNsPerMs)});
    writer.flush();
    const StoreHealth failing = writer.health();
    QVERIFY(failing.failing());
    QCOMPARE(failing.eventsPending.reputation, std::uint64_t(3));
    QCOMPARE(failing.eventsPending.throttle, std::uint64_t(1));
    QCOMPARE(failing.keysPending, std::uint64_t(1));
    QCOMPARE(QString::fromStdString(failing.lastCause), QStringLiteral("database is locked"));
    QVERIFY2(failing.lastError.find(path) != std::string::npos, failing.lastError.c_str());
    QVERIFY(!failing.lostAnything());

    QCOMPARE(execRaw(other, "ROLLBACK"), SQLITE_OK);
    QVERIFY(writer.waitStored(std::chrono::seconds(30)));
    const StoreHealth healed = writer.health();
    QVERIFY(!healed.failing());
    QCOMPARE(healed.eventsPending.total(), std::uint64_t(0));
    QVERIFY(!healed.lostAnything());
    QCOMPARE(rawText(other, "SELECT group_concat(key, ',') FROM (SELECT key FROM reputation_events ORDER BY id)"),
             QStringLiteral("k1,k2,k3"));
    QCOMPARE(rawInt(other, "SELECT count(*) FROM throttle_events"), std::int64_t(1));
    QCOMPARE(rawInt(other, "SELECT count(*) FROM keys"), std::int64_t(1));
}

void TestStoreRetry::beyondTheBoundTheNewestAreDroppedAndCounted()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    StoreWriter::Limits limits;
    limits.maxHeldEvents = 3;
    StoreWriter writer(openOrFail(path), limits);
    RawDb other = openRaw(path);
    QCOMPARE(execRaw(other, "BEGIN EXCLUSIVE"), SQLITE_OK);
    writer.submitEvents({violation("a", kT0), violation("b", kT0)});
    writer.flush();
    writer.submitEvents({violation("c", kT0), violation("d", kT0), throttleStart(kT0)});
    writer.flush();
    const StoreHealth full = writer.health();
    QCOMPARE(full.eventsPending.total(), std::uint64_t(3));
    QCOMPARE(full.eventsDropped.reputation, std::uint64_t(1));
    QCOMPARE(full.eventsDropped.throttle, std::uint64_t(1));
    QVERIFY(full.lostAnything());

    QCOMPARE(execRaw(other, "ROLLBACK"), SQLITE_OK);
    QVERIFY(writer.waitStored(std::chrono::seconds(30)));
    QCOMPARE(rawText(other, "SELECT group_concat(key, ',') FROM (SELECT key FROM reputation_events ORDER BY id)"),
             QStringLiteral("a,b,c"));
    // Room again once written: nothing more is dropped.
    writer.submitEvents({violation("e", kT0)});
    QVERIFY(writer.waitStored(std::chrono::seconds(30)));
    QCOMPARE(writer.health().eventsDropped.total(), std::uint64_t(2));
    QCOMPARE(rawInt(other, "SELECT count(*) FROM reputation_events"), std::int64_t(4));
}

void TestStoreRetry::closeGivesUpAfterItsBoundAndCounts()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    StoreWriter::Limits limits;
    limits.finalRetryFor = std::chrono::milliseconds(300);
    StoreWriter writer(openOrFail(path), limits);
    RawDb other = openRaw(path);
    QCOMPARE(execRaw(other, "BEGIN EXCLUSIVE"), SQLITE_OK);
    writer.submitEvents({violation("a", kT0), violation("b", kT0), throttleStart(kT0)});
    const StoreHealth final = writer.close();
    QCOMPARE(final.eventsDropped.reputation, std::uint64_t(2));
    QCOMPARE(final.eventsDropped.throttle, std::uint64_t(1));
    QCOMPARE(final.eventsPending.total(), std::uint64_t(0));
    QCOMPARE(QString::fromStdString(final.lastCause), QStringLiteral("database is locked"));
    QCOMPARE(QString::fromStdString(final.databasePath), QString::fromStdString(path));
    QCOMPARE(writer.health().eventsDropped.total(), std::uint64_t(3));
    QCOMPARE(execRaw(other, "ROLLBACK"), SQLITE_OK);
    QCOMPARE(rawInt(other, "SELECT count(*) FROM reputation_events"), std::int64_t(0));
}

void TestStoreRetry::adminChangeIsRefusedAfterItsBound()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    StoreWriter::Limits limits;
    limits.adminRetryFor = std::chrono::milliseconds(100);
    StoreWriter writer(openOrFail(path), limits);
    RawDb other = openRaw(path);
    QCOMPARE(execRaw(other, "BEGIN EXCLUSIVE"), SQLITE_OK);
    std::optional<StoreError> refused;
    bool called = false;
    writer.submitAdmin({PutSetting{"engine.test", "1"}}, testAudit(), [&](const std::optional<StoreError>& error) {
        called = true;
        refused = error;
    });
    writer.flush();
    QVERIFY(called);
    QVERIFY(refused);
    QVERIFY(refused->code == StoreError::Code::Locked);
    QVERIFY2(mentions(*refused, path), refused->message.c_str());
    QCOMPARE(execRaw(other, "ROLLBACK"), SQLITE_OK);
    QCOMPARE(rawInt(other, "SELECT count(*) FROM settings WHERE name = 'engine.test'"), std::int64_t(0));
    QCOMPARE(rawInt(other, "SELECT count(*) FROM audit_log"), std::int64_t(0));
}

QTEST_APPLESS_MAIN(TestStoreRetry)
#include "tst_store_retry.moc"
