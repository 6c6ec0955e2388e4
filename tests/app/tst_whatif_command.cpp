// SPDX-License-Identifier: Apache-2.0
// `sluice whatif` as a user runs it: the real binary, real files, exit codes and the report's content.
#include "../ui/PdfTools.h"
#include "SluiceRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>

class TestWhatIfCommand final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void comparesTheSameTrafficUnderTwoConfigurations();
    void sameInputsSameReport();
    void writesThePdfReportInGerman();
    void replaysTheBundledAccessLogByKey();
    void vipKeysComeFromTheDatabaseAndBChangesATier();
    void badInputExitsWithTwoAndSaysWhat_data();
    void badInputExitsWithTwoAndSaysWhat();

private:
    struct Run {
        SluiceRun process;
        QJsonObject report;
        bool reportWritten = false;
    };
    Run whatif(const QStringList& args);
    QString write(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
    QString m_strict;
    QString m_outage;
};

QString TestWhatIfCommand::write(const QString& name, const QByteArray& text)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
        return {};
    }
    return f.fileName();
}

void TestWhatIfCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // ddos-wave allows 300 a minute by default; B allows 30, and nothing more for the bulk route.
    m_strict =
        write(QStringLiteral("strict.json"), R"({"policies": [{"limit": 30, "period_ms": 60000, "burst": 10}]})");
    m_outage = write(QStringLiteral("outage.json"),
                     R"({"faults": [{"kind": "outage", "at_s": 60, "duration_s": 120, "timeout_ms": 2000}]})");
    QVERIFY(!m_strict.isEmpty() && !m_outage.isEmpty());
}

TestWhatIfCommand::Run TestWhatIfCommand::whatif(const QStringList& args)
{
    static int runs = 0;
    const QString reportPath = m_dir.filePath(QStringLiteral("report-%1.json").arg(++runs));
    QStringList all{QStringLiteral("whatif")};
    all << args;
    if (!args.contains(QStringLiteral("--report"))) {
        all << QStringLiteral("--report") << reportPath;
    }
    Run run;
    run.process = runSluice(all);
    QFile f(reportPath);
    run.reportWritten = f.exists();
    if (f.open(QIODevice::ReadOnly)) {
        run.report = QJsonDocument::fromJson(f.readAll()).object();
    }
    return run;
}

void TestWhatIfCommand::comparesTheSameTrafficUnderTwoConfigurations()
{
    const Run r = whatif({QStringLiteral("--scenario"), QStringLiteral("ddos-wave"), QStringLiteral("--b"), m_strict,
                          QStringLiteral("--faults"), m_outage, QStringLiteral("--duration"), QStringLiteral("4m")});
    QVERIFY2(r.process.exitCode == 0, qPrintable(r.process.err));
    const QJsonObject& j = r.report;
    QCOMPARE(j[QStringLiteral("scenario")].toString(), QStringLiteral("ddos-wave"));
    QCOMPARE(j[QStringLiteral("simulated_seconds")].toInteger(), 240);
    const qint64 requests = j[QStringLiteral("requests_per_side")].toInteger();
    QVERIFY(requests > 10000);
    const QJsonObject a = j[QStringLiteral("sides")][QStringLiteral("a")][QStringLiteral("figures")].toObject();
    const QJsonObject b = j[QStringLiteral("sides")][QStringLiteral("b")][QStringLiteral("figures")].toObject();
    // The same requests on both sides, split into legitimate and abusive alike.
    for (const char* field : {"legitimate_requests", "abusive_requests"}) {
        QCOMPARE(a[QLatin1String(field)].toInteger(), b[QLatin1String(field)].toInteger());
    }
    QCOMPARE(a[QStringLiteral("legitimate_requests")].toInteger() + a[QStringLiteral("abusive_requests")].toInteger(),
             requests);
    // A tenth of the limit: more legitimate requests denied.
    QVERIFY(b[QStringLiteral("legitimate_denied_percent")].toDouble() >
            a[QStringLiteral("legitimate_denied_percent")].toDouble());
    const QJsonObject verdict = j[QStringLiteral("verdict")].toObject();
    QVERIFY(!verdict[QStringLiteral("kind")].toString().isEmpty());
    QVERIFY(verdict[QStringLiteral("text")].toString().contains(QStringLiteral("legitimate requests denied")));
    // The terminal gets the verdict in the language of the interface (the report keeps English).
    QVERIFY2(r.process.out.contains(QStringLiteral("legitimate requests denied")), qPrintable(r.process.out));
    // The outage made the throttle of both runs leave "none".
    for (const QJsonObject& side : {a, b}) {
        const QJsonObject levels = side[QStringLiteral("seconds_in_throttle_level")].toObject();
        QVERIFY(levels[QStringLiteral("none")].toDouble() < 240);
    }
    QCOMPARE(j[QStringLiteral("faults")].toArray().size(), 1);
    const QJsonObject timeline = j[QStringLiteral("timeline")].toObject();
    QCOMPARE(timeline[QStringLiteral("interval_s")].toInteger(), 1);
    QCOMPARE(timeline[QStringLiteral("points")].toArray().size(), 240);
}

