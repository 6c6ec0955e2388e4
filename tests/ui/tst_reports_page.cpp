// SPDX-License-Identifier: Apache-2.0
// The Reports page on a real engine and a database with a known day: the preview, an export with its progress,
// and the daily report written into a folder.
// SLUICE_TEST_SHOTS=DIR also writes the window at 1024x640 and 1440x900 in English and German to
// DIR/reports-LANG[-large].png, and the report's first PDF page to DIR/report-pdf-LANG-1.png, to be looked at.
#include "../engine/ReportTestSupport.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "PdfTools.h"
#include "Translations.h"
#include "pages/reports/ReportsPage.h"
#include "pages/reports/ScheduleBox.h"
#include "report/ReportChartWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sluice;
using namespace sluice::engine::report::testing;

class TestReportsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewsTheDayAndExportsIt();
    void writesTheDailyReportIntoItsFolder();
    void aFailedExportSaysWhy();
    void screenshots();

private:
    ui::ReportsPage* showPage(ui::MainWindow& window);
    QDateTime day(engine::TimeNs t) const { return QDateTime::fromMSecsSinceEpoch(engine::toUnixMs(t)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
};

void TestReportsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);  // the schedule's settings go to a test location
    app::selectLanguage(QStringLiteral("en"));
    app::installTranslations();
}

void TestReportsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = m_dir->filePath(QStringLiteral("sluice.db"));
    QVERIFY(seedReportDatabase(db.toStdString()));
    engine::RuntimeOptions o;
    o.databasePath = db.toStdString();
    o.snapshotInterval = std::chrono::milliseconds(50);
    m_host = std::make_unique<app::EngineHost>(o);
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
}

void TestReportsPage::cleanup()
{
    ui::ReportSchedule{}.save();  // off again
    m_host.reset();
    m_dir.reset();
}

ui::ReportsPage* TestReportsPage::showPage(ui::MainWindow& window)
{
    for (int i = 0; i < window.pageCount(); ++i) {
        if (window.pageId(i) == QStringLiteral("reports")) {
            window.setCurrentPage(i);
        }
    }
    return window.findChild<ui::ReportsPage*>();
}

void TestReportsPage::previewsTheDayAndExportsIt()
{
    ui::MainWindow window(m_host.get());
    window.show();
    ui::ReportsPage* page = showPage(window);
    QVERIFY(page != nullptr);
    QSignalSpy preview(page, &ui::ReportsPage::previewReady);
    page->setPeriod(day(kDayStart), day(kDayEnd));
    QVERIFY(preview.wait(10000));
    auto* kpis = window.findChild<QTableWidget*>(QStringLiteral("reportKpis"));
    QVERIFY(kpis != nullptr);
    QCOMPARE(kpis->item(0, 0)->text(), QStringLiteral("Requests"));
    QCOMPARE(kpis->item(0, 1)->text(), QStringLiteral("159,790"));
    QCOMPARE(kpis->item(2, 1)->text(), QStringLiteral("14,890"));
    auto* traffic = window.findChild<ui::ReportChartWidget*>(QStringLiteral("reportTrafficChart"));
    QCOMPARE(traffic->chart().times.size(), 144);
    QCOMPARE(traffic->chart().values[0][60], 1900.0);  // the busy minute's ten-minute step
    auto* throttle = window.findChild<ui::ReportChartWidget*>(QStringLiteral("reportThrottleChart"));
    QCOMPARE(throttle->chart().values[0][6], 0.4);  // 01:00, the high period
    QCOMPARE(throttle->chart().values[0][0], 1.0);
    auto* status = window.findChild<QLabel*>(QStringLiteral("reportStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("159,790 requests")), qPrintable(status->text()));

    auto* exportButton = window.findChild<QPushButton*>(QStringLiteral("reportExport"));
    auto* cancel = window.findChild<QPushButton*>(QStringLiteral("reportCancel"));
    QVERIFY(exportButton->isEnabled() && !cancel->isEnabled());
    QSignalSpy finished(page, &ui::ReportsPage::exportFinished);
    const QString pdf = m_dir->filePath(QStringLiteral("day.pdf"));
    page->exportTo(pdf);
    QVERIFY(!exportButton->isEnabled() && cancel->isEnabled());  // while it writes
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(exportButton->isEnabled() && !cancel->isEnabled());
    QVERIFY(QFile::exists(pdf));
    if (testing::havePoppler()) {
        const int pages = testing::pdfPages(pdf);
        QVERIFY(pages >= 3);
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("%1 pages").arg(pages)));
        QVERIFY(testing::pdfPageTexts(pdf).join(QString()).contains(QStringLiteral("159,790")));
    }
}

