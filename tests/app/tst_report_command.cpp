// SPDX-License-Identifier: Apache-2.0
// `sluice report` as a user runs it: a real database, the real binary, the PDF read back with poppler, in English
// and German, and every refusal with its reason.
#include "../engine/ReportTestSupport.h"
#include "../ui/PdfTools.h"
#include "SluiceRun.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice::engine::report::testing;

class TestReportCommand final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writesThePdfOfADay();
    void writesItInGerman();
    void writesJsonHtmlAndCsv();
    void refusesWhatItCannotDo();

private:
    QStringList dayArgs(const QString& out) const
    {
        return {QStringLiteral("report"),
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--from"),
                QStringLiteral("2026-11-30T00:00:00Z"),
                QStringLiteral("--to"),
                QStringLiteral("2026-12-01T00:00Z"),
                QStringLiteral("--out"),
                out};
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportCommand::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("sluice.db"));
    QVERIFY(seedReportDatabase(m_db.toStdString()));
    qputenv("LANG", "en_US.UTF-8");
    qputenv("LC_ALL", "en_US.UTF-8");
}

void TestReportCommand::writesThePdfOfADay()
{
    if (!sluice::testing::havePoppler()) {
        QSKIP("poppler-utils is not installed");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("day.pdf"));
    const SluiceRun run = runSluice(dayArgs(pdf) << QStringLiteral("--lang") << QStringLiteral("en"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int pages = sluice::testing::pdfPages(pdf);
    QVERIFY(pages >= 3);
    QCOMPARE(run.out.trimmed(), QStringLiteral("Wrote %1 (%2 pages)").arg(QDir::toNativeSeparators(pdf)).arg(pages));
    const QStringList texts = sluice::testing::pdfPageTexts(pdf);
    QCOMPARE(texts.size(), pages);
    QVERIFY(texts.back().contains(QStringLiteral("Page %1 of %1").arg(pages)));
    const QString all = texts.join(QString());
    QVERIFY(all.contains(QStringLiteral("159,790")));
    QVERIFY(all.contains(QStringLiteral("Busiest second (requests)")));
}

void TestReportCommand::writesItInGerman()
{
    if (!sluice::testing::havePoppler()) {
        QSKIP("poppler-utils is not installed");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("tag.pdf"));
    const SluiceRun run = runSluice(dayArgs(pdf) << QStringLiteral("--lang") << QStringLiteral("de"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("geschrieben")), qPrintable(run.out));
    const QStringList texts = sluice::testing::pdfPageTexts(pdf);
    const QString all = texts.join(QString());
    QVERIFY(all.contains(QStringLiteral("Sluice-Betriebsbericht")));
    QVERIFY(all.contains(QStringLiteral("Seite 1 von %1").arg(texts.size())));
    QVERIFY(all.contains(QStringLiteral("159.790")));  // German digit grouping
    QVERIFY(all.contains(QStringLiteral("9,32 %")));
    QVERIFY(all.contains(QStringLiteral("Kennzahlen")));
}

void TestReportCommand::writesJsonHtmlAndCsv()
{
    const QString json = m_dir.filePath(QStringLiteral("day.json"));
    SluiceRun run = runSluice(dayArgs(json));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc[QStringLiteral("kpis")].toObject()[QStringLiteral("requests")].toInteger(),
             static_cast<qint64>(kAllowed + kDenied));
    QCOMPARE(doc[QStringLiteral("from")].toString(), QStringLiteral("2026-11-30T00:00:00Z"));

    run = runSluice(dayArgs(m_dir.filePath(QStringLiteral("day.html"))));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("day.html"))));

    const QString csv = m_dir.filePath(QStringLiteral("day.csv"));
    run = runSluice(dayArgs(csv));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("day-kpis.csv")))));
    QFile vip(m_dir.filePath(QStringLiteral("day-vip-changes.csv")));
    QVERIFY(vip.open(QIODevice::ReadOnly));
    QVERIFY(vip.readAll().contains("'=cmd|calc!A0"));
}

void TestReportCommand::refusesWhatItCannotDo()
{
    SluiceRun run = runSluice(dayArgs(m_dir.filePath(QStringLiteral("day.docx"))));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("day.docx")), qPrintable(run.err));
    run = runSluice({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                     m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--from or --last")), qPrintable(run.err));
    run = runSluice({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                     QStringLiteral("yesterday"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--from: 'yesterday'")), qPrintable(run.err));
    run = runSluice({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                     QStringLiteral("2026-12-02"), QStringLiteral("--to"), QStringLiteral("2026-12-01"),
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("ends before it starts")), qPrintable(run.err));
    run = runSluice({QStringLiteral("report"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")),
                     QStringLiteral("--last"), QStringLiteral("7d"), QStringLiteral("--out"),
                     m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("none.db")), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_report_command.moc"
