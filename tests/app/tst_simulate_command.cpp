// SPDX-License-Identifier: Apache-2.0
// `sluice simulate` as a user runs it: the real binary, real files, exit codes and the report's content.
#include "../ui/PdfTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestSimulateCommand final : public QObject {
    Q_OBJECT

private slots:
    void writesTheDocumentedReport();
    void sameSeedSameReport();
    void theReportAlsoComesAsPdfHtmlAndCsv();
    void everyBuiltinScenarioRuns_data();
    void everyBuiltinScenarioRuns();
    void badInputExitsWithTwoAndSaysWhat_data();
    void badInputExitsWithTwoAndSaysWhat();
    void aMalformedScenarioFileNamesFileAndField();

private:
    struct Run {
        int exitCode = -1;
        QString stderrText;
        QJsonObject report;
    };
    Run simulate(const QStringList& args);
    QTemporaryDir m_dir;
};

TestSimulateCommand::Run TestSimulateCommand::simulate(const QStringList& args)
{
    const QString reportPath =
        m_dir.filePath(QStringLiteral("report-%1.json").arg(QRandomGenerator::global()->generate()));
    QProcess p;
    QStringList all{QStringLiteral("simulate")};
    all << args;
    if (!args.contains(QStringLiteral("--report"))) {
        all << QStringLiteral("--report") << reportPath;
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

void TestSimulateCommand::writesTheDocumentedReport()
{
    const Run r = simulate({QStringLiteral("--scenario"), QStringLiteral("normal-day"), QStringLiteral("--duration"),
                            QStringLiteral("5m"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    const QJsonObject& j = r.report;
    QCOMPARE(j[QStringLiteral("scenario")].toString(), QStringLiteral("normal-day"));
    QCOMPARE(j[QStringLiteral("seed")].toInteger(), 7);
    QCOMPARE(j[QStringLiteral("simulated_seconds")].toDouble(), 300.0);
    QVERIFY(j[QStringLiteral("wall_seconds")].toDouble() > 0);
    QVERIFY(j[QStringLiteral("requests_per_wall_second")].toDouble() > 0);
    const QJsonObject requests = j[QStringLiteral("requests")].toObject();
    const qint64 total = requests[QStringLiteral("total")].toInteger();
    QVERIFY(total > 100000);
    QCOMPARE(requests[QStringLiteral("allowed")].toInteger() + requests[QStringLiteral("denied")].toInteger(), total);
    // Per class: the classes of the scenario, adding up to the totals.
    const QJsonObject byClass = j[QStringLiteral("by_class")].toObject();
    qint64 sum = 0;
    qint64 keys = 0;
    for (const QString& name : byClass.keys()) {
        const QJsonObject c = byClass[name].toObject();
        sum += c[QStringLiteral("requests")].toInteger();
        keys += c[QStringLiteral("keys")].toInteger();
        QCOMPARE(c[QStringLiteral("allowed")].toInteger() + c[QStringLiteral("denied")].toInteger(),
                 c[QStringLiteral("requests")].toInteger());
    }
    QCOMPARE(sum, total);
    QCOMPARE(keys, 100000);
    QVERIFY(byClass.contains(QStringLiteral("normal")) && byClass.contains(QStringLiteral("abusive")));
    // The abusive clients are the ones denied; normal users are not.
    QVERIFY(byClass[QStringLiteral("abusive")].toObject()[QStringLiteral("denied")].toInteger() > 0);
    QCOMPARE(byClass[QStringLiteral("normal")].toObject()[QStringLiteral("denied")].toInteger(), 0);
    const QJsonObject reputation = j[QStringLiteral("reputation")].toObject();
    const QJsonArray histogram = reputation[QStringLiteral("histogram")].toArray();
    QCOMPARE(histogram.size(), 20);
    qint64 binned = 0;
    for (const auto& bin : histogram) {
        binned += bin.toInteger();
    }
    const QJsonObject tiers = reputation[QStringLiteral("tiers")].toObject();
    QCOMPARE(binned, tiers[QStringLiteral("flagged")].toInteger() + tiers[QStringLiteral("standard")].toInteger() +
                         tiers[QStringLiteral("trusted")].toInteger());
    QVERIFY(tiers[QStringLiteral("flagged")].toInteger() > 0);
    const QJsonObject throttle = j[QStringLiteral("throttle")].toObject();
    QCOMPARE(throttle[QStringLiteral("time_in_level")].toObject().size(), 5);
    QVERIFY(throttle[QStringLiteral("transitions")].isArray());
    const QJsonArray top = j[QStringLiteral("top_denied")].toArray();
    QVERIFY(!top.isEmpty());
    QVERIFY(top[0].toObject()[QStringLiteral("denied")].toInteger() >=
            top[top.size() - 1].toObject()[QStringLiteral("denied")].toInteger());
}

void TestSimulateCommand::sameSeedSameReport()
{
    const QStringList args{QStringLiteral("--scenario"), QStringLiteral("flash-crowd"), QStringLiteral("--duration"),
                           QStringLiteral("3m"),         QStringLiteral("--seed"),      QStringLiteral("99")};
    Run a = simulate(args);
    Run b = simulate(args);
    QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.stderrText + b.stderrText));
    for (Run* r : {&a, &b}) {
        r->report.remove(QStringLiteral("wall_seconds"));
        r->report.remove(QStringLiteral("requests_per_wall_second"));
    }
    QCOMPARE(a.report, b.report);
    QStringList other = args;
    other.last() = QStringLiteral("100");
    Run c = simulate(other);
    c.report.remove(QStringLiteral("wall_seconds"));
    c.report.remove(QStringLiteral("requests_per_wall_second"));
    QVERIFY(c.report != a.report);
}

void TestSimulateCommand::theReportAlsoComesAsPdfHtmlAndCsv()
{
    // The same run (scenario and seed) as JSON and in the three other formats: the figures a reader sees on paper
    // are the JSON's, in the reader's language.
    const QStringList run{QStringLiteral("--scenario"), QStringLiteral("ddos-wave"), QStringLiteral("--duration"),
                          QStringLiteral("15m"),        QStringLiteral("--seed"),    QStringLiteral("7")};
    const Run json = simulate(run);
    QVERIFY2(json.exitCode == 0, qPrintable(json.stderrText));
    const qint64 total = json.report[QStringLiteral("requests")].toObject()[QStringLiteral("total")].toInteger();
    const qint64 ddosDenied = json.report[QStringLiteral("by_class")]
                                  .toObject()[QStringLiteral("ddos")]
                                  .toObject()[QStringLiteral("denied")]
                                  .toInteger();
    QVERIFY(total > 0 && ddosDenied > 0);

    qputenv("LC_ALL", "en_US.UTF-8");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
    Run r = simulate(QStringList(run) << QStringLiteral("--report") << csv << QStringLiteral("--lang")
                                      << QStringLiteral("en"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    QFile classes(m_dir.filePath(QStringLiteral("run-classes.csv")));
    QVERIFY(classes.open(QIODevice::ReadOnly));
    const QString classesText = QString::fromUtf8(classes.readAll());
    QVERIFY2(classesText.contains(QStringLiteral("DDoS waves")), qPrintable(classesText));
    QVERIFY2(classesText.contains(english.toString(ddosDenied)), qPrintable(classesText));
    for (const char* table : {"kpis", "traffic", "tiers", "routes", "keys-by-tier", "throttle-levels",
                              "top-denied-keys", "reputation-at-end", "reputation-before-attack"}) {
        QVERIFY2(QFile::exists(m_dir.filePath(QStringLiteral("run-%1.csv").arg(QLatin1String(table)))), table);
    }

    const QString html = m_dir.filePath(QStringLiteral("run.html"));
    r = simulate(QStringList(run) << QStringLiteral("--report") << html);
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&htmlFile);
    int svgs = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg")) {
            ++svgs;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(svgs, 2);  // traffic over time and the reputation histogram

    if (!sluice::testing::havePoppler()) {
        QSKIP("poppler-utils is not installed");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("run.pdf"));
    r = simulate(QStringList(run) << QStringLiteral("--report") << pdf << QStringLiteral("--lang")
                                  << QStringLiteral("en"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    const QStringList pages = sluice::testing::pdfPageTexts(pdf);
    QVERIFY(pages.size() >= 2);
    QVERIFY(pages.back().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    const QString all = pages.join(QString());
    QVERIFY(all.contains(QStringLiteral("Sluice simulation report")));
    QVERIFY(all.contains(QStringLiteral("ddos-wave, seed 7, 15 minutes of simulated traffic")));
    QVERIFY(all.contains(english.toString(total)));
    QVERIFY(all.contains(english.toString(ddosDenied)));

    const QString german = m_dir.filePath(QStringLiteral("lauf.pdf"));
    r = simulate(QStringList(run) << QStringLiteral("--report") << german << QStringLiteral("--lang")
                                  << QStringLiteral("de"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    const QString deutsch = sluice::testing::pdfPageTexts(german).join(QString());
    QVERIFY(deutsch.contains(QStringLiteral("Sluice-Simulationsbericht")));
    QVERIFY(deutsch.contains(QLocale(QLocale::German, QLocale::Germany).toString(total)));
    QVERIFY(deutsch.contains(QStringLiteral("Seite 1 von")));
}

void TestSimulateCommand::everyBuiltinScenarioRuns_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char* name : {"normal-day", "flash-crowd", "credential-stuffing", "slow-scraper", "ddos-wave"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestSimulateCommand::everyBuiltinScenarioRuns()
{
    QFETCH(QString, scenario);
    const Run r =
        simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--duration"), QStringLiteral("2m")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    QCOMPARE(r.report[QStringLiteral("scenario")].toString(), scenario);
    QVERIFY(r.report[QStringLiteral("requests")].toObject()[QStringLiteral("total")].toInteger() > 0);
}

void TestSimulateCommand::badInputExitsWithTwoAndSaysWhat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("no-such")}
                                      << QStringLiteral("no-such");
    QTest::newRow("bad duration") << QStringList{QStringLiteral("--scenario"), QStringLiteral("normal-day"),
                                                 QStringLiteral("--duration"), QStringLiteral("ten minutes")}
                                  << QStringLiteral("--duration");
    QTest::newRow("bad speed") << QStringList{QStringLiteral("--scenario"), QStringLiteral("normal-day"),
                                              QStringLiteral("--speed"), QStringLiteral("0.5")}
                               << QStringLiteral("--speed");
    QTest::newRow("no scenario") << QStringList{} << QStringLiteral("--scenario");
    QTest::newRow("report format") << QStringList{QStringLiteral("--scenario"), QStringLiteral("normal-day"),
                                                  QStringLiteral("--report"), QStringLiteral("day.txt")}
                                   << QStringLiteral("--report: 'day.txt' does not end in .json, .pdf, .html or .csv");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--scenario"), QStringLiteral("normal-day"),
                                                   QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
}

void TestSimulateCommand::badInputExitsWithTwoAndSaysWhat()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = simulate(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.stderrText.contains(mentions), qPrintable(r.stderrText));
}

void TestSimulateCommand::aMalformedScenarioFileNamesFileAndField()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "broken", "populations": [{"class": "normal", "keys": -5, "key_prefix": "u-"}]})");
    f.close();
    const Run r = simulate({QStringLiteral("--scenario"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.stderrText.contains(QStringLiteral("broken.json")), qPrintable(r.stderrText));
    QVERIFY2(r.stderrText.contains(QStringLiteral("populations[0].keys")), qPrintable(r.stderrText));
}

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_simulate_command.moc"