namespace {
// The stored notifications of one type: "title|attachments|destinations" each.
QStringList storedNotifications(const QString& database, const char* type)
{
    QStringList out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(database.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT title, attachments, destinations FROM notifications WHERE type = ?", -1, &st,
                           nullptr) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < 3; ++i) {
                columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
            }
            out << columns.join(QLatin1Char('|'));
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}
}  // namespace

void TestReportsPage::writesTheDailyReportIntoItsFolder()
{
    // The console starts with the daily report on, and the report that was due last (this morning, or yesterday
    // morning before six) is not in the folder: it is written at once rather than a day late.
    const QString folder = m_dir->filePath(QStringLiteral("daily"));
    QVERIFY(QDir().mkpath(folder));
    ui::ReportSchedule schedule;
    schedule.enabled = true;
    schedule.folder = folder;
    schedule.format = ui::ReportFormat::Json;
    schedule.sendTo = engine::channelBit(engine::Channel::Webhook);
    schedule.save();
    ui::MainWindow window(m_host.get());
    window.show();
    ui::ReportsPage* page = showPage(window);
    QVERIFY(page != nullptr);
    QSignalSpy written(page, &ui::ReportsPage::dailyReportWritten);
    auto* enabled = window.findChild<QCheckBox*>(QStringLiteral("scheduleEnabled"));
    auto* folderEdit = window.findChild<QLineEdit*>(QStringLiteral("scheduleFolder"));
    auto* format = window.findChild<QComboBox*>(QStringLiteral("scheduleFormat"));
    auto* email = window.findChild<QCheckBox*>(QStringLiteral("scheduleEmail"));
    auto* webhook = window.findChild<QCheckBox*>(QStringLiteral("scheduleWebhook"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("scheduleStatus"));
    QVERIFY(email != nullptr && webhook != nullptr);
    // The box shows the saved settings.
    QVERIFY(enabled->isChecked());
    QCOMPARE(folderEdit->text(), folder);
    QCOMPARE(format->currentText(), QStringLiteral("JSON"));
    QVERIFY(webhook->isChecked() && !email->isChecked());
    // The report may be done before the spy listens: its outcome shows on the box.
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Last daily report:")),
                              qPrintable(status->text()), 30000);
    const ui::ReportSchedule saved = ui::ReportSchedule::load();
    QDateTime start;
    QDateTime end;
    ui::ReportSchedule::periodFor(*saved.lastDue(QDateTime::currentDateTime()), start, end);
    const QString file = saved.fileFor(start);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QVERIFY(saved.written(start));
    QVERIFY2(status->text().startsWith(QStringLiteral("Last daily report: Wrote %1.").arg(file)),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("\nNext report:")), qPrintable(status->text()));
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("\"report\": \"sluice-operations\""));

    // The ops team hears of it: a report notification in the inbox naming the file, on the inbox alone here
    // (the webhook is not configured, so it is not among the ops channels).
    const QString database = m_dir->filePath(QStringLiteral("sluice.db"));
    QTRY_VERIFY_WITH_TIMEOUT(!storedNotifications(database, "report").isEmpty(), 10000);
    const QStringList rows = storedNotifications(database, "report");
    QCOMPARE(rows.size(), 1);
    const QString day = start.date().toString(Qt::ISODate);
    QCOMPARE(rows[0], QStringLiteral("Operations report for %1|[\"%2\"]|[[\"in_app\",\"\"]]").arg(day, file));

    // Its day is the one before the moment it is due.
    ui::ReportSchedule::periodFor(QDateTime(QDate(2026, 12, 1), QTime(6, 0)), start, end);
    QCOMPARE(start, QDate(2026, 11, 30).startOfDay());
    QCOMPARE(end, QDate(2026, 12, 1).startOfDay());
    QCOMPARE(saved.fileFor(start), QDir(folder).filePath(QStringLiteral("sluice-report-2026-11-30.json")));
    QCOMPARE(*saved.nextDue(QDateTime(QDate(2026, 12, 1), QTime(6, 0))), QDateTime(QDate(2026, 12, 2), QTime(6, 0)));
    QCOMPARE(*saved.nextDue(QDateTime(QDate(2026, 12, 1), QTime(5, 59))), QDateTime(QDate(2026, 12, 1), QTime(6, 0)));
    QCOMPARE(*saved.lastDue(QDateTime(QDate(2026, 12, 1), QTime(6, 0))), QDateTime(QDate(2026, 12, 1), QTime(6, 0)));
    QCOMPARE(*saved.lastDue(QDateTime(QDate(2026, 12, 1), QTime(5, 59))), QDateTime(QDate(2026, 11, 30), QTime(6, 0)));

    // A change of the settings is saved and writes nothing by itself, even with the folder emptied.
    QVERIFY(QFile::remove(file));
    email->setChecked(true);
    QCOMPARE(ui::ReportSchedule::load().sendTo,
             engine::channelBit(engine::Channel::Email) | engine::channelBit(engine::Channel::Webhook));
    QVERIFY2(status->text().startsWith(QStringLiteral("Last daily report:")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("\nNext report:")), qPrintable(status->text()));
    // "Write now" writes the last whole day and tells again; asked twice while writing, it writes once more after.
    // Between midnight and six that is the day the schedule writes next, not the one it caught up with at start.
    const qsizetype before = written.size();
    QDateTime lastDay;
    ui::ReportSchedule::periodFor(QDateTime::currentDateTime(), lastDay, end);
    page->writeScheduledNow();
    page->writeScheduledNow();
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), before + 2, 30000);
    QVERIFY(written.at(before).at(0).toBool() && written.at(before + 1).at(0).toBool());
    QVERIFY2(QFile::exists(saved.fileFor(lastDay)), qPrintable(saved.fileFor(lastDay)));
    QTRY_COMPARE_WITH_TIMEOUT(storedNotifications(database, "report").size(), 3, 10000);
}

