// SPDX-License-Identifier: Apache-2.0
// `sluice replay` as a user runs it: the real binary on a generated access log, plain and gzip-compressed,
// exit codes, the report's lines and rejected lines, and the same report for the same file.
#include "../ui/PdfTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

namespace {

// 17/May/2015:10:05:00 +0000 plus `second`.
QByteArray line(const QByteArray& ip, int second, const QByteArray& path, int status = 200)
{
    return ip + " - - [17/May/2015:10:" + QByteArray::number(5 + second / 60).rightJustified(2, '0') + ":" +
           QByteArray::number(second % 60).rightJustified(2, '0') + " +0000] \"GET " + path + " HTTP/1.1\" " +
           QByteArray::number(status) + " 512 \"-\" \"test\"\n";
}

// Ten calm clients, one that hammers the login, and three lines that are not access log lines.
QByteArray accessLog()
{
    QByteArray text;
    for (int s = 0; s < 120; ++s) {
        for (int c = 0; c < 10; ++c) {
            text += line("10.0.0." + QByteArray::number(c + 1), s, "/index.html?page=" + QByteArray::number(s));
        }
        for (int k = 0; k < 20; ++k) {
            text += line("203.0.113.66", s, "/api/login", 401);
        }
        if (s == 10) {
            text += "this is not a log line\n";
        }
        if (s == 20) {
            text += "198.51.100.1 - - [17/May/2015:10:05:99 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"\r\n";
        }
    }
    text += "\xff\xfe - - [17/May/2015:10:07:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"";  // no final newline
    return text;
}

}  // namespace

class TestReplayCommand final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheReportWithLinesAndRejectedLines();
    void sameFileSameReportPlainOrGzip();
    void pacedReplayFinishes();
    void theReportAlsoComesAsPdfAndCsv();
    void badInputExitsWithTwoAndSaysWhat_data();
    void badInputExitsWithTwoAndSaysWhat();

private:
    struct Run {
        int exitCode = -1;
        QString stderrText;
        QJsonObject report;
    };
    Run replay(const QStringList& args);
    QTemporaryDir m_dir;
    QString m_log;
    QString m_gz;
    QString m_config;
};

void TestReplayCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray text = accessLog();
    m_log = m_dir.filePath(QStringLiteral("access.log"));
    QFile f(m_log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(text), text.size());
    f.close();
    m_gz = m_dir.filePath(QStringLiteral("access.log.gz"));
    gzFile gz = gzopen(m_gz.toLocal8Bit().constData(), "wb");
    QVERIFY(gz != nullptr);
    QCOMPARE(gzwrite(gz, text.constData(), static_cast<unsigned>(text.size())), static_cast<int>(text.size()));
    QCOMPARE(gzclose(gz), Z_OK);
    // Ten requests a second, twenty at once.
    m_config = m_dir.filePath(QStringLiteral("engine.json"));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"policies": [{"limit": 600, "period_ms": 60000, "burst": 20}]})");
}

TestReplayCommand::Run TestReplayCommand::replay(const QStringList& args)
{
    const QString reportPath =
        m_dir.filePath(QStringLiteral("report-%1.json").arg(QRandomGenerator::global()->generate()));
    QProcess p;
    QStringList all{QStringLiteral("replay")};
    all << args;
    if (!args.contains(QStringLiteral("--report"))) {
        all << QStringLiteral("--report") << reportPath;
    }
    if (!args.isEmpty()) {
        all << QStringLiteral("--config") << m_config;
    }
    p.start(QStringLiteral(SLUICE_BINARY), all);
    Run run;
    if (!p.waitForFinished(240000)) {
        p.kill();
        return run;
    }
    run.exitCode = p.exitCode();
    run.stderrText = QString::fromUtf8(p.readAllStandardError());
    QFile f(reportPath);
    if (f.open(QIODevice::ReadOnly)) {
        run.report = QJsonDocument::fromJson(f.readAll()).object();
    }
    return run;
}

