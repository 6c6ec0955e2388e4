// SPDX-License-Identifier: Apache-2.0
// The report writers on a real database: the PDF read back with poppler, the HTML with an XML parser, the CSV
// files cell by cell; a cancel or a failure leaves no file.
#include "../engine/ReportTestSupport.h"
#include "PdfTools.h"
#include "report/ReportFiles.h"
#include "report/ReportJob.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sluice;
using namespace sluice::engine::report::testing;

class TestReportFiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void thePdfHoldsTheFiguresOnNumberedPages();
    void aLongTableRepeatsItsHeaderOnEveryPage();
    void theHtmlIsWellFormedWithItsCharts();
    void everyCsvTableDefusesFormulas();
    void aCancelLeavesNoFile_data();
    void aCancelLeavesNoFile();
    void aFailedWriteLeavesNoFile();

private:
    ui::ReportJob::Result report(const QString& out, const std::atomic<bool>* cancel = nullptr,
                                 const std::function<void(double)>& progress = {});
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportFiles::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db = m_dir.filePath(QStringLiteral("r.db"));
    QVERIFY(seedReportDatabase(m_db.toStdString()));
}

ui::ReportJob::Result TestReportFiles::report(const QString& out, const std::atomic<bool>* cancel,
                                              const std::function<void(double)>& progress)
{
    return ui::ReportJob::run({m_db, kDayStart, kDayEnd, out}, progress, cancel);
}

void TestReportFiles::thePdfHoldsTheFiguresOnNumberedPages()
{
    if (!testing::havePoppler()) {
        QSKIP("poppler-utils (pdftotext) is not installed");
    }
    const QString pdf = m_dir.filePath(QStringLiteral("day.pdf"));
    const auto result = report(pdf);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.written.files, QStringList{pdf});
    const int pages = testing::pdfPages(pdf);
    QCOMPARE(pages, result.written.pages);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QStringList texts = testing::pdfPageTexts(pdf);
    QCOMPARE(texts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(texts[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)), qPrintable(texts[i]));
        QVERIFY(texts[i].contains(QStringLiteral("Sluice operations report")));
    }
    const QString all = texts.join(QLatin1Char('\n'));
    // The key figures, as the locale writes them.
    QVERIFY(all.contains(QStringLiteral("159,790")));  // requests
    QVERIFY(all.contains(QStringLiteral("144,900")));  // allowed
    QVERIFY(all.contains(QStringLiteral("14,890")));   // denied
    QVERIFY(all.contains(QStringLiteral("9.32 %")));   // denied share
    QVERIFY(all.contains(QStringLiteral("Top denied keys")));
    QVERIFY(all.contains(QString::fromLatin1(kFormulaDeniedKey)));
    QVERIFY(all.contains(QStringLiteral("Audit summary")));
    QVERIFY(!all.contains(QStringLiteral("999,999")));  // the day before is not in it
}

void TestReportFiles::aLongTableRepeatsItsHeaderOnEveryPage()
{
    if (!testing::havePoppler()) {
        QSKIP("poppler-utils (pdftotext) is not installed");
    }
    ui::ReportOutput output;
    output.document.title = QStringLiteral("Long");
    output.document.period = QStringLiteral("today");
    output.document.pageWord = QStringLiteral("Page %1 of %2");
    ui::ReportSection section;
    section.heading = QStringLiteral("Rows");
    ui::ReportTable table;
    table.id = QStringLiteral("rows");
    table.columns = {QStringLiteral("Headerkey"), QStringLiteral("Headercount")};
    table.numeric = {false, true};
    for (int i = 0; i < 300; ++i) {
        table.rows << QStringList{QStringLiteral("row-%1").arg(i), QString::number(i)};
    }
    section.tables << table;
    output.document.sections << section;
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    const ui::ReportWritten written = ui::ReportFiles::write(output, pdf);
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    const QStringList texts = testing::pdfPageTexts(pdf);
    QVERIFY2(texts.size() >= 4, qPrintable(QString::number(texts.size())));
    for (const QString& page : texts) {
        QVERIFY2(page.contains(QStringLiteral("Headerkey")), qPrintable(page.left(400)));
    }
    QVERIFY(texts.back().contains(QStringLiteral("row-299")));
}