void TestReportsPage::aFailedExportSaysWhy()
{
    ui::MainWindow window(m_host.get());
    window.show();
    ui::ReportsPage* page = showPage(window);
    QSignalSpy finished(page, &ui::ReportsPage::exportFinished);
    page->exportTo(m_dir->filePath(QStringLiteral("missing/folder/day.pdf")));
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(0).toBool());
    auto* status = window.findChild<QLabel*>(QStringLiteral("reportExportStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("day.pdf")), qPrintable(status->text()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing/folder/day.pdf"))));
}

void TestReportsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("SLUICE_TEST_SHOTS");
    if (dir.isEmpty()) {
        QSKIP("only with SLUICE_TEST_SHOTS");
    }
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        app::selectLanguage(language);
        app::installTranslations();
        QLocale::setDefault(QLocale(language));
        for (const QSize size : {QSize(1024, 640), QSize(1440, 900)}) {
            ui::MainWindow window(m_host.get());
            window.resize(size);
            window.show();
            ui::ReportsPage* page = showPage(window);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy preview(page, &ui::ReportsPage::previewReady);
            page->setPeriod(day(kDayStart), day(kDayEnd));
            QVERIFY(preview.wait(10000));
            QCoreApplication::processEvents();
            const QString suffix = size.width() > 1024 ? QStringLiteral("-large") : QString();
            QVERIFY(window.grab().save(QStringLiteral("%1/reports-%2%3.png").arg(dir, language, suffix)));
            if (size.width() == 1024) {
                QSignalSpy finished(page, &ui::ReportsPage::exportFinished);
                const QString pdf = QStringLiteral("%1/report-%2.pdf").arg(dir, language);
                page->exportTo(pdf);
                QVERIFY(finished.wait(30000));
                testing::runTool(QStringLiteral("pdftoppm"),
                                 {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), pdf,
                                  QStringLiteral("%1/report-pdf-%2").arg(dir, language)});
            }
        }
    }
    app::selectLanguage(QStringLiteral("en"));
    app::installTranslations();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reports_page.moc"
