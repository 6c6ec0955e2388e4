// SPDX-License-Identifier: Apache-2.0
// The Sources page with a real engine: the simulation is listed with a rate that rises as it runs and can be
// paused from the page; the HTTP panel offers the nginx configuration and lists tokens without their secret.
#include "EngineHost.h"
#include "pages/sources/AddLogSourceDialog.h"
#include "pages/sources/HttpListenerPanel.h"
#include "pages/sources/ReplayDialog.h"
#include "pages/sources/SourceTableModel.h"
#include "pages/sources/SourcesPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sluice;

namespace {

engine::RuntimeOptions optionsIn(const QTemporaryDir& dir)
{
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    return o;
}

// The page fed by `host`'s snapshots, shown, with the engine started.
struct ShownPage {
    explicit ShownPage(app::EngineHost& host) : page(&host)
    {
        QObject::connect(&host, &ui::EngineClient::snapshotReady, &page,
                         [this](const engine::SnapshotPtr& s) { page.apply(s); });
        page.resize(1100, 700);
        page.show();
    }
    ui::SourcesPage page;
};

QString cell(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

double rateIn(const QString& text)
{
    QString number = text.section(QLatin1Char(' '), 0, 0);
    number.remove(QLatin1Char(','));
    return number.toDouble();
}

// Combined-format lines; the third is cut off before its status.
const QByteArray kLogLines =
    "203.0.113.7 - - [10/Oct/2025:13:55:36 +0000] \"GET /api/items HTTP/1.1\" 200 512 \"-\" \"curl/8\"\n"
    "203.0.113.8 - - [10/Oct/2025:13:55:37 +0000] \"GET /index.html HTTP/1.1\" 200 1024 \"-\" \"curl/8\"\n"
    "203.0.113.9 - - [10/Oct/2025:13:55:38 +0000] \"GET /broken\n"
    "203.0.113.7 - - [10/Oct/2025:13:55:39 +0000] \"POST /api/orders HTTP/1.1\" 429 0 \"-\" \"curl/8\"\n";

bool append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestSourcesPage final : public QObject {
    Q_OBJECT

private slots:
    void theSimulationIsListedWithARisingRate();
    void theListenerPanelOffersTheSnippetAndTheTokens();
    void aLogFileIsPreviewedAddedCountedAndRemoved();
    void aReplayRunsApartAndOpensItsReport();
};

void TestSourcesPage::theSimulationIsListedWithARisingRate()
{
    QTemporaryDir dir;
    app::SimulationOptions simulation;
    simulation.scenario = QStringLiteral("normal-day");
    simulation.speed = 60;
    app::EngineHost host(optionsIn(dir), simulation);
    ShownPage shown(host);
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    auto* table = shown.page.findChild<QTableView*>(QStringLiteral("sourcesTable"));
    QVERIFY(table && table->model());
    const QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, ui::SourceTableModel::NameColumn), QStringLiteral("normal-day"));
    QCOMPARE(cell(table, 0, ui::SourceTableModel::KindColumn), QStringLiteral("Simulation"));
    QTRY_COMPARE(cell(table, 0, ui::SourceTableModel::StateColumn), QStringLiteral("Running"));
    // The rate comes from the growth of the count over at least a second of wall time.
    QTRY_VERIFY_WITH_TIMEOUT(rateIn(cell(table, 0, ui::SourceTableModel::RateColumn)) > 0, 10000);
    QVERIFY(cell(table, 0, ui::SourceTableModel::RateColumn).endsWith(QStringLiteral("requests/s")));

    // Pausing from the page: the state follows and the rate falls to nothing.
    shown.page.selectSource(QStringLiteral("simulation"));
    QCOMPARE(shown.page.selectedSource(), QStringLiteral("simulation"));
    auto* pause = shown.page.findChild<QPushButton*>(QStringLiteral("sourcesPause"));
    auto* remove = shown.page.findChild<QPushButton*>(QStringLiteral("sourcesRemove"));
    QTRY_VERIFY(pause->isEnabled());
    QVERIFY(!remove->isEnabled());  // the simulation stays; only log files come and go
    QCOMPARE(pause->text(), QStringLiteral("&Pause"));
    pause->click();
    QTRY_COMPARE(cell(table, 0, ui::SourceTableModel::StateColumn), QStringLiteral("Paused"));
    QTRY_COMPARE(pause->text(), QStringLiteral("&Resume"));
    QTRY_VERIFY_WITH_TIMEOUT(rateIn(cell(table, 0, ui::SourceTableModel::RateColumn)) == 0, 10000);
    pause->click();
    QTRY_COMPARE(cell(table, 0, ui::SourceTableModel::StateColumn), QStringLiteral("Running"));
    QTRY_VERIFY_WITH_TIMEOUT(rateIn(cell(table, 0, ui::SourceTableModel::RateColumn)) > 0, 10000);

