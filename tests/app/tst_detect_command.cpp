// SPDX-License-Identifier: Apache-2.0
// `sluice detect` as a user runs it: the real binary on real files; the output's shape, the streaming promise
// (appending rows never changes earlier scores) and the exit codes.
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

class TestDetectCommand final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void writesOneScoredRowPerInputRow();
    void appendingRowsKeepsEarlierScores();
    void writesToStandardOutputWithoutOut();
    void badInputExitsWithTwoNamingTheLine_data();
    void badInputExitsWithTwoNamingTheLine();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Run detect(const QStringList& args);
    QString file(const QString& name) const { return m_dir->filePath(name); }
    bool write(const QString& name, const QByteArray& text);
    QByteArray read(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr int kRows = 3000;
constexpr int kSpikeRow = 2500;

// Five-minute samples of a daily pattern with a spike, as NAB writes them (one value negative).
QByteArray series(int rows)
{
    QByteArray text = "timestamp,value\n";
    const QDateTime start(QDate(2014, 4, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const double phase = 2 * std::numbers::pi * (i % 288) / 288.0;
        double value = 50 + 30 * std::sin(phase) + ((i * 7919) % 13) * 0.3;
        if (i == kSpikeRow) {
            value += 200;
        }
        if (i == 5) {
            value = -21.5;
        }
        text += start.addSecs(300LL * i).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + ',' +
                QByteArray::number(value, 'g', 12) + '\n';
    }
    return text;
}

QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> all = text.split('\n');
    if (!all.isEmpty() && all.last().isEmpty()) {
        all.removeLast();
    }
    return all;
}

}  // namespace

void TestDetectCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestDetectCommand::Run TestDetectCommand::detect(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SLUICE_BINARY), QStringList{QStringLiteral("detect")} + args);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool TestDetectCommand::write(const QString& name, const QByteArray& text)
{
    QFile f(file(name));
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray TestDetectCommand::read(const QString& name)
{
    QFile f(file(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestDetectCommand::writesOneScoredRowPerInputRow()
{
    QVERIFY(write(QStringLiteral("in.csv"), series(kRows)));
    const Run run = detect({QStringLiteral("--series"), file(QStringLiteral("in.csv")), QStringLiteral("--out"),
                            file(QStringLiteral("out.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("alerts"), run.out.constData());
    const QList<QByteArray> in = lines(series(kRows));
    const QList<QByteArray> out = lines(read(QStringLiteral("out.csv")));
    QCOMPARE(out.size(), in.size());
    QCOMPARE(out.first(), QByteArray("timestamp,value,score,alert\r"));
    QList<int> alerts;
    for (int i = 1; i < out.size(); ++i) {
        const QList<QByteArray> fields = out[i].chopped(1).split(',');  // records end with CRLF
        QCOMPARE(fields.size(), 4);
        const QList<QByteArray> input = in[i].split(',');
        QCOMPARE(fields[0], input[0]);
        // A negative value is defused for spreadsheets, as in every CSV Sluice writes; the number is the same.
        QCOMPARE(fields[1].startsWith('\''), input[1].startsWith('-'));
        QCOMPARE(fields[1].mid(fields[1].startsWith('\'') ? 1 : 0).toDouble(), input[1].toDouble());
        bool ok = false;
        const double score = fields[2].toDouble(&ok);
        QVERIFY(ok && score >= 0 && score <= 1);
        QVERIFY(fields[3] == "0" || fields[3] == "1");
        if (fields[3] == "1") {
            alerts << i - 1;
        }
    }
    QCOMPARE(alerts, QList<int>{kSpikeRow});
}

void TestDetectCommand::appendingRowsKeepsEarlierScores()
{
    QVERIFY(write(QStringLiteral("short.csv"), series(2000)));
    QVERIFY(write(QStringLiteral("long.csv"), series(kRows)));
    const Run shortRun = detect({QStringLiteral("--series"), file(QStringLiteral("short.csv"))});
    const Run longRun = detect({QStringLiteral("--series"), file(QStringLiteral("long.csv"))});
    QCOMPARE(shortRun.exitCode, 0);
    QCOMPARE(longRun.exitCode, 0);
    const QList<QByteArray> a = lines(shortRun.out);
    const QList<QByteArray> b = lines(longRun.out);
    QCOMPARE(a.size(), 2001);
    QCOMPARE(b.mid(0, a.size()), a);
}

void TestDetectCommand::writesToStandardOutputWithoutOut()
{
    QVERIFY(write(QStringLiteral("in.csv"), series(400)));
    const Run toFile = detect({QStringLiteral("--series"), file(QStringLiteral("in.csv")), QStringLiteral("--out"),
                               file(QStringLiteral("out.csv"))});
    const Run toStdout = detect({QStringLiteral("--series"), file(QStringLiteral("in.csv"))});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, read(QStringLiteral("out.csv")));
}

void TestDetectCommand::badInputExitsWithTwoNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad value") << QByteArray("timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,x\n")
                               << QStringLiteral("line 3, column 2 (value): the value is not a finite number");
    QTest::newRow("bad time") << QByteArray("timestamp,value\n01/04/2014,1\n")
                              << QStringLiteral("line 2, column 1 (timestamp): the time stamp is not");
    QTest::newRow("no header") << QByteArray("2014-04-01 00:00:00,1\n")
                               << QStringLiteral("line 1: the first line must be the header timestamp,value");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: the file is empty");
}

void TestDetectCommand::badInputExitsWithTwoNamingTheLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QVERIFY(write(QStringLiteral("bad.csv"), text));
    const Run run = detect({QStringLiteral("--series"), file(QStringLiteral("bad.csv")), QStringLiteral("--out"),
                            file(QStringLiteral("out.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(file(QStringLiteral("out.csv"))));

    QCOMPARE(detect({}).exitCode, 2);  // --series is required
    QCOMPARE(detect({QStringLiteral("--series"), file(QStringLiteral("missing.csv"))}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDetectCommand)
#include "tst_detect_command.moc"
