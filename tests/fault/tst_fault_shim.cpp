// SPDX-License-Identifier: Apache-2.0
// The fault shim itself: file calls of a child fail as on a full disk or a read-only mount for the paths named,
// and only for those.
#include "FaultInjection.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using sluice::test::fullDiskEnvironment;
using sluice::test::readOnlyEnvironment;

class TestFaultShim final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void aFullDiskRefusesEveryWayOfWriting_data();
    void aFullDiskRefusesEveryWayOfWriting();
    void elsewhereTheSameCallsWork_data();
    void elsewhereTheSameCallsWork();
    void aNearlyFullDiskCutsTheWriteShort_data();
    void aNearlyFullDiskCutsTheWriteShort();
    void aShellRedirectOntoAFullDiskFails();
    void aReadOnlyFolderRefusesChangesButReads_data();
    void aReadOnlyFolderRefusesChangesButReads();
    void aReadOnlyFileLeavesItsNeighboursWritable();
    void relativePathsAreResolved();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                   const QString& workingDirectory = QString());
    static Run probe(const QStringList& args, const QProcessEnvironment& env, const QString& cwd = QString())
    {
        return run(QStringLiteral(SLUICE_FAULT_PROBE), args, env, cwd);
    }
    QString faulty(const QString& name) const { return m_faulty->filePath(name); }
    QString healthy(const QString& name) const { return m_healthy->filePath(name); }
    static bool write(const QString& path, const QByteArray& text);

    std::unique_ptr<QTemporaryDir> m_faulty;
    std::unique_ptr<QTemporaryDir> m_healthy;
};

void TestFaultShim::init()
{
    m_faulty = std::make_unique<QTemporaryDir>();
    m_healthy = std::make_unique<QTemporaryDir>();
    QVERIFY(m_faulty->isValid() && m_healthy->isValid());
}

TestFaultShim::Run TestFaultShim::run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                                      const QString& workingDirectory)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty()) {
        p.setWorkingDirectory(workingDirectory);
    }
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool TestFaultShim::write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

void TestFaultShim::aFullDiskRefusesEveryWayOfWriting_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("outcome");
    for (const char* call : {"write", "pwrite", "writev", "pwritev"}) {
        QTest::newRow(call) << QString::fromLatin1(call) << QStringLiteral("wrote 0, then ENOSPC");
    }
    for (const char* call : {"ftruncate", "fallocate", "posix_fallocate", "fsync", "fdatasync"}) {
        QTest::newRow(call) << QString::fromLatin1(call) << QStringLiteral("ENOSPC");
    }
    // A full disk still has room for a name, and reading is unaffected.
    QTest::newRow("open") << QStringLiteral("open") << QStringLiteral("ok");
    QTest::newRow("mkdir") << QStringLiteral("mkdir") << QStringLiteral("ok");
}

void TestFaultShim::aFullDiskRefusesEveryWayOfWriting()
{
    QFETCH(QString, call);
    QFETCH(QString, outcome);
    const Run r =
        probe({call, faulty(QStringLiteral("f")), QStringLiteral("4096")}, fullDiskEnvironment({m_faulty->path()}));
    QVERIFY2(r.out == outcome, qPrintable(r.out + r.err));
    QCOMPARE(r.exitCode, outcome.contains(QStringLiteral("ENOSPC")) ? 1 : 0);
    if (call != QLatin1String("mkdir")) {
        QCOMPARE(QFileInfo(faulty(QStringLiteral("f"))).size(), 0);
    }
}

void TestFaultShim::elsewhereTheSameCallsWork_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("outcome");
    for (const char* call : {"write", "pwrite", "writev", "pwritev"}) {
        QTest::newRow(call) << QString::fromLatin1(call) << QStringLiteral("wrote 4096");
    }
    for (const char* call : {"ftruncate", "posix_fallocate", "fsync", "fdatasync", "open"}) {
        QTest::newRow(call) << QString::fromLatin1(call) << QStringLiteral("ok");
    }
}

void TestFaultShim::elsewhereTheSameCallsWork()
{
    QFETCH(QString, call);
    QFETCH(QString, outcome);
    const Run r =
        probe({call, healthy(QStringLiteral("f")), QStringLiteral("4096")}, fullDiskEnvironment({m_faulty->path()}));
    QVERIFY2(r.out == outcome, qPrintable(r.out + r.err));
    QCOMPARE(r.exitCode, 0);
}