    // The throttle's load source and its last sample are named above the table.
    auto* load = shown.page.findChild<QLabel*>(QStringLiteral("sourcesThrottleLoad"));
    QTRY_VERIFY_WITH_TIMEOUT(load->text().contains(QStringLiteral("the simulated backend")), 10000);
}

void TestSourcesPage::theListenerPanelOffersTheSnippetAndTheTokens()
{
    QTemporaryDir dir;
    app::EngineHost host(optionsIn(dir));
    ShownPage shown(host);
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    host.stop();  // the database is ours to add a token to, as `sluice token create` would

    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(optionsIn(dir).databasePath.c_str(), &db), SQLITE_OK);
    // The columns the page must never show sit beside the ones it does.
    const char* sql = "CREATE TABLE IF NOT EXISTS api_tokens (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                      "scope TEXT NOT NULL, salt BLOB NOT NULL, hash BLOB NOT NULL, created_at INTEGER NOT NULL, "
                      "revoked_at INTEGER);"
                      "INSERT INTO api_tokens (name, scope, salt, hash, created_at) VALUES "
                      "('nginx-edge', 'check', x'00', x'deadbeef', 1764900000000);"
                      "INSERT INTO api_tokens (name, scope, salt, hash, created_at, revoked_at) VALUES "
                      "('old', 'admin', x'00', x'deadbeef', 1764900000000, 1764900001000);";
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    auto* tokens = shown.page.findChild<QTableWidget*>(QStringLiteral("apiTokenTable"));
    QVERIFY(tokens);
    shown.page.findChild<ui::HttpListenerPanel*>()->refreshTokens();
    QTRY_COMPARE(tokens->rowCount(), 1);  // the revoked one is gone
    QCOMPARE(tokens->item(0, 0)->text(), QStringLiteral("nginx-edge"));
    QCOMPARE(tokens->item(0, 1)->text(), QStringLiteral("check"));
    QVERIFY(!tokens->item(0, 2)->text().isEmpty());

    auto* snippet = shown.page.findChild<QPlainTextEdit*>(QStringLiteral("nginxSnippet"));
    QVERIFY(snippet->isReadOnly());
    // The listener's address, and the denial nginx turns into 429 (auth_request passes only 401 and 403 on).
    QVERIFY(snippet->toPlainText().contains(QStringLiteral("server 127.0.0.1:9090;")));
    QVERIFY(snippet->toPlainText().contains(QStringLiteral("proxy_pass http://sluice/v1/check?deny=403;")));
    QVERIFY(snippet->toPlainText().contains(QStringLiteral("return 429 ")));
    shown.page.findChild<QPushButton*>(QStringLiteral("sourcesCopySnippet"))->click();
    QCOMPARE(QApplication::clipboard()->text(), snippet->toPlainText());
}