void TestReplayCommand::writesTheReportWithLinesAndRejectedLines()
{
    const Run r = replay({QStringLiteral("--log"), m_log, QStringLiteral("--routes"), QStringLiteral("/api=api")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    const QJsonObject& j = r.report;
    QCOMPARE(j[QStringLiteral("log")].toString(), m_log);
    QCOMPARE(j[QStringLiteral("format")].toString(), QStringLiteral("combined"));
    QCOMPARE(j[QStringLiteral("key")].toString(), QStringLiteral("ip"));
    QVERIFY(!j.contains(QStringLiteral("by_class")));
    const QJsonObject lines = j[QStringLiteral("lines")].toObject();
    QCOMPARE(lines[QStringLiteral("read")].toInteger(), 120 * 30 + 3);
    QCOMPARE(lines[QStringLiteral("parsed")].toInteger(), 120 * 30);
    QCOMPARE(lines[QStringLiteral("rejected")].toInteger(), 3);
    const QJsonObject requests = j[QStringLiteral("requests")].toObject();
    QCOMPARE(requests[QStringLiteral("total")].toInteger(), 120 * 30);
    QCOMPARE(requests[QStringLiteral("allowed")].toInteger() + requests[QStringLiteral("denied")].toInteger(),
             120 * 30);
    // The client at 20 requests a second is over the default limit; the calm ones are not.
    QVERIFY(requests[QStringLiteral("denied")].toInteger() > 0);
    const QJsonArray top = j[QStringLiteral("top_denied")].toArray();
    QVERIFY(!top.isEmpty());
    QCOMPARE(top[0].toObject()[QStringLiteral("key")].toString(), QStringLiteral("203.0.113.66"));
    QCOMPARE(j[QStringLiteral("log_seconds")].toDouble(), 119.0);

    const QJsonArray rejected = j[QStringLiteral("rejected_lines")].toArray();
    QCOMPARE(rejected.size(), 3);
    // 11 seconds of 30 lines come before the first bad line.
    QCOMPARE(rejected[0].toObject()[QStringLiteral("line")].toInteger(), 11 * 30 + 1);
    QCOMPARE(rejected[0].toObject()[QStringLiteral("text")].toString(), QStringLiteral("this is not a log line"));
    QCOMPARE(rejected[1].toObject()[QStringLiteral("line")].toInteger(), 21 * 30 + 2);
    QCOMPARE(rejected[1].toObject()[QStringLiteral("reason")].toString(), QStringLiteral("bad time"));
    QCOMPARE(rejected[2].toObject()[QStringLiteral("line")].toInteger(), 120 * 30 + 3);
    QCOMPARE(rejected[2].toObject()[QStringLiteral("reason")].toString(), QStringLiteral("the key is not valid text"));
    QVERIFY(rejected[2].toObject()[QStringLiteral("text")].toString().startsWith(QStringLiteral("\\xff\\xfe")));
}

void TestReplayCommand::sameFileSameReportPlainOrGzip()
{
    auto withoutWallClock = [](QJsonObject j) {
        j.remove(QStringLiteral("wall_seconds"));
        j.remove(QStringLiteral("requests_per_wall_second"));
        j.remove(QStringLiteral("log"));
        return j;
    };
    const QStringList common{QStringLiteral("--key"), QStringLiteral("ip"), QStringLiteral("--routes"),
                             QStringLiteral("/api/login=login,/api=api")};
    const Run a = replay(QStringList{QStringLiteral("--log"), m_log} + common);
    const Run b = replay(QStringList{QStringLiteral("--log"), m_log} + common);
    const Run gz = replay(QStringList{QStringLiteral("--log"), m_gz} + common);
    QVERIFY2(a.exitCode == 0 && b.exitCode == 0 && gz.exitCode == 0, qPrintable(a.stderrText + gz.stderrText));
    QVERIFY(!a.report.isEmpty());
    QCOMPARE(withoutWallClock(b.report), withoutWallClock(a.report));
    QCOMPARE(withoutWallClock(gz.report), withoutWallClock(a.report));
}

void TestReplayCommand::pacedReplayFinishes()
{
    // 119 s of log at 1000 times its speed: about a tenth of a second of pacing.
    const Run r = replay({QStringLiteral("--log"), m_gz, QStringLiteral("--speed"), QStringLiteral("1000")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    QCOMPARE(r.report[QStringLiteral("lines")].toObject()[QStringLiteral("parsed")].toInteger(), 120 * 30);
    QVERIFY(r.report[QStringLiteral("wall_seconds")].toDouble() >= 0.1);
}

void TestReplayCommand::theReportAlsoComesAsPdfAndCsv()
{
    qputenv("LC_ALL", "en_US.UTF-8");
    const QStringList common{QStringLiteral("--log"), m_log, QStringLiteral("--lang"), QStringLiteral("en")};
    const QString csv = m_dir.filePath(QStringLiteral("replay.csv"));
    Run r = replay(QStringList(common) << QStringLiteral("--report") << csv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    QFile rejected(m_dir.filePath(QStringLiteral("replay-rejected-lines.csv")));
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(rejected.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);  // the header and the three lines that are not requests
    QVERIFY2(rows[1].startsWith(QStringLiteral("331,")), qPrintable(rows[1]));
    QVERIFY2(rows[1].contains(QStringLiteral("this is not a log line")), qPrintable(rows[1]));
    QFile kpis(m_dir.filePath(QStringLiteral("replay-kpis.csv")));
    QVERIFY(kpis.open(QIODevice::ReadOnly));
    const QString figures = QString::fromUtf8(kpis.readAll());
    QVERIFY2(figures.contains(QStringLiteral("Lines read,\"3,603\"")), qPrintable(figures));
    QVERIFY2(figures.contains(QStringLiteral("Requests,\"3,600\"")), qPrintable(figures));

    if (!sluice::testing::havePoppler()) {
        QSKIP("poppler-utils is not installed");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("replay.pdf"));
    r = replay(QStringList(common) << QStringLiteral("--report") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    const QStringList pages = sluice::testing::pdfPageTexts(pdf);
    QVERIFY(!pages.isEmpty());
    QVERIFY(pages.back().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    const QString all = pages.join(QString());
    QVERIFY(all.contains(QStringLiteral("Sluice replay report")));
    QVERIFY(
        all.contains(QStringLiteral("Access log access.log (combined format, keyed by ip), 1 min 59 s of traffic")));
    QVERIFY(all.contains(QStringLiteral("203.0.113.66")));  // the most denied key
    QVERIFY(all.contains(QStringLiteral("this is not a log line")));
}

void TestReplayCommand::badInputExitsWithTwoAndSaysWhat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no log") << QStringList{} << QStringLiteral("--log and --report are required");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--log"), QStringLiteral("/nonexistent/access.log")}
                                  << QStringLiteral("Cannot read the log file");
    QTest::newRow("format") << QStringList{QStringLiteral("--log"), QStringLiteral("x"), QStringLiteral("--format"),
                                           QStringLiteral("apache")}
                            << QStringLiteral("--format: unknown log format 'apache'");
    QTest::newRow("pattern without time")
        << QStringList{QStringLiteral("--log"), QStringLiteral("x"), QStringLiteral("--format"),
                       QStringLiteral("$remote_addr $status")}
        << QStringLiteral("--format: the log format has no time");
    QTest::newRow("key") << QStringList{QStringLiteral("--log"), QStringLiteral("x"), QStringLiteral("--key"),
                                        QStringLiteral("path:[")}
                         << QStringLiteral("--key: '[' is not a valid regular expression");
    QTest::newRow("routes") << QStringList{QStringLiteral("--log"), QStringLiteral("x"), QStringLiteral("--routes"),
                                           QStringLiteral("/api")}
                            << QStringLiteral("--routes: '/api' is not PREFIX=ROUTE");
    QTest::newRow("speed") << QStringList{QStringLiteral("--log"), QStringLiteral("x"), QStringLiteral("--speed"),
                                          QStringLiteral("fast")}
                           << QStringLiteral("--speed");
}

void TestReplayCommand::badInputExitsWithTwoAndSaysWhat()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = replay(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.stderrText.contains(message), qPrintable(r.stderrText));
    QVERIFY(r.report.isEmpty());
}

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replay_command.moc"
