// SPDX-License-Identifier: Apache-2.0
// Reading a database changes nothing and creates nothing; refusing to write one leaves nothing behind.
#include "StoreTestSupport.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace sluice::engine;
using namespace sluice::engine::store;
using namespace sluice::engine::store::testing;

namespace {

QByteArray readBytes(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool exists(const std::string& path) { return QFileInfo::exists(QString::fromStdString(path)); }

// A Sluice database with two assignments, one already expired at kT0 + 1 h, closed cleanly (no -wal, no -shm).
void makeDatabase(const std::string& path)
{
    auto db = openOrFail(path);
    QVERIFY(db);
    VipAssignment permanent{"alice", "gold", 0, "", "tester", kT0};
    VipAssignment expired{"bob", "gold", kT0 + 60 * kNsPerMs, "", "tester", kT0};
    QVERIFY(!db->apply({AssignVip{permanent}, AssignVip{expired}}, testAudit()));
}

}  // namespace

class TestStoreReadOnly : public QObject {
    Q_OBJECT

private slots:
    void missingFileIsAnErrorAndStaysMissing();
    void readsAssignmentsInForce();
    void readOnlyFileInReadOnlyFolder();
    void refusesNonSluiceFiles();
    void readOnlyFileRefusedForWritingLeavesNoShm();
    void unwritableShmIsNamed();
};

void TestStoreReadOnly::missingFileIsAnErrorAndStaysMissing()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "typo.db");
    StoreError error;
    QVERIFY(!Database::openReadOnly(path, error));
    QCOMPARE(QString::fromStdString(error.message), QString::fromStdString("No Sluice database at " + path));
    QVERIFY(!exists(path));
    QVERIFY(!exists(path + "-shm"));
    QVERIFY(!exists(path + "-wal"));
}

void TestStoreReadOnly::readsAssignmentsInForce()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    makeDatabase(path);
    StoreError error;
    auto db = Database::openReadOnly(path, error);
    QVERIFY2(db, error.message.c_str());
    std::vector<VipAssignment> before;
    QVERIFY(!db->readVipAssignments(kT0, before));
    QCOMPARE(before.size(), std::size_t(2));
    std::vector<VipAssignment> after;
    QVERIFY(!db->readVipAssignments(kT0 + 3600 * kNsPerSec, after));
    QCOMPARE(after.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(after[0].key), QStringLiteral("alice"));
}

void TestStoreReadOnly::readOnlyFileInReadOnlyFolder()
{
    QTemporaryDir dir;
    const std::string folder = filePath(dir, "ro");
    QVERIFY(QDir().mkpath(QString::fromStdString(folder)));
    const std::string path = folder + "/sluice.db";
    makeDatabase(path);
    QVERIFY(!exists(path + "-wal"));
    QCOMPARE(::chmod(path.c_str(), 0444), 0);
    QCOMPARE(::chmod(folder.c_str(), 0555), 0);
    const QByteArray bytes = readBytes(path);
    const QDateTime modified = QFileInfo(QString::fromStdString(path)).lastModified();
    {
        StoreError error;
        auto db = Database::openReadOnly(path, error);
        QVERIFY2(db, error.message.c_str());
        std::vector<VipAssignment> all;
        QVERIFY(!db->readVipAssignments(kT0, all));
        QCOMPARE(all.size(), std::size_t(2));
    }
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(QFileInfo(QString::fromStdString(path)).lastModified(), modified);
    // Nothing left behind either (under root the folder stays writable and SQLite's reader makes its -wal and
    // -shm there; they go again on close).
    QVERIFY(!exists(path + "-shm"));
    QVERIFY(!exists(path + "-wal"));
    ::chmod(folder.c_str(), 0755);
    // A read-only file in a writable folder: SQLite's reader makes -wal and -shm, and they go again too.
    {
        StoreError error;
        auto db = Database::openReadOnly(path, error);
        QVERIFY2(db, error.message.c_str());
    }
    QVERIFY(!exists(path + "-shm"));
    QVERIFY(!exists(path + "-wal"));
    QCOMPARE(readBytes(path), bytes);
}

void TestStoreReadOnly::refusesNonSluiceFiles()
{
    QTemporaryDir dir;
    const std::string foreign = filePath(dir, "other.db");
    QCOMPARE(execRaw(openRaw(foreign), "CREATE TABLE photos (id INTEGER PRIMARY KEY)"), SQLITE_OK);
    StoreError error;
    QVERIFY(!Database::openReadOnly(foreign, error));
    QVERIFY(error.code == StoreError::Code::NotSluice);
    const std::string newer = filePath(dir, "newer.db");
    QVERIFY(openOrFail(newer));
    const int version = Database::latestSchemaVersion() + 1;
    QCOMPARE(execRaw(openRaw(newer), ("PRAGMA user_version = " + std::to_string(version)).c_str()), SQLITE_OK);
    QVERIFY(!Database::openReadOnly(newer, error));
    QVERIFY(error.code == StoreError::Code::NewerSchema);
    QVERIFY2(mentions(error, newer + " has schema version " + std::to_string(version)), error.message.c_str());
}

void TestStoreReadOnly::readOnlyFileRefusedForWritingLeavesNoShm()
{
    if (::geteuid() == 0) {
        QSKIP("Running as root: a mode 0444 file is writable to root, so there is nothing to refuse");
    }
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    makeDatabase(path);
    QCOMPARE(::chmod(path.c_str(), 0444), 0);
    StoreError error;
    QVERIFY(!Database::open(path, error));
    QVERIFY2(mentions(error, "Cannot write to " + path + ": the file is read-only"), error.message.c_str());
    QVERIFY(!exists(path + "-shm"));
    QVERIFY(!exists(path + "-wal"));
    QCOMPARE(::chmod(path.c_str(), 0644), 0);
    QVERIFY(openOrFail(path));
}

void TestStoreReadOnly::unwritableShmIsNamed()
{
    if (::geteuid() == 0) {
        QSKIP("Running as root: a mode 0444 -shm is writable to root, so there is nothing to refuse");
    }
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    makeDatabase(path);
    {
        QFile shm(QString::fromStdString(path + "-shm"));
        QVERIFY(shm.open(QIODevice::WriteOnly));
    }
    QCOMPARE(::chmod((path + "-shm").c_str(), 0444), 0);
    StoreError error;
    QVERIFY(!Database::open(path, error));
    QVERIFY2(mentions(error, "Cannot write to " + path + "-shm"), error.message.c_str());
    QVERIFY2(mentions(error, "delete it"), error.message.c_str());
}

QTEST_APPLESS_MAIN(TestStoreReadOnly)
#include "tst_store_read_only.moc"
