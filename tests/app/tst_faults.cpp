// SPDX-License-Identifier: Apache-2.0
// The commands under faults, as a user meets them: a full disk, a read-only file or folder, a missing database and
// kill -9 at several moments. The real binary runs as a child; the faults come from the LD_PRELOAD shim of
// tests/fault. For each: nothing reported as done is lost, nothing half-written replaces a good file, and the exit
// code says what happened (1 for a failure, 2 for bad input).
#include "FaultInjection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using sluice::test::fullDiskEnvironment;
using sluice::test::readOnlyEnvironment;

namespace {

// One answer of a read-only connection, or -1 when the query fails (no table yet, a file that is not a database).
qint64 count(const QString& db, const char* sql)
{
    sqlite3* handle = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(handle, 2000);
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(handle, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
            n = sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(handle);
    return n;
}

// PRAGMA integrity_check through a connection that may recover the write-ahead log, as the next run would.
QString integrity(const QString& db)
{
    sqlite3* handle = nullptr;
    QString result = QStringLiteral("cannot open");
    if (sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW) {
            result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        } else {
            result = QString::fromUtf8(sqlite3_errmsg(handle));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(handle);
    return result;
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

// The database and its companion files as bytes, to prove that a refused run changed nothing.
QByteArray fingerprint(const QString& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        hash.addData(suffix.toUtf8() + contents(db + suffix));
    }
    return hash.result().toHex();
}

}  // namespace

class TestFaults final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void vipExportOntoAFullDiskKeepsThePreviousFile_data();
    void vipExportOntoAFullDiskKeepsThePreviousFile();
    void simulateReportOntoAFullDiskKeepsThePreviousFile_data();
    void simulateReportOntoAFullDiskKeepsThePreviousFile();
    void simulateOntoAFullDatabaseSaysWhatWasNotStored_data();
    void simulateOntoAFullDatabaseSaysWhatWasNotStored();
    void vipExportWritesNothingToTheDatabase();
    void vipExportOfAMissingDatabaseCreatesNone();
    void aReadOnlyDatabaseIsRefusedByNameAndUnchanged_data();
    void aReadOnlyDatabaseIsRefusedByNameAndUnchanged();
    void aRefusedReadOnlyOpenLeavesNoUnwritableFileBehind();
    void killNineLosesNothingReportedDone_data();
    void killNineLosesNothingReportedDone();
    void killNineDuringAVipImportIsAllOrNothing();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run sluice(const QStringList& args,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QString healthy(const QString& name) const { return m_healthy->filePath(name); }
    QString faulty(const QString& name) const { return m_faulty->filePath(name); }
    static bool write(const QString& path, const QByteArray& text);
    // A database with one VIP assignment, imported and reported done before anything else happens.
    void createDatabase(const QString& db);
    static QStringList simulateArgs(const QString& db, const QString& report, const QString& duration);

    std::unique_ptr<QTemporaryDir> m_healthy;
    std::unique_ptr<QTemporaryDir> m_faulty;
};

void TestFaults::init()
{
    m_healthy = std::make_unique<QTemporaryDir>();
    m_faulty = std::make_unique<QTemporaryDir>();
    QVERIFY(m_healthy->isValid() && m_faulty->isValid());
}

TestFaults::Run TestFaults::sluice(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SLUICE_BINARY), args);
    Run run;
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool TestFaults::write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

void TestFaults::createDatabase(const QString& db)
{
    const QString csv = healthy(QStringLiteral("seed.csv"));
    QVERIFY(write(csv, "key,tier,expires,notes\nkept-before,gold,,reported done\n"));
    const Run r = sluice({QStringLiteral("vip"), QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(count(db, "SELECT count(*) FROM vip_users WHERE key = 'kept-before'"), 1);
}

QStringList TestFaults::simulateArgs(const QString& db, const QString& report, const QString& duration)
{
    QStringList args{QStringLiteral("simulate"),
                     QStringLiteral("--scenario"),
                     QStringLiteral("credential-stuffing"),
                     QStringLiteral("--duration"),
                     duration,
                     QStringLiteral("--report"),
                     report};
    if (!db.isEmpty()) {
        args << QStringLiteral("--db") << db;
    }
    return args;
}

void TestFaults::vipExportOntoAFullDiskKeepsThePreviousFile_data()
{
    QTest::addColumn<qint64>("freeBytes");
    QTest::newRow("no room at all") << qint64(0);
    QTest::newRow("room for a partial file") << qint64(20);
}

void TestFaults::vipExportOntoAFullDiskKeepsThePreviousFile()
{
    QFETCH(qint64, freeBytes);
    const QString db = healthy(QStringLiteral("sluice.db"));
    createDatabase(db);
    const QString previous = faulty(QStringLiteral("prev.csv"));
    const QByteArray good = "key,tier,expires,notes\r\nfrom-last-week,silver,,the previous good export\r\n";
    QVERIFY(write(previous, good));

    const Run r = sluice({QStringLiteral("vip"), QStringLiteral("export"), previous, QStringLiteral("--db"), db},
                         fullDiskEnvironment({m_faulty->path()}, freeBytes));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(previous), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("exported")), qPrintable(r.out));
    QCOMPARE(contents(previous), good);
    // No half-written temporary file stays beside it either.
    QCOMPARE(QDir(m_faulty->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("prev.csv")});
}

void TestFaults::simulateReportOntoAFullDiskKeepsThePreviousFile_data()
{
    QTest::addColumn<qint64>("freeBytes");
    QTest::addColumn<QString>("name");
    QTest::newRow("no room at all") << qint64(0) << QStringLiteral("r.json");
    QTest::newRow("room for a partial file") << qint64(100) << QStringLiteral("r.json");
    // The reports for people go through QSaveFile: a failed flush of its buffer must not put a cut file in place.
    QTest::newRow("pdf, room for a partial file") << qint64(100) << QStringLiteral("r.pdf");
    QTest::newRow("html, no room at all") << qint64(0) << QStringLiteral("r.html");
}

void TestFaults::simulateReportOntoAFullDiskKeepsThePreviousFile()
{
    QFETCH(qint64, freeBytes);
    QFETCH(QString, name);
    const QString previous = faulty(name);
    const QByteArray good = "{\"scenario\": \"the previous good report\"}\n";
    QVERIFY(write(previous, good));

    const Run r = sluice(simulateArgs(QString(), previous, QStringLiteral("1m")),
                         fullDiskEnvironment({m_faulty->path()}, freeBytes));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(previous), qPrintable(r.err));
    QCOMPARE(contents(previous), good);
    QCOMPARE(QDir(m_faulty->path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
}

void TestFaults::simulateOntoAFullDatabaseSaysWhatWasNotStored_data()
{
    QTest::addColumn<qint64>("freeBytes");
    QTest::addColumn<bool>("eventsLost");
    // No room to open it: the run is refused before it starts, so nothing was going to be stored.
    QTest::newRow("full from the start") << qint64(0) << false;
    // Room to open it and store the first events, then none: the events after that are lost, and it says so.
    QTest::newRow("full after the first writes") << qint64(128 * 1024) << true;
}

void TestFaults::simulateOntoAFullDatabaseSaysWhatWasNotStored()
{
    QFETCH(qint64, freeBytes);
    QFETCH(bool, eventsLost);
    const QString db = faulty(QStringLiteral("x.db"));
    createDatabase(db);  // before the disk fills up

    const Run r = sluice(simulateArgs(db, healthy(QStringLiteral("r.json")), QStringLiteral("1h")),
                         fullDiskEnvironment({m_faulty->path()}, freeBytes));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(db), qPrintable(r.err));
    if (eventsLost) {
        static const QRegularExpression notStored(
            QStringLiteral("events?\\b.*\\b(not|n't) (be |been )?(stored|saved|written)|"
                           "(not|n't) (store|save|write)\\b.*\\bevents?"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(r.err.contains(notStored), qPrintable(r.err));
    }
    QCOMPARE(integrity(db), QStringLiteral("ok"));
    QCOMPARE(count(db, "SELECT count(*) FROM vip_users WHERE key = 'kept-before'"), 1);
}

void TestFaults::vipExportWritesNothingToTheDatabase()
{
    const QString db = faulty(QStringLiteral("sluice.db"));
    createDatabase(db);
    const QByteArray before = fingerprint(db);
    const QStringList filesBefore = QDir(m_faulty->path()).entryList(QDir::Files | QDir::Hidden);
    const QString out = healthy(QStringLiteral("out.csv"));
    const QStringList args{QStringLiteral("vip"), QStringLiteral("export"), out, QStringLiteral("--db"), db};

    const Run plain = sluice(args);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(fingerprint(db), before);
    QCOMPARE(QDir(m_faulty->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);

    // And so it exports a database it may not change.
    QVERIFY(QFile::remove(out));
    const Run readOnly = sluice(args, readOnlyEnvironment({m_faulty->path()}));
    QVERIFY2(readOnly.exitCode == 0, qPrintable(readOnly.err));
    QVERIFY(contents(out).contains("kept-before,gold,,reported done"));
    QCOMPARE(fingerprint(db), before);
}

void TestFaults::vipExportOfAMissingDatabaseCreatesNone()
{
    const QString typo = healthy(QStringLiteral("typo.db"));
    const QString out = healthy(QStringLiteral("out.csv"));
    const Run r = sluice({QStringLiteral("vip"), QStringLiteral("export"), out, QStringLiteral("--db"), typo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(typo), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(typo));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QDir(m_healthy->path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
}

void TestFaults::aReadOnlyDatabaseIsRefusedByNameAndUnchanged_data()
{
    QTest::addColumn<bool>("wholeFolder");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

void TestFaults::aReadOnlyDatabaseIsRefusedByNameAndUnchanged()
{
    QFETCH(bool, wholeFolder);
    const QString db = faulty(QStringLiteral("x.db"));
    createDatabase(db);
    const QByteArray before = fingerprint(db);

    const Run r = sluice(simulateArgs(db, healthy(QStringLiteral("r.json")), QStringLiteral("1m")),
                         readOnlyEnvironment({wholeFolder ? m_faulty->path() : db}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(db), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("read-only"), Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(fingerprint(db), before);
    QCOMPARE(count(db, "SELECT count(*) FROM vip_users WHERE key = 'kept-before'"), 1);
}

void TestFaults::aRefusedReadOnlyOpenLeavesNoUnwritableFileBehind()
{
    const QString db = faulty(QStringLiteral("x.db"));
    createDatabase(db);
    // A file of mode 444, as a user who may not write it sees it (the shim stands in for the permission check
    // that root skips).
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const Run refused =
        sluice(simulateArgs(db, healthy(QStringLiteral("r.json")), QStringLiteral("1m")), readOnlyEnvironment({db}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(db), qPrintable(refused.err));
    // A companion file left behind with the database's mode would block it after its mode is fixed.
    for (const QFileInfo& file : QDir(m_faulty->path()).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (file.fileName() != QLatin1String("x.db")) {
            QVERIFY2(file.permissions().testFlag(QFile::WriteOwner), qPrintable(file.fileName()));
        }
    }
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const Run fixed = sluice(simulateArgs(db, healthy(QStringLiteral("r.json")), QStringLiteral("1m")));
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
}

void TestFaults::killNineLosesNothingReportedDone_data()
{
    QTest::addColumn<QString>("moment");
    QTest::newRow("before the first commit") << QStringLiteral("start");
    QTest::newRow("after events are stored") << QStringLiteral("events");
    QTest::newRow("after more events are stored") << QStringLiteral("more events");
}

void TestFaults::killNineLosesNothingReportedDone()
{
    QFETCH(QString, moment);
    const QString db = healthy(QStringLiteral("sluice.db"));
    createDatabase(db);
    const char* events = "SELECT count(*) FROM reputation_events";
    const qint64 atStart = count(db, events);
    QVERIFY(atStart >= 0);

    QProcess p;
    p.start(QStringLiteral(SLUICE_BINARY), simulateArgs(db, healthy(QStringLiteral("r.json")), QStringLiteral("1d")));
    QVERIFY(p.waitForStarted());
    qint64 seen = atStart;
    if (moment != QLatin1String("start")) {
        const qint64 wanted = moment == QLatin1String("events") ? atStart + 1 : atStart + 10000;
        QTRY_VERIFY_WITH_TIMEOUT((seen = count(db, events)) >= wanted, 120000);
    }
    QCOMPARE(p.state(), QProcess::Running);
    p.kill();  // SIGKILL
    QVERIFY(p.waitForFinished());

    QCOMPARE(integrity(db), QStringLiteral("ok"));
    QCOMPARE(count(db, "SELECT count(*) FROM vip_users WHERE key = 'kept-before'"), 1);
    QVERIFY2(count(db, events) >= seen, qPrintable(QStringLiteral("events seen before the kill: %1").arg(seen)));
    // The next run opens the database as usual.
    const Run next = sluice({QStringLiteral("vip"), QStringLiteral("export"), healthy(QStringLiteral("after.csv")),
                             QStringLiteral("--db"), db});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QVERIFY(contents(healthy(QStringLiteral("after.csv"))).contains("kept-before"));
}

void TestFaults::killNineDuringAVipImportIsAllOrNothing()
{
    const QString db = healthy(QStringLiteral("sluice.db"));
    createDatabase(db);
    QByteArray csv = "key,tier,expires,notes\n";
    constexpr int kRows = 100000;  // the most one file may hold
    for (int i = 0; i < kRows; ++i) {
        csv += "bulk-" + QByteArray::number(i) + ",silver,,imported in bulk\n";
    }
    const QString big = healthy(QStringLiteral("big.csv"));
    QVERIFY(write(big, csv));

    QProcess p;
    p.start(QStringLiteral(SLUICE_BINARY),
            {QStringLiteral("vip"), QStringLiteral("import"), big, QStringLiteral("--db"), db});
    QVERIFY(p.waitForStarted());
    // The import is under way once its write-ahead log grows.
    QTRY_VERIFY_WITH_TIMEOUT(
        QFileInfo(db + QStringLiteral("-wal")).size() > 64 * 1024 || p.state() == QProcess::NotRunning, 120000);
    const bool killedDuring = p.state() == QProcess::Running;
    if (killedDuring) {
        p.kill();
        QVERIFY(p.waitForFinished());
    } else {
        qWarning("the import finished before it could be killed; checking the outcome only");
    }

    QCOMPARE(integrity(db), QStringLiteral("ok"));
    QCOMPARE(count(db, "SELECT count(*) FROM vip_users WHERE key = 'kept-before'"), 1);
    const qint64 bulk = count(db, "SELECT count(*) FROM vip_users WHERE key LIKE 'bulk-%'");
    QVERIFY2(bulk == 0 || bulk == kRows, qPrintable(QString::number(bulk)));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
