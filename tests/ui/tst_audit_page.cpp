// SPDX-License-Identifier: Apache-2.0
// The Audit page on a real engine and database: rows appear as admin commands finish, filters narrow them
// and the CSV export writes them.
#include "CurrentUser.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "pages/audit/AuditLog.h"
#include "pages/audit/AuditPage.h"
#include "pages/audit/AuditTableModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <sqlite3.h>

#include <cstdlib>

using namespace sluice;

class TestAuditPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void showsFiltersAndExportsTheLog();
    void pagesThroughALongLog();
    void aFailedExportSaysSo();
    void formulasInTheLogAreDefusedInTheExport();
    void showsEngineTimeWhileASimulationRunsAhead();

private:
    void send(engine::Command command);
    engine::ManualPacingClock m_pacing;  // outlives every host whose simulation waits on it
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
};

void TestAuditPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    m_host = std::make_unique<app::EngineHost>(o);
}

void TestAuditPage::send(engine::Command command)
{
    QSignalSpy finished(m_host.get(), &app::EngineHost::commandFinished);
    m_host->sendCommand(std::move(command));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
}

void TestAuditPage::showsFiltersAndExportsTheLog()
{
    ui::MainWindow window(m_host.get());
    window.show();
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
    int auditIndex = -1;
    for (int i = 0; i < window.pageCount(); ++i) {
        auditIndex = window.pageId(i) == QStringLiteral("audit") ? i : auditIndex;
    }
    QVERIFY(auditIndex >= 0);
    window.setCurrentPage(auditIndex);
    auto* page = window.findChild<ui::AuditPage*>(QStringLiteral("auditPage"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("auditTable"));
    auto* empty = window.findChild<QLabel*>(QStringLiteral("auditEmpty"));
    QVERIFY(page && table && empty);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible() && empty->text().contains(QStringLiteral("No admin actions")), 10000);

    send(engine::cmd::PutVipTier{"bronze", 1.1});
    send(engine::cmd::AssignVip{"alice", "gold", 0, "contract 7", "ops"});
    send(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::High, "load test, \"phase 2\"", 0,
                                          ui::currentUserName().toStdString()});
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    QVERIFY(table->isVisible());
    const QAbstractItemModel* model = table->model();
    // Actions and the engine's own targets in words, their ids in the tooltip.
    QCOMPARE(model->index(0, ui::AuditTableModel::ActionColumn).data().toString(),
             QStringLiteral("Throttle override set"));
    QCOMPARE(model->index(0, ui::AuditTableModel::ActionColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Throttle override set (throttle.override)"));
    QCOMPARE(model->index(0, ui::AuditTableModel::TargetColumn).data().toString(), QStringLiteral("Auto-throttle"));
    QCOMPARE(model->index(0, ui::AuditTableModel::TargetColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Auto-throttle (engine.throttle_override)"));
    QCOMPARE(model->index(1, ui::AuditTableModel::ActionColumn).data().toString(), QStringLiteral("VIP assigned"));
    QCOMPARE(model->index(2, ui::AuditTableModel::ActionColumn).data().toString(), QStringLiteral("VIP tier saved"));
    QCOMPARE(model->index(0, ui::AuditTableModel::ActorColumn).data().toString(), ui::currentUserName());
    QCOMPARE(model->index(0, ui::AuditTableModel::BeforeColumn).data().toString(), QStringLiteral("—"));
    const QString after = model->index(0, ui::AuditTableModel::AfterColumn).data().toString();
    QVERIFY2(after.contains(QStringLiteral("level: high")), qPrintable(after));
    QVERIFY2(model->index(0, ui::AuditTableModel::AfterColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("\"level\":\"high\"")),
             qPrintable(after));
    QCOMPARE(model->index(1, ui::AuditTableModel::AfterColumn).data().toString(),
             QStringLiteral("expires at: never, tier: gold"));
    QCOMPARE(model->index(2, ui::AuditTableModel::TargetColumn).data().toString(), QStringLiteral("bronze"));
    QCOMPARE(model->index(2, ui::AuditTableModel::BeforeColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));

    auto* action = window.findChild<QComboBox*>(QStringLiteral("auditActionFilter"));
    QTRY_VERIFY_WITH_TIMEOUT(action->findData(QStringLiteral("vip.assign")) > 0, 10000);
    QCOMPARE(action->itemText(action->findData(QStringLiteral("vip.assign"))), QStringLiteral("VIP assigned"));
    action->setCurrentIndex(action->findData(QStringLiteral("vip.assign")));
    emit action->activated(action->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QCOMPARE(model->index(0, ui::AuditTableModel::TargetColumn).data().toString(), QStringLiteral("alice"));

    action->setCurrentIndex(0);
    emit action->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("auditSearch"));
    search->setText(QStringLiteral("phase 2"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, ui::AuditTableModel::ActionColumn).data().toString(),
                              QStringLiteral("Throttle override set"), 10000);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);

    // A row from two hours ago, written by another connection: only an ignored time filter would show it.
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(m_dir->filePath(QStringLiteral("sluice.db")).toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_busy_timeout(db, 10000);
        const std::string sql = "INSERT INTO audit_log (at, actor, action, target, before, after, reason) VALUES (" +
                                std::to_string(QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000) +
                                ", 'ops', 'vip.assign', 'two-hours-ago', NULL, '{\"tier\":\"gold\"}', 'older')";
        QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    auto* period = window.findChild<QComboBox*>(QStringLiteral("auditPeriodFilter"));
    emit period->activated(0);  // any time: read again, and the older row is there
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
    // Written without an engine time, as rows from before schema 4 are: shown at its wall-clock time.
    QCOMPARE(model->index(0, ui::AuditTableModel::TargetColumn).data().toString(), QStringLiteral("two-hours-ago"));
    QVERIFY(model->index(0, ui::AuditTableModel::TimeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("engine time was not recorded")));
    period->setCurrentIndex(1);  // the last hour: the three that were just now, not the older one
    emit period->activated(1);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, ui::AuditTableModel::TargetColumn).data().toString() !=
                QStringLiteral("two-hours-ago"));
    }

    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    QSignalSpy exported(page, &ui::AuditPage::exportFinished);
    page->exportTo(csv);
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5);  // header, three rows, and the empty remainder after the last CRLF
    QCOMPARE(lines[0], QByteArray("id,engine_time_utc,wall_time_utc,actor,action,target,before,after,reason\r"));
    QVERIFY2(lines[1].startsWith("3,"), lines[1].constData());
    const QByteArray actor = ui::currentUserName().toUtf8();
    // No override before (an empty field), the override after as JSON, and the reason, each quoted as RFC 4180 says.
    QVERIFY2(lines[1].contains("," + actor + ",throttle.override,engine.throttle_override,,\"{"), lines[1].constData());
    QVERIFY2(lines[1].contains("\"\"level\"\":\"\"high\"\""), lines[1].constData());
    QVERIFY2(lines[1].endsWith(",\"load test, \"\"phase 2\"\"\"\r"), lines[1].constData());
    QVERIFY2(lines[3].endsWith(",vip_tier.put,bronze,,\"{\"\"multiplier\"\":1.1}\",\r"), lines[3].constData());
}

