// SPDX-License-Identifier: Apache-2.0
// `sluice vip import` and `sluice vip export` as a user runs them: the real binary, real files, exit codes.
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

class TestVipCommand final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importThenExportRoundTrips();
    void aBadRowExitsWithTwoAndChangesNothing_data();
    void aBadRowExitsWithTwoAndChangesNothing();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void otherFailuresExitWithOne();
    void exportOfAMissingDatabaseFailsAndCreatesNothing();
    void exportReadsAReadOnlyDatabaseAndChangesNothing();
    void exportLeavesOutExpiredAssignments();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run vip(const QStringList& args);
    QString file(const QString& name) const { return m_dir->filePath(name); }
    QByteArray exported();
    bool write(const QString& name, const QByteArray& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestVipCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = file(QStringLiteral("sluice.db"));
}

TestVipCommand::Run TestVipCommand::vip(const QStringList& args)
{
    QProcess p;
    QStringList all{QStringLiteral("vip")};
    all << args;
    p.start(QStringLiteral(SLUICE_BINARY), all);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool TestVipCommand::write(const QString& name, const QByteArray& text)
{
    QFile f(file(name));
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray TestVipCommand::exported()
{
    const QString path = file(QStringLiteral("check-%1.csv").arg(QRandomGenerator::global()->generate()));
    const Run r = vip({QStringLiteral("export"), path, QStringLiteral("--db"), m_db});
    QFile f(path);
    return r.exitCode == 0 && f.open(QIODevice::ReadOnly) ? f.readAll()
                                                          : QByteArray("export failed: ") + r.err.toUtf8();
}

void TestVipCommand::importThenExportRoundTrips()
{
    const QByteArray csv = "key,tier,expires,notes\r\n"
                           "10.96.0.7,platinum,2099-06-30T18:30:00Z,\"reseller, EU\"\r\n"
                           "partner-0042,gold,,\"says \"\"hi\"\"\"\r\n";
    QVERIFY(write(QStringLiteral("in.csv"), csv));
    const Run r = vip({QStringLiteral("import"), file(QStringLiteral("in.csv")), QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("imported 2")));
    QCOMPARE(exported(), csv);  // same order (by key), same quoting, same times

    // Importing the export again changes nothing that it holds.
    const QString again = file(QStringLiteral("again.csv"));
    QVERIFY(write(QStringLiteral("again.csv"), exported()));
    QCOMPARE(vip({QStringLiteral("import"), again, QStringLiteral("--db"), m_db}).exitCode, 0);
    QCOMPARE(exported(), csv);
}

void TestVipCommand::aBadRowExitsWithTwoAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::newRow("malformed expiry") << QByteArray("key,tier,expires,notes\nnew-1,gold,,\nnew-2,gold,soon,\n")
                                      << QStringLiteral("line 3, column 3 (expires)");
    QTest::newRow("unknown tier") << QByteArray("key,tier,expires,notes\nnew-1,gold,,\nnew-2,diamond,,\n")
                                  << QStringLiteral("line 3, column 2 (tier): unknown VIP tier 'diamond'");
    QTest::newRow("past expiry") << QByteArray(
                                        "key,tier,expires,notes\nnew-1,gold,,\nnew-2,gold,2001-01-01T00:00:00Z,\n")
                                 << QStringLiteral("line 3, column 3 (expires)");
    QTest::newRow("unclosed quote") << QByteArray("key,tier,expires,notes\nnew-1,gold,,\"open\n")
                                    << QStringLiteral("line 2, column 4 (notes)");
    QTest::newRow("no header") << QByteArray("new-1,gold,,\n") << QStringLiteral("line 1: the first line");
}

void TestVipCommand::aBadRowExitsWithTwoAndChangesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QVERIFY(write(QStringLiteral("seed.csv"), "key,tier,expires,notes\nkeep,silver,,kept\n"));
    QCOMPARE(vip({QStringLiteral("import"), file(QStringLiteral("seed.csv")), QStringLiteral("--db"), m_db}).exitCode,
             0);
    const QByteArray before = exported();
    QVERIFY(write(QStringLiteral("bad.csv"), csv));
    const Run r = vip({QStringLiteral("import"), file(QStringLiteral("bad.csv")), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(file(QStringLiteral("bad.csv")) + QStringLiteral(": ") + where), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(exported(), before);
}

void TestVipCommand::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{} << QStringLiteral("usage");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("merge"), QStringLiteral("x.csv")}
                                    << QStringLiteral("usage");
    QTest::newRow("no file") << QStringList{QStringLiteral("import")} << QStringLiteral("usage");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("x.csv"),
                                                   QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/in.csv")}
                                  << QStringLiteral("/nonexistent/in.csv");
}

