// SPDX-License-Identifier: Apache-2.0
// `sluice token` as an operator runs it: the real binary on a real database file, exit codes and output.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestTokenCommand final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void createPrintsTheTokenOnceAndStoresNoCopy();
    void listShowsNamesScopesAndRevocations();
    void mistakesExitWithTwo_data();
    void mistakesExitWithTwo();
    void aFileThatIsNotADatabaseExitsWithOne();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run token(QStringList args);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestTokenCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("sluice.db"));
}

TestTokenCommand::Run TestTokenCommand::token(QStringList args)
{
    QProcess p;
    args.prepend(QStringLiteral("token"));
    args << QStringLiteral("--db") << m_db;
    p.start(QStringLiteral(SLUICE_BINARY), args);
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

void TestTokenCommand::createPrintsTheTokenOnceAndStoresNoCopy()
{
    const Run created = token({QStringLiteral("create"), QStringLiteral("nginx")});
    QCOMPARE(created.exitCode, 0);
    // Standard output holds the token alone, so `TOKEN=$(sluice token create ...)` works.
    static const QRegularExpression shape(QStringLiteral("^sluice_[0-9]+_[0-9a-f]{64}\n$"));
    QVERIFY2(shape.match(created.out).hasMatch(), qPrintable(created.out));
    QVERIFY(created.err.contains(QStringLiteral("nginx")));
    const QByteArray secret = created.out.trimmed().section(QLatin1Char('_'), 2).toLatin1();

    const Run listed = token({QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.out.contains(QString::fromLatin1(secret)));
    QByteArray disk;
    for (const char* suffix : {"", "-wal"}) {
        QFile f(m_db + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly)) {
            disk += f.readAll();
        }
    }
    QVERIFY(!disk.isEmpty());
    QVERIFY(!disk.contains(secret));
    QVERIFY(!disk.contains(QByteArray::fromHex(secret)));
}

void TestTokenCommand::listShowsNamesScopesAndRevocations()
{
    QCOMPARE(token({QStringLiteral("create"), QStringLiteral("nginx")}).exitCode, 0);
    QCOMPARE(token({QStringLiteral("create"), QStringLiteral("prometheus"), QStringLiteral("--scope"),
                    QStringLiteral("read")})
                 .exitCode,
             0);
    QCOMPARE(token({QStringLiteral("revoke"), QStringLiteral("nginx")}).exitCode, 0);
    const Run listed = token({QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);  // a heading and the two tokens, by name
    static const QRegularExpression revoked(
        QStringLiteral("^nginx +check +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +\\d{4}-\\d\\d-\\d\\dT"));
    QVERIFY2(revoked.match(lines[1]).hasMatch(), qPrintable(lines[1]));
    static const QRegularExpression valid(QStringLiteral("^prometheus +read +\\d{4}-\\S+ +-$"));
    QVERIFY2(valid.match(lines[2]).hasMatch(), qPrintable(lines[2]));
    // The name of a revoked token is free again.
    QCOMPARE(token({QStringLiteral("create"), QStringLiteral("nginx")}).exitCode, 0);
}

void TestTokenCommand::mistakesExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no action") << QStringList() << QStringLiteral("usage");
    QTest::newRow("create without a name") << QStringList{QStringLiteral("create")} << QStringLiteral("usage");
    QTest::newRow("unknown scope") << QStringList{QStringLiteral("create"), QStringLiteral("x"),
                                                  QStringLiteral("--scope"), QStringLiteral("root")}
                                   << QStringLiteral("root");
    QTest::newRow("bad name") << QStringList{QStringLiteral("create"), QStringLiteral("a b")}
                              << QStringLiteral("'a b'");
    QTest::newRow("taken name") << QStringList{QStringLiteral("create"), QStringLiteral("taken")}
                                << QStringLiteral("exists");
    QTest::newRow("revoke unknown") << QStringList{QStringLiteral("revoke"), QStringLiteral("nobody")}
                                    << QStringLiteral("nobody");
}

void TestTokenCommand::mistakesExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QCOMPARE(token({QStringLiteral("create"), QStringLiteral("taken")}).exitCode, 0);
    const Run r = token(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestTokenCommand::aFileThatIsNotADatabaseExitsWithOne()
{
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const Run r = token({QStringLiteral("create"), QStringLiteral("nginx")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenCommand)
#include "tst_token_command.moc"
