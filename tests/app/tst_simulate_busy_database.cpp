// SPDX-License-Identifier: Apache-2.0
// `sluice simulate --db` while another program holds the database's write lock: the real binary, a real file,
// and a second SQLite connection in this test holding BEGIN EXCLUSIVE.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

namespace {

struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Connection openConnection(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_busy_timeout(db, 10000);  // our own BEGIN waits for the child's transaction to end
    return Connection(db);
}

qint64 count(sqlite3* db, const char* table)
{
    sqlite3_stmt* stmt = nullptr;
    qint64 n = -1;
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        n = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return n;
}

}  // namespace

class TestSimulateBusyDatabase final : public QObject {
    Q_OBJECT

private slots:
    void aLockHeldForAWhileLosesNothing();
    void aLockHeldPastTheLastRetryFailsAndSaysWhat();

private:
    QStringList args(const QString& db, const QString& speed) const;
    // Starts the child and takes the write lock once the child has written its first checkpoint.
    bool startAndLock(QProcess& child, const QString& db, const QString& speed, Connection& lock);
    QTemporaryDir m_dir;
    QString m_stderr;
};

QStringList TestSimulateBusyDatabase::args(const QString& db, const QString& speed) const
{
    return {QStringLiteral("simulate"),
            QStringLiteral("--scenario"),
            QStringLiteral("normal-day"),
            QStringLiteral("--duration"),
            QStringLiteral("5m"),
            QStringLiteral("--seed"),
            QStringLiteral("3"),
            QStringLiteral("--speed"),
            speed,
            QStringLiteral("--db"),
            db,
            QStringLiteral("--report"),
            m_dir.filePath(QStringLiteral("report.json"))};
}

bool TestSimulateBusyDatabase::startAndLock(QProcess& child, const QString& db, const QString& speed, Connection& lock)
{
    m_stderr.clear();
    connect(&child, &QProcess::readyReadStandardError, this,
            [this, &child] { m_stderr += QString::fromUtf8(child.readAllStandardError()); });
    child.start(QStringLiteral(SLUICE_BINARY), args(db, speed));
    if (!child.waitForStarted()) {
        return false;
    }
    // The database exists and holds history once the first checkpoint (every 2 s) is written.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db) && count(openConnection(db).get(), "throttle_events") > 0, 60000);
    }();
    if (QTest::currentTestFailed()) {
        return false;
    }
    lock = openConnection(db);
    return sqlite3_exec(lock.get(), "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK;
}

void TestSimulateBusyDatabase::aLockHeldForAWhileLosesNothing()
{
    // What the same run stores with nobody in its way.
    const QString reference = m_dir.filePath(QStringLiteral("reference.db"));
    QProcess free;
    free.start(QStringLiteral(SLUICE_BINARY), args(reference, QStringLiteral("max")));
    QVERIFY(free.waitForFinished(240000));
    QVERIFY2(free.exitCode() == 0, free.readAllStandardError().constData());
    const Connection expected = openConnection(reference);
    const qint64 reputation = count(expected.get(), "reputation_events");
    QVERIFY(reputation > 1000);

    const QString db = m_dir.filePath(QStringLiteral("busy.db"));
    QProcess child;
    Connection lock;
    QVERIFY(startAndLock(child, db, QStringLiteral("60"), lock));
    // Held until the child has seen its writes fail, then released: everything held is written after all.
    QTRY_VERIFY_WITH_TIMEOUT(m_stderr.contains(QStringLiteral("is locked by another program")), 60000);
    QCOMPARE(sqlite3_exec(lock.get(), "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY(child.waitForFinished(240000));
    m_stderr += QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitCode() == 0, qPrintable(m_stderr));
    QCOMPARE(count(lock.get(), "reputation_events"), reputation);
    QCOMPARE(count(lock.get(), "throttle_events"), count(expected.get(), "throttle_events"));
    QCOMPARE(count(lock.get(), "vip_events"), count(expected.get(), "vip_events"));
}

void TestSimulateBusyDatabase::aLockHeldPastTheLastRetryFailsAndSaysWhat()
{
    const QString db = m_dir.filePath(QStringLiteral("locked.db"));
    QProcess child;
    Connection lock;
    QVERIFY(startAndLock(child, db, QStringLiteral("60"), lock));
    QVERIFY(child.waitForFinished(240000));  // the lock outlasts the run and its final retries
    m_stderr += QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(sqlite3_exec(lock.get(), "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(child.exitCode(), 1);
    const QRegularExpression said(QStringLiteral("sluice: [0-9,]+ reputation event.* were not stored in %1: "
                                                 "database is locked")
                                      .arg(QRegularExpression::escape(db)));
    QVERIFY2(said.match(m_stderr).hasMatch(), qPrintable(m_stderr));
}

QTEST_GUILESS_MAIN(TestSimulateBusyDatabase)
#include "tst_simulate_busy_database.moc"