void TestAuditPage::pagesThroughALongLog()
{
    const std::string path = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    {
        engine::store::StoreError error;
        QVERIFY(engine::store::Database::open(path, error));  // creates the schema
    }
    constexpr int kRows = 450;
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 450) "
                          "INSERT INTO audit_log (at, actor, action, target, before, after, reason) "
                          "SELECT 1700000000000 + i, 'ops', 'vip.assign', 'key-' || i, NULL, '{\"tier\":\"gold\"}', "
                          "'batch ' || i FROM n",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    ui::AuditPage page(m_host.get());
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
    auto* count = page.findChild<QLabel*>(QStringLiteral("auditCount"));
    QAbstractItemModel* model = table->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ui::AuditTableModel::kPageRows, 10000);
    QCOMPARE(model->index(0, ui::AuditTableModel::TargetColumn).data().toString(), QStringLiteral("key-450"));
    QCOMPARE(count->text(), QStringLiteral("Showing 200 of 450 rows"));
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 10000);
    }
    QCOMPARE(model->rowCount(), kRows);
    QCOMPARE(model->index(kRows - 1, ui::AuditTableModel::TargetColumn).data().toString(), QStringLiteral("key-1"));

    const QString csv = m_dir->filePath(QStringLiteral("all.csv"));
    QSignalSpy progress(page.findChild<ui::AuditLog*>(), &ui::AuditLog::exportProgress);
    QSignalSpy exported(&page, &ui::AuditPage::exportFinished);
    page.exportTo(csv);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.at(0).at(0).toBool());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(kRows));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), kRows + 1);
}

// A reason that a spreadsheet would run as a formula reaches the CSV with an apostrophe in front (inside the JSON
// of the "after" column it does not start the field, so it stays as it is).
void TestAuditPage::formulasInTheLogAreDefusedInTheExport()
{
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
    send(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::High, "=HYPERLINK(\"http://x\",\"y\")", 0, "@ops"});
    ui::AuditPage page(m_host.get());
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    const QString csv = m_dir->filePath(QStringLiteral("formulas.csv"));
    QSignalSpy exported(&page, &ui::AuditPage::exportFinished);
    page.exportTo(csv);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.at(0).at(0).toBool());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines[1].endsWith(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r"), lines[1].constData());
}