void TestReportFiles::theHtmlIsWellFormedWithItsCharts()
{
    const QString html = m_dir.filePath(QStringLiteral("day.html"));
    const auto result = report(html);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    int svgs = 0;
    int tables = 0;
    int paths = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            svgs += xml.name() == QLatin1String("svg") ? 1 : 0;
            tables += xml.name() == QLatin1String("table") ? 1 : 0;
            paths += xml.name() == QLatin1String("path") ? 1 : 0;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
    QCOMPARE(svgs, 3);  // traffic, score bands, throttle
    QVERIFY(paths > 0);
    QVERIFY(tables >= 10);
    QVERIFY(bytes.contains("159,790"));
    QVERIFY(!bytes.contains("<script"));
    QVERIFY(!bytes.contains("http://") || bytes.count("http://") == bytes.count("http://www.w3.org"));
}

void TestReportFiles::everyCsvTableDefusesFormulas()
{
    const QString csv = m_dir.filePath(QStringLiteral("day.csv"));
    const auto result = report(csv);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.written.files.size() >= 10);
    QVERIFY(!QFile::exists(csv));  // one file per table, beside the name given
    const auto read = [&](const QString& table) {
        QFile file(m_dir.filePath(QStringLiteral("day-%1.csv").arg(table)));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<missing>");
    };
    QVERIFY(read(QStringLiteral("kpis")).startsWith(QStringLiteral("Figure,Value\r\n")));
    QVERIFY(read(QStringLiteral("kpis")).contains(QStringLiteral("Requests,\"159,790\"\r\n")));
    // A key, a denied key and a reason that a spreadsheet would run as formulas come out as text.
    QVERIFY2(read(QStringLiteral("vip-changes")).contains(QStringLiteral("'=cmd|calc!A0")),
             qPrintable(read(QStringLiteral("vip-changes"))));
    QVERIFY(read(QStringLiteral("top-denied-keys")).contains(QStringLiteral("\r\n'=evil,")));
    QVERIFY(read(QStringLiteral("flag-changes")).contains(QStringLiteral("'@SUM(1+1)")));
    for (const QString& file : result.written.files) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray& line : f.readAll().split('\n')) {
            for (const char first : {'=', '+', '@'}) {
                QVERIFY2(!line.startsWith(first), qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(line)));
            }
        }
    }
}

void TestReportFiles::aCancelLeavesNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("pdf") << QStringLiteral("cancelled.pdf");
    QTest::newRow("html") << QStringLiteral("cancelled.html");
    QTest::newRow("csv") << QStringLiteral("cancelled.csv");
    QTest::newRow("json") << QStringLiteral("cancelled.json");
}

void TestReportFiles::aCancelLeavesNoFile()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    // Cancelled once the database is read and writing has begun (the first progress past reading).
    std::atomic<bool> cancel{false};
    const auto result = ui::ReportJob::run(
        {m_db, kDayStart, kDayEnd, dir.filePath(name)}, [&](double share) { cancel = cancel || share > 0.3; }, &cancel);
    QVERIFY(result.cancelled || name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".html")));
    if (result.cancelled) {
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
    // Cancelled before anything was written: no format leaves a file.
    QTemporaryDir other;
    cancel = true;
    const auto early = ui::ReportJob::run({m_db, kDayStart, kDayEnd, other.filePath(name)}, {}, &cancel);
    QVERIFY(early.cancelled);
    QCOMPARE(QDir(other.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestReportFiles::aFailedWriteLeavesNoFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
    auto result = ui::ReportJob::run({m_db, kDayStart, kDayEnd, missing}, {}, nullptr);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("r.pdf")), qPrintable(result.error));
    // A CSV report whose last table cannot be written takes back the tables it wrote.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("t-audit.csv")));
    result = ui::ReportJob::run({m_db, kDayStart, kDayEnd, dir.filePath(QStringLiteral("t.csv"))}, {}, nullptr);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("t-audit.csv")), qPrintable(result.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    // An unknown ending is refused by name.
    result = ui::ReportJob::run({m_db, kDayStart, kDayEnd, dir.filePath(QStringLiteral("r.docx"))}, {}, nullptr);
    QVERIFY2(result.error.contains(QStringLiteral("r.docx")), qPrintable(result.error));
}

QTEST_MAIN(TestReportFiles)
#include "tst_report_files.moc"
