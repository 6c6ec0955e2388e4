// SPDX-License-Identifier: Apache-2.0
// `sluice vip import` and `sluice vip export` as a user runs them: the real binary, real files, exit codes.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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
    const Run unwritable =
        vip({QStringLiteral("export"), file(QStringLiteral("no/such/dir/out.csv")), QStringLiteral("--db"), m_db});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains(QStringLiteral("out.csv")), qPrintable(unwritable.err));
}

QTEST_GUILESS_MAIN(TestVipCommand)
#include "tst_vip_command.moc"