void TestAuditPage::aFailedExportSaysSo()
{
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
    send(engine::cmd::PutVipTier{"bronze", 1.1});
    ui::AuditPage page(m_host.get());
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    // /dev/full refuses every write with ENOSPC, as a full disk does: the page must not report success.
    QSignalSpy exported(&page, &ui::AuditPage::exportFinished);
    page.exportTo(QStringLiteral("/dev/full"));
    QVERIFY(exported.wait(10000));
    QVERIFY(!exported.at(0).at(0).toBool());
    const QString message = exported.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("/dev/full")) && message.contains(QStringLiteral("No space left")),
             qPrintable(message));
}

void TestAuditPage::showsEngineTimeWhileASimulationRunsAhead()
{
    // Engine time starts at the scenario's own start and stands still until the test's pacing clock moves,
    // nowhere near the wall clock.
    app::SimulationOptions sim;
    sim.scenario = QStringLiteral("normal-day");
    sim.startNow = false;
    sim.pacing = &m_pacing;
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    m_host = std::make_unique<app::EngineHost>(o, sim);
    ui::MainWindow window(m_host.get());
    window.show();
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(20000));
    auto* clock = window.findChild<QLabel*>(QStringLiteral("statusClock"));
    QTRY_VERIFY_WITH_TIMEOUT(!clock->text().isEmpty(), 10000);
    const qint64 wallBefore = QDateTime::currentMSecsSinceEpoch();
    send(
        engine::cmd::SetThrottleOverride{engine::ThrottleLevel::High, "drill", 0, ui::currentUserName().toStdString()});
    const qint64 wallAfter = QDateTime::currentMSecsSinceEpoch();

    const std::string path = o.databasePath;
    qint64 engineAtMs = 0;
    qint64 wallAtMs = 0;
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT engine_at, at FROM audit_log", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        engineAtMs = sqlite3_column_int64(st, 0);
        wallAtMs = sqlite3_column_int64(st, 1);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    QVERIFY(wallAtMs >= wallBefore && wallAtMs <= wallAfter);
    const qint64 startMs = m_host->simulation()->startTime() / engine::kNsPerMs;
    QVERIFY2(engineAtMs >= startMs && engineAtMs < startMs + 60'000, qPrintable(QString::number(engineAtMs)));
    QVERIFY(std::abs(wallAtMs - engineAtMs) > 3600'000);

    int auditIndex = -1;
    for (int i = 0; i < window.pageCount(); ++i) {
        auditIndex = window.pageId(i) == QStringLiteral("audit") ? i : auditIndex;
    }
    window.setCurrentPage(auditIndex);
    auto* table = window.findChild<QTableView*>(QStringLiteral("auditTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    const QModelIndex time = table->model()->index(0, ui::AuditTableModel::TimeColumn);
    const QLocale locale;
    // The row shows the time the status bar showed when the admin acted; the wall clock is in the tooltip.
    QCOMPARE(time.data().toString(), locale.toString(QDateTime::fromMSecsSinceEpoch(engineAtMs), QLocale::ShortFormat));
    QCOMPARE(time.data().toString(), clock->text());
    const QString tip = time.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(locale.toString(QDateTime::fromMSecsSinceEpoch(wallAtMs), QLocale::LongFormat)),
             qPrintable(tip));
    QVERIFY2(tip.contains(locale.toString(QDateTime::fromMSecsSinceEpoch(engineAtMs), QLocale::LongFormat)),
             qPrintable(tip));
    auto* detail = window.findChild<QLabel*>(QStringLiteral("auditDetail"));
    QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(QStringLiteral("Throttle override set on Auto-throttle")), 10000);

    // "Last hour" is the engine's last hour: the row is in it though its wall time is months away, and a row
    // the engine saw two hours ago is not, though its wall time is just now.
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        sqlite3_busy_timeout(db, 10000);
        const std::string sql =
            "INSERT INTO audit_log (at, engine_at, actor, action, target, before, after, reason) VALUES (" +
            std::to_string(QDateTime::currentMSecsSinceEpoch()) + ", " + std::to_string(engineAtMs - 2 * 3600'000) +
            ", 'ops', 'vip.assign', 'engine-two-hours-ago', NULL, '{\"tier\":\"gold\"}', '')";
        QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    auto* period = window.findChild<QComboBox*>(QStringLiteral("auditPeriodFilter"));
    emit period->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    period->setCurrentIndex(1);
    emit period->activated(1);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(table->model()->index(0, ui::AuditTableModel::TargetColumn).data().toString(),
             QStringLiteral("Auto-throttle"));

    // The export carries both clocks, engine time first.
    const QString csv = m_dir->filePath(QStringLiteral("engine-time.csv"));
    auto* page = window.findChild<ui::AuditPage*>(QStringLiteral("auditPage"));
    QSignalSpy exported(page, &ui::AuditPage::exportFinished);
    page->exportTo(csv);
    QVERIFY(exported.wait(10000));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs).toUtf8();
    };
    QVERIFY2(lines[1].startsWith("1," + iso(engineAtMs) + "," + iso(wallAtMs) + ","), lines[1].constData());
}

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