void TestSourcesPage::aLogFileIsPreviewedAddedCountedAndRemoved()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("access.log"));
    QVERIFY(append(log, kLogLines));
    app::EngineHost host(optionsIn(dir));
    ShownPage shown(host);
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    // The dialog previews the first lines as the engine would take them, before anything starts.
    shown.page.openAddLogDialog();
    auto* dialog = shown.page.findChild<ui::AddLogSourceDialog*>(QStringLiteral("addLogSourceDialog"));
    QVERIFY(dialog);
    QSignalSpy previewed(dialog, &ui::AddLogSourceDialog::previewShown);
    ui::LogSourceSettings settings;
    settings.path = log;
    settings.routes = {{QStringLiteral("/api"), QStringLiteral("api")}};
    dialog->setSettings(settings);
    QTRY_VERIFY(dialog->preview().lines.size() == 4 && dialog->problem().isEmpty());
    const QList<ui::PreviewLine>& lines = dialog->preview().lines;
    QCOMPARE(lines[0].key, QStringLiteral("203.0.113.7"));
    QCOMPARE(lines[0].route, QStringLiteral("api"));
    QCOMPARE(lines[0].status, 200);
    QVERIFY(lines[1].route.isEmpty());  // no prefix matches: the default policy
    QCOMPARE(lines[2].number, quint64{3});
    QVERIFY(!lines[2].rejection.isEmpty());
    QCOMPARE(lines[3].status, 429);
    // A format that cannot be a pattern is refused where it was typed.
    ui::LogSourceSettings wrongFormat = settings;
    wrongFormat.format = QStringLiteral("remote address, then time");
    dialog->setSettings(wrongFormat);
    QTRY_VERIFY(dialog->problem().contains(QStringLiteral("$variables")));
    dialog->setSettings(settings);
    QTRY_VERIFY(dialog->preview().lines.size() == 4 && dialog->problem().isEmpty());
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    // The followed log is listed, its lines counted and the malformed one kept with its number.
    auto* table = shown.page.findChild<QTableView*>(QStringLiteral("sourcesTable"));
    QTRY_COMPARE(table->model()->rowCount(), 2);  // and the simulation, idle without a scenario
    QCOMPARE(cell(table, 0, ui::SourceTableModel::NameColumn), log);
    QCOMPARE(cell(table, 0, ui::SourceTableModel::KindColumn), QStringLiteral("Followed log"));
    // Lines are counted as read before their requests are handed over: wait for both.
    QTRY_COMPARE(host.sources().at(0).read, std::uint64_t{4});
    QTRY_COMPARE(host.sources().at(0).requests, std::uint64_t{3});
    QTRY_COMPARE(cell(table, 0, ui::SourceTableModel::RejectedColumn), QStringLiteral("1"));
    shown.page.selectSource(QString::fromStdString(host.sources().at(0).id));
    auto* rejected = shown.page.findChild<QTableView*>(QStringLiteral("rejectedLinesTable"));
    QTRY_COMPARE(rejected->model()->rowCount(), 1);
    QCOMPARE(cell(rejected, 0, 0), QStringLiteral("3"));
    QVERIFY(!cell(rejected, 0, 1).isEmpty());
    QVERIFY(cell(rejected, 0, 2).startsWith(QStringLiteral("203.0.113.9")));

    // Lines written later are read as they come; the rate follows.
    QVERIFY(append(log, kLogLines.left(kLogLines.indexOf('\n') + 1)));
    QTRY_COMPARE(host.sources().at(0).read, std::uint64_t{5});
    QCOMPARE(host.logSources().size(), 1);
    QCOMPARE(host.logSources().at(0), settings);

    auto* remove = shown.page.findChild<QPushButton*>(QStringLiteral("sourcesRemove"));
    QTRY_VERIFY(remove->isEnabled());
    remove->click();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, ui::SourceTableModel::KindColumn), QStringLiteral("Simulation"));
    QVERIFY(host.logSources().isEmpty());
}

void TestSourcesPage::aReplayRunsApartAndOpensItsReport()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("access.log"));
    QVERIFY(append(log, kLogLines));
    app::EngineHost host(optionsIn(dir));
    ShownPage shown(host);
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    shown.page.openReplayDialog();
    auto* dialog = shown.page.findChild<ui::ReplayDialog*>(QStringLiteral("replayDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("logPath"))->setText(log);
    QSignalSpy finished(dialog, &ui::ReplayDialog::replayFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("replayStart"))->click();
    QVERIFY(finished.wait(20000));
    const QJsonObject report = QJsonDocument::fromJson(dialog->report().toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("lines")).toObject().value(QStringLiteral("read")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("lines")).toObject().value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("requests")).toObject().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(
        report.value(QStringLiteral("rejected_lines")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(),
        3);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("replayStatus"))->text().startsWith(QStringLiteral("Done.")));
    // The live engine saw none of it.
    QCOMPARE(host.sources().size(), 1);
    QSignalSpy snapshot(&host, &ui::EngineClient::snapshotReady);
    QVERIFY(snapshot.wait(5000));
    QCOMPARE(snapshot.last().at(0).value<engine::SnapshotPtr>()->requests, std::uint64_t{0});
}

QTEST_MAIN(TestSourcesPage)
#include "tst_sources_page.moc"