void TestFaultShim::aNearlyFullDiskCutsTheWriteShort_data()
{
    QTest::addColumn<QString>("call");
    for (const char* call : {"write", "pwrite", "writev", "pwritev"}) {
        QTest::newRow(call) << QString::fromLatin1(call);
    }
}

void TestFaultShim::aNearlyFullDiskCutsTheWriteShort()
{
    QFETCH(QString, call);
    const QProcessEnvironment env = fullDiskEnvironment({m_faulty->path()}, 1000);
    const Run r = probe({call, faulty(QStringLiteral("f")), QStringLiteral("4096")}, env);
    QVERIFY2(r.out == QLatin1String("wrote 1000, then ENOSPC"), qPrintable(r.out + r.err));
    QCOMPARE(QFileInfo(faulty(QStringLiteral("f"))).size(), 1000);
}

void TestFaultShim::aShellRedirectOntoAFullDiskFails()
{
    const QString script = QStringLiteral("echo hello > \"$1\"");
    const QProcessEnvironment env = fullDiskEnvironment({m_faulty->path()});
    const Run refused = run(QStringLiteral("/bin/sh"),
                            {QStringLiteral("-c"), script, QStringLiteral("sh"), faulty(QStringLiteral("f"))}, env);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.err));
    QCOMPARE(QFileInfo(faulty(QStringLiteral("f"))).size(), 0);
    const Run written = run(QStringLiteral("/bin/sh"),
                            {QStringLiteral("-c"), script, QStringLiteral("sh"), healthy(QStringLiteral("f"))}, env);
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QFile f(healthy(QStringLiteral("f")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("hello\n"));
}

void TestFaultShim::aReadOnlyFolderRefusesChangesButReads_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("outcome");
    for (const char* call : {"open", "openat", "creat", "fopen", "mkdir", "rename", "unlink", "write"}) {
        QTest::newRow(call) << QString::fromLatin1(call) << QStringLiteral("EROFS");
    }
    QTest::newRow("read") << QStringLiteral("read") << QStringLiteral("ok");
}

void TestFaultShim::aReadOnlyFolderRefusesChangesButReads()
{
    QFETCH(QString, call);
    QFETCH(QString, outcome);
    QVERIFY(write(faulty(QStringLiteral("existing")), "kept"));
    const QString target = call == QLatin1String("mkdir") || call == QLatin1String("creat")
                               ? faulty(QStringLiteral("new"))
                               : faulty(QStringLiteral("existing"));
    const Run r = probe({call, target}, readOnlyEnvironment({m_faulty->path()}));
    QVERIFY2(r.out == outcome, qPrintable(r.out + r.err));
    QCOMPARE(QDir(m_faulty->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("existing")});
    QFile f(faulty(QStringLiteral("existing")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("kept"));
}

void TestFaultShim::aReadOnlyFileLeavesItsNeighboursWritable()
{
    QVERIFY(write(faulty(QStringLiteral("locked")), "kept"));
    const QProcessEnvironment env = readOnlyEnvironment({faulty(QStringLiteral("locked"))});
    QCOMPARE(probe({QStringLiteral("write"), faulty(QStringLiteral("locked"))}, env).out, QStringLiteral("EROFS"));
    QCOMPARE(probe({QStringLiteral("unlink"), faulty(QStringLiteral("locked"))}, env).out, QStringLiteral("EROFS"));
    QCOMPARE(probe({QStringLiteral("write"), faulty(QStringLiteral("locked-wal"))}, env).out,
             QStringLiteral("wrote 10"));
}

void TestFaultShim::relativePathsAreResolved()
{
    QVERIFY(QDir(m_faulty->path()).mkdir(QStringLiteral("sub")));
    const QString parent = QFileInfo(m_faulty->path()).absolutePath();
    const QString name = QFileInfo(m_faulty->path()).fileName();
    const QProcessEnvironment env = readOnlyEnvironment({m_faulty->path()});
    QCOMPARE(probe({QStringLiteral("open"), name + QStringLiteral("/f")}, env, parent).out, QStringLiteral("EROFS"));
    QCOMPARE(probe({QStringLiteral("open"), QStringLiteral("../f")}, env, faulty(QStringLiteral("sub"))).out,
             QStringLiteral("EROFS"));
    QCOMPARE(probe({QStringLiteral("open"), QStringLiteral("./f")}, env, m_healthy->path()).out, QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestFaultShim)
#include "tst_fault_shim.moc"