void TestVipCommand::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = vip(args << QStringLiteral("--db") << m_db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestVipCommand::otherFailuresExitWithOne()
{
    QVERIFY(write(QStringLiteral("not-a-db"), QByteArray(4096, 'x')));
    QVERIFY(write(QStringLiteral("in.csv"), "key,tier,expires,notes\na,gold,,\n"));
    const Run foreign = vip({QStringLiteral("import"), file(QStringLiteral("in.csv")), QStringLiteral("--db"),
                             file(QStringLiteral("not-a-db"))});
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY2(foreign.err.contains(QStringLiteral("not an SQLite database")), qPrintable(foreign.err));
    QCOMPARE(vip({QStringLiteral("import"), file(QStringLiteral("in.csv")), QStringLiteral("--db"), m_db}).exitCode, 0);
    const Run unwritable =
        vip({QStringLiteral("export"), file(QStringLiteral("no/such/dir/out.csv")), QStringLiteral("--db"), m_db});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains(QStringLiteral("out.csv")), qPrintable(unwritable.err));
}

void TestVipCommand::exportOfAMissingDatabaseFailsAndCreatesNothing()
{
    const QString typo = file(QStringLiteral("typo.db"));
    const Run r = vip({QStringLiteral("export"), file(QStringLiteral("out.csv")), QStringLiteral("--db"), typo});
    QCOMPARE(r.exitCode, 2);  // bad input: the path names no database
    QVERIFY2(r.err.contains(QStringLiteral("No Sluice database at %1").arg(typo)), qPrintable(r.err));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestVipCommand::exportReadsAReadOnlyDatabaseAndChangesNothing()
{
    const QString folder = file(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/sluice.db");
    QVERIFY(write(QStringLiteral("in.csv"), "key,tier,expires,notes\na,gold,,\nb,silver,,\n"));
    QCOMPARE(vip({QStringLiteral("import"), file(QStringLiteral("in.csv")), QStringLiteral("--db"), db}).exitCode, 0);
    // Read-write while the file may be written: a read-only connection would leave its -wal and -shm behind.
    const auto throttleRows = [&](int flags) {
        sqlite3* raw = nullptr;
        sqlite3_open_v2(db.toUtf8().constData(), &raw, flags, nullptr);
        sqlite3_stmt* stmt = nullptr;
        qint64 n = -1;
        if (sqlite3_prepare_v2(raw, "SELECT count(*) FROM throttle_events", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            n = sqlite3_column_int64(stmt, 0);
        }
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
        return n;
    };
    const qint64 rowsBefore = throttleRows(SQLITE_OPEN_READWRITE);
    QVERIFY(rowsBefore >= 1);
    QFile dbFile(db);
    QVERIFY(dbFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(dbFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = dbFile.readAll();
    dbFile.close();
    const QDateTime modified = QFileInfo(db).lastModified();
    const QString out = file(QStringLiteral("out.csv"));
    const Run r = vip({QStringLiteral("export"), out, QStringLiteral("--db"), db});
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("exported 2")));
    QVERIFY(dbFile.open(QIODevice::ReadOnly));
    QCOMPARE(dbFile.readAll(), bytes);
    QCOMPARE(QFileInfo(db).lastModified(), modified);
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(db + QStringLiteral("-shm")));
    QCOMPARE(throttleRows(SQLITE_OPEN_READONLY), rowsBefore);  // no "engine started" period: no engine ran
}

void TestVipCommand::exportLeavesOutExpiredAssignments()
{
    QVERIFY(write(QStringLiteral("in.csv"), "key,tier,expires,notes\nlater,gold,2099-01-01T00:00:00Z,\n"
                                            "soon,gold,2099-01-01T00:00:00Z,\n"));
    QCOMPARE(vip({QStringLiteral("import"), file(QStringLiteral("in.csv")), QStringLiteral("--db"), m_db}).exitCode, 0);
    // An assignment whose expiry passed while no Sluice ran is no longer in force, though its row is still there.
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(m_db.toUtf8().constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "UPDATE vip_users SET expires_at = 1000 WHERE key = 'soon'", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray csv = exported();
    QVERIFY2(csv.contains("later,gold"), csv.constData());
    QVERIFY2(!csv.contains("soon"), csv.constData());
}

QTEST_GUILESS_MAIN(TestVipCommand)
#include "tst_vip_command.moc"