void TestWhatIfCommand::sameInputsSameReport()
{
    const QStringList args{
        QStringLiteral("--scenario"), QStringLiteral("flash-crowd"), QStringLiteral("--b"),    m_strict,
        QStringLiteral("--duration"), QStringLiteral("3m"),          QStringLiteral("--seed"), QStringLiteral("11")};
    Run first = whatif(args);
    Run second = whatif(args);
    QVERIFY2(first.process.exitCode == 0 && second.process.exitCode == 0,
             qPrintable(first.process.err + second.process.err));
    first.report.remove(QStringLiteral("wall_seconds"));
    second.report.remove(QStringLiteral("wall_seconds"));
    QCOMPARE(second.report, first.report);
    QCOMPARE(first.report[QStringLiteral("seed")].toInteger(), 11);
}

void TestWhatIfCommand::writesThePdfReportInGerman()
{
    if (!sluice::testing::havePoppler()) {
        QSKIP("poppler-utils is not installed");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("vergleich.pdf"));
    const Run r = whatif({QStringLiteral("--scenario"), QStringLiteral("ddos-wave"), QStringLiteral("--b"), m_strict,
                          QStringLiteral("--duration"), QStringLiteral("5m"), QStringLiteral("--report"), pdf,
                          QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY2(r.process.exitCode == 0, qPrintable(r.process.err));
    const QStringList pages = sluice::testing::pdfPageTexts(pdf);
    QVERIFY(!pages.isEmpty());
    const QString all = pages.join(QString());
    QVERIFY2(all.contains(QStringLiteral("Sluice-Was-wäre-wenn-Bericht")), qPrintable(all.left(600)));
    QVERIFY(all.contains(QStringLiteral("Seite 1 von %1").arg(pages.size())));
    QVERIFY(all.contains(QStringLiteral("Legitime Anfragen abgelehnt")));
    // The verdict the terminal printed is the report's too.
    const QString verdict = r.process.out.split(QLatin1Char('\n')).value(1).left(30);
    QVERIFY2(!verdict.isEmpty() && all.simplified().contains(verdict.simplified()), qPrintable(verdict));
}

void TestWhatIfCommand::replaysTheBundledAccessLogByKey()
{
    const QString log = QStringLiteral(SLUICE_SOURCE_DIR "/../shared/data/logs/apache_logs.log");
    if (!QFile::exists(log)) {
        QSKIP("the shared access log is not here");
    }
    // Five requests a minute instead of the default: the busiest addresses of the real log feel it.
    const QString strict =
        write(QStringLiteral("five.json"), R"({"policies": [{"limit": 5, "period_ms": 60000, "burst": 3}]})");
    const Run r = whatif({QStringLiteral("--log"), log, QStringLiteral("--b"), strict});
    QVERIFY2(r.process.exitCode == 0, qPrintable(r.process.err));
    const QJsonObject logInfo = r.report[QStringLiteral("log")].toObject();
    QCOMPARE(logInfo[QStringLiteral("lines_read")].toInteger(), 10000);
    QVERIFY(logInfo[QStringLiteral("keys_seen")].toInteger() > 1000);
    const qint64 changed = logInfo[QStringLiteral("keys_changed")].toInteger();
    QVERIFY(changed > 0 && changed < logInfo[QStringLiteral("keys_seen")].toInteger());
    const QJsonArray top = logInfo[QStringLiteral("top_changed_keys")].toArray();
    QCOMPARE(top.size(), 20);
    // The most changed first: B denies the first key at least as many more times as the next.
    const auto change = [](const QJsonValue& k) {
        return std::abs(k[QStringLiteral("denied_b")].toInteger() - k[QStringLiteral("denied_a")].toInteger());
    };
    for (qsizetype i = 1; i < top.size(); ++i) {
        QVERIFY(change(top[i - 1]) >= change(top[i]));
    }
    QCOMPARE(r.report[QStringLiteral("verdict")].toObject()[QStringLiteral("kind")].toString(),
             QStringLiteral("by_key"));
    QVERIFY2(r.process.out.contains(QStringLiteral("keys of")), qPrintable(r.process.out));
    // A log brings its own traffic: faults and a duration are refused, and a missing log is named.
    Run refused =
        whatif({QStringLiteral("--log"), log, QStringLiteral("--b"), strict, QStringLiteral("--faults"), m_outage});
    QCOMPARE(refused.process.exitCode, 2);
    refused =
        whatif({QStringLiteral("--log"), m_dir.filePath(QStringLiteral("none.log")), QStringLiteral("--b"), strict});
    QCOMPARE(refused.process.exitCode, 2);
    QVERIFY2(refused.process.err.contains(QStringLiteral("none.log")), qPrintable(refused.process.err));
}

// Two addresses at two requests a second against 60 a minute; one of them is a gold VIP in the database. B differs
// from A only in gold's multiplier (3 instead of the stored 1.5): that key alone is treated differently.
void TestWhatIfCommand::vipKeysComeFromTheDatabaseAndBChangesATier()
{
    QByteArray lines;
    for (int sec = 0; sec < 300; ++sec) {
        for (const char* ip : {"10.0.0.1", "10.0.0.2"}) {
            for (int twice = 0; twice < 2; ++twice) {
                lines += QStringLiteral("%1 - - [30/Nov/2026:12:%2:%3 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"t\"\n")
                             .arg(QLatin1String(ip))
                             .arg(sec / 60, 2, 10, QLatin1Char('0'))
                             .arg(sec % 60, 2, 10, QLatin1Char('0'))
                             .toUtf8();
            }
        }
    }
    const QString log = write(QStringLiteral("vip.log"), lines);
    const QString limits =
        write(QStringLiteral("sixty.json"), R"({"policies": [{"limit": 60, "period_ms": 60000, "burst": 10}]})");
    const QString csv = write(QStringLiteral("vips.csv"), "key,tier,expires,notes\n10.0.0.1,gold,,partner\n");
    const QString db = m_dir.filePath(QStringLiteral("vip.db"));
    const SluiceRun imported =
        runSluice({QStringLiteral("vip"), QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QStringList common{QStringLiteral("--log"), log,   QStringLiteral("--a"), limits,
                             QStringLiteral("--b"),   limits};

    // Without the database both sides see two ordinary keys: nothing changes.
    Run r = whatif(common);
    QVERIFY2(r.process.exitCode == 0, qPrintable(r.process.err));
    QCOMPARE(r.report[QStringLiteral("log")].toObject()[QStringLiteral("keys_changed")].toInteger(), 0);

    r = whatif(common +
               QStringList{QStringLiteral("--db"), db, QStringLiteral("--b-vip-tier"), QStringLiteral("gold=3")});
    QVERIFY2(r.process.exitCode == 0, qPrintable(r.process.err));
    const QJsonObject logInfo = r.report[QStringLiteral("log")].toObject();
    QCOMPARE(logInfo[QStringLiteral("keys_seen")].toInteger(), 2);
    QCOMPARE(logInfo[QStringLiteral("keys_changed")].toInteger(), 1);
    const QJsonObject vip = logInfo[QStringLiteral("top_changed_keys")].toArray().at(0).toObject();
    QCOMPARE(vip[QStringLiteral("key")].toString(), QStringLiteral("10.0.0.1"));
    QCOMPARE(vip[QStringLiteral("requests")].toInteger(), 600);
    // Gold at 1.5 (A) lets 90 a minute through, at 3 (B) 180: B denies the VIP far less.
    QVERIFY2(vip[QStringLiteral("denied_a")].toInteger() > 100,
             qPrintable(QString::number(vip[QStringLiteral("denied_a")].toInteger())));
    QVERIFY(vip[QStringLiteral("denied_b")].toInteger() < vip[QStringLiteral("denied_a")].toInteger() / 4);

    // What cannot be used is refused by name, with exit code 2.
    const auto refused = [&](const QStringList& extra, const QString& message) {
        const Run bad = whatif(common + extra);
        return bad.process.exitCode == 2 && bad.process.err.contains(QStringLiteral("sluice: ") + message);
    };
    QVERIFY(refused({QStringLiteral("--b-vip-tier"), QStringLiteral("gold=3")},
                    QStringLiteral("--b-vip-tier changes a tier of --db <file>, which names none")));
    QVERIFY(refused({QStringLiteral("--db"), db, QStringLiteral("--b-vip-tier"), QStringLiteral("diamond=2")},
                    QStringLiteral("--b-vip-tier: %1 has no VIP tier diamond").arg(db)));
    QVERIFY(refused({QStringLiteral("--db"), db, QStringLiteral("--b-vip-tier"), QStringLiteral("gold=9")},
                    QStringLiteral("--b-vip-tier: the multiplier of gold must lie between 1 and 5, not 9")));
    QVERIFY(refused({QStringLiteral("--db"), db, QStringLiteral("--b-vip-tier"), QStringLiteral("gold=nan")},
                    QStringLiteral("--b-vip-tier: 'gold=nan' is not a tier and a multiplier, like gold=3")));
    QVERIFY(refused({QStringLiteral("--db"), db, QStringLiteral("--b-vip-tier"), QStringLiteral("gold")},
                    QStringLiteral("--b-vip-tier: 'gold' is not a tier and a multiplier, like gold=3")));
    QVERIFY(refused({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db"))}, QStringLiteral("--db: ")));
}

void TestWhatIfCommand::badInputExitsWithTwoAndSaysWhat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString scenario = QStringLiteral("--scenario");
    QTest::newRow("no b") << QStringList{scenario, QStringLiteral("normal-day")}
                          << QStringLiteral("--scenario, --b and --report are required");
    QTest::newRow("unknown scenario") << QStringList{scenario, QStringLiteral("no-such"), QStringLiteral("--b"),
                                                     QStringLiteral("strict.json")}
                                      << QStringLiteral("no-such");
    QTest::newRow("b missing") << QStringList{scenario, QStringLiteral("normal-day"), QStringLiteral("--b"),
                                              QStringLiteral("/nonexistent/b.json")}
                               << QStringLiteral("--b: ");
    QTest::newRow("bad fault") << QStringList{scenario,
                                              QStringLiteral("normal-day"),
                                              QStringLiteral("--b"),
                                              QStringLiteral("strict.json"),
                                              QStringLiteral("--faults"),
                                              QStringLiteral("bad-faults.json")}
                               << QStringLiteral("bad-faults.json: faults[0].rate: must be between 0 and 1");
    QTest::newRow("not a report format") << QStringList{scenario,
                                                        QStringLiteral("normal-day"),
                                                        QStringLiteral("--b"),
                                                        QStringLiteral("strict.json"),
                                                        QStringLiteral("--report"),
                                                        QStringLiteral("out.docx")}
                                         << QStringLiteral("--report: 'out.docx' does not end in .json, .pdf");
    QTest::newRow("bad duration") << QStringList{scenario,
                                                 QStringLiteral("normal-day"),
                                                 QStringLiteral("--b"),
                                                 QStringLiteral("strict.json"),
                                                 QStringLiteral("--duration"),
                                                 QStringLiteral("soon")}
                                  << QStringLiteral("--duration: 'soon'");
}

void TestWhatIfCommand::badInputExitsWithTwoAndSaysWhat()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QVERIFY(!write(QStringLiteral("bad-faults.json"),
                   R"({"faults": [{"kind": "errors", "at_s": 0, "duration_s": 60, "rate": 2}]})")
                 .isEmpty());
    for (QString& a : args) {
        if (a.endsWith(QLatin1String(".json")) && !a.startsWith(QLatin1Char('/'))) {
            a = m_dir.filePath(a);
        }
    }
    const Run r = whatif(args);
    QCOMPARE(r.process.exitCode, 2);
    QVERIFY2(r.process.err.contains(message), qPrintable(r.process.err));
    QVERIFY(!r.reportWritten);
}

QTEST_GUILESS_MAIN(TestWhatIfCommand)
#include "tst_whatif_command.moc"
