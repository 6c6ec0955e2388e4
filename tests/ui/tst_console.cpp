// SPDX-License-Identifier: Apache-2.0
// The console as a user starts it: simulated traffic flowing, the toolbar controlling it, settings kept.
#include "AppSettings.h"
#include "EngineHost.h"
#include "MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sluice;

class TestConsole final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void trafficFlowsFromTheDefaultScenario();
    void pauseFreezesTheCounters();
    void speedAndScenarioComeFromTheToolbar();
    void settingsRememberGeometryAndPage();
    void anOldPageIndexOpensThatPageOnce();
    void theStatusBarSaysWhenTheThrottleIsOverridden();
    void theStatusBarWarnsWhileHistoryCannotBeSaved();

private:
    engine::RuntimeOptions runtimeOptions() const;
    static engine::SnapshotPtr latest(QSignalSpy& spy);
    static engine::SourceState simulation(const app::EngineHost& host);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConsole::init() { m_dir = std::make_unique<QTemporaryDir>(); }

engine::RuntimeOptions TestConsole::runtimeOptions() const
{
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    return o;
}

engine::SnapshotPtr TestConsole::latest(QSignalSpy& spy)
{
    return spy.isEmpty() ? nullptr : spy.last().at(0).value<engine::SnapshotPtr>();
}

engine::SourceState TestConsole::simulation(const app::EngineHost& host)
{
    for (const engine::SourceState& s : host.sources()) {
        if (s.kind == engine::SourceKind::Simulation) {
            return s;
        }
    }
    return {};
}

void TestConsole::trafficFlowsFromTheDefaultScenario()
{
    app::SimulationOptions sim;
    sim.scenario = QStringLiteral("normal-day");
    sim.speed = 100;
    app::EngineHost host(runtimeOptions(), sim);
    ui::MainWindow window(&host);
    window.show();
    QSignalSpy snapshots(&host, &app::EngineHost::snapshotReady);
    QElapsedTimer clock;
    clock.start();
    host.start();
    QTRY_VERIFY_WITH_TIMEOUT(latest(snapshots) && latest(snapshots)->requests > 10000, 20000);
    qInfo("first 10,000 simulated requests on screen after %lld ms", static_cast<long long>(clock.elapsed()));
    const auto s = latest(snapshots);
    QVERIFY(s->activeKeys > 1000);
    // Virtual time runs about 100x faster than the wall clock: five virtual seconds within a few wall ones.
    QTRY_VERIFY_WITH_TIMEOUT(host.simulation()->virtualNow() > host.simulation()->startTime() + 5 * engine::kNsPerSec,
                             10000);
}

void TestConsole::pauseFreezesTheCounters()
{
    app::SimulationOptions sim;
    sim.scenario = QStringLiteral("normal-day");
    sim.speed = 1000;
    app::EngineHost host(runtimeOptions(), sim);
    ui::MainWindow window(&host);
    window.show();
    QSignalSpy snapshots(&host, &app::EngineHost::snapshotReady);
    host.start();
    QTRY_VERIFY_WITH_TIMEOUT(latest(snapshots) && latest(snapshots)->requests > 1000, 20000);
    auto* pause = window.findChild<QAction*>(QStringLiteral("playPauseAction"));
    QVERIFY(pause && pause->isEnabled());
    pause->trigger();
    QVERIFY(simulation(host).paused);
    // The traffic thread stops before its next batch: what it handed over until then is all the engine gets.
    QTRY_VERIFY_WITH_TIMEOUT(host.simulation()->holding(), 10000);
    const std::uint64_t frozen = simulation(host).requests;
    host.runtime()->sync();  // whatever was handed over before the pause is decided and shown
    QTRY_COMPARE_WITH_TIMEOUT(latest(snapshots)->requests, frozen, 10000);
    QVERIFY(host.simulation()->holding());
    QCOMPARE(simulation(host).requests, frozen);
    pause->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(latest(snapshots)->requests > frozen, 10000);
}

void TestConsole::speedAndScenarioComeFromTheToolbar()
{
    app::SimulationOptions sim;
    sim.scenario = QStringLiteral("normal-day");
    app::EngineHost host(runtimeOptions(), sim);
    ui::MainWindow window(&host);
    window.show();
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(20000));
    auto* speed = window.findChild<QComboBox*>(QStringLiteral("speedCombo"));
    auto* scenario = window.findChild<QComboBox*>(QStringLiteral("scenarioCombo"));
    QVERIFY(speed && scenario);
    QCOMPARE(scenario->count(), 5);
    QCOMPARE(scenario->currentText(), QStringLiteral("normal-day"));
    const int maxIndex = speed->findText(QStringLiteral("Max"));
    QVERIFY(maxIndex >= 0);
    speed->activated(maxIndex);
    QCOMPARE(simulation(host).speed, 0.0);
    QCOMPARE(host.simulation()->speed(), 0.0);
    const int ddos = scenario->findText(QStringLiteral("ddos-wave"));
    scenario->setCurrentIndex(ddos);
    scenario->textActivated(QStringLiteral("ddos-wave"));
    QCOMPARE(simulation(host).name, std::string("ddos-wave"));
}

void TestConsole::settingsRememberGeometryAndPage()
{
    const QString ini = m_dir->filePath(QStringLiteral("sluice.ini"));
    {
        app::AppSettings settings(ini, nullptr);
        QCOMPARE(settings.lastPage(), QString());
        QCOMPARE(settings.legacyLastPageIndex(), -1);
        QVERIFY(settings.databasePath().endsWith(QStringLiteral("sluice.db")));
        settings.setLastPage(QStringLiteral("reputation"));
        settings.setWindowGeometry(QByteArray("geometry"));
    }
    app::AppSettings again(ini, nullptr);
    QCOMPARE(again.lastPage(), QStringLiteral("reputation"));
    QCOMPARE(again.windowGeometry(), QByteArray("geometry"));
}

void TestConsole::anOldPageIndexOpensThatPageOnce()
{
    const QString ini = m_dir->filePath(QStringLiteral("old.ini"));
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("window/lastPage"), 2);  // as older versions wrote
    app::AppSettings settings(ini, nullptr);
    QCOMPARE(settings.lastPage(), QString());
    QCOMPARE(settings.legacyLastPageIndex(), 2);
    settings.setLastPage(QStringLiteral("throttle"));
    QCOMPARE(settings.legacyLastPageIndex(), -1);
    QCOMPARE(app::AppSettings(ini, nullptr).lastPage(), QStringLiteral("throttle"));
}

void TestConsole::theStatusBarSaysWhenTheThrottleIsOverridden()
{
    app::EngineHost host(runtimeOptions());
    ui::MainWindow window(&host);
    window.show();
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusThrottle"));
    QVERIFY(status);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Throttle: None"), 10000);
    QSignalSpy finished(&host, &ui::EngineClient::commandFinished);
    host.sendCommand(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::Medium, "failover drill", 0, "ops"});
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Throttle: Medium (override by ")), 10000);
    host.sendCommand(engine::cmd::ClearThrottleOverride{"ops"});
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Throttle: None"), 10000);
}

void TestConsole::theStatusBarWarnsWhileHistoryCannotBeSaved()
{
    app::SimulationOptions sim;
    // 200 attackers from the first second: events to keep, at a pace that leaves the store's bounded backlog far
    // from full while the lock is held, however busy the machine (a DDoS wave would fill it in seconds).
    sim.scenario = QStringLiteral("credential-stuffing");
    sim.speed = 100;
    engine::RuntimeOptions options = runtimeOptions();
    options.checkpointInterval = std::chrono::milliseconds(100);
    app::EngineHost host(options, sim);
    ui::MainWindow window(&host);
    window.show();
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(20000));
    auto* warning = window.findChild<QLabel*>(QStringLiteral("statusStoreWarning"));
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());

    // Another program takes the database's write lock and keeps it.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(options.databasePath.c_str(), &other), SQLITE_OK);
    sqlite3_busy_timeout(other, 10000);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 30000);
    // Without the English catalogue the source's plural marker shows; the console reads "events".
    QTRY_VERIFY_WITH_TIMEOUT(QRegularExpression(QStringLiteral("^Not saved: [1-9][0-9,]* event\\(s\\), retrying$"))
                                 .match(warning->text())
                                 .hasMatch(),
                             30000);
    QVERIFY2(warning->toolTip().contains(QString::fromStdString(options.databasePath)), qPrintable(warning->toolTip()));
    QVERIFY2(warning->toolTip().contains(QStringLiteral("is locked by another program")),
             qPrintable(warning->toolTip()));

    // Released: the backlog is written and the warning goes.
    QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), 30000);
    QVERIFY(host.runtime()->storeHealth().eventsDropped.total() == 0);
    host.stop();
    sqlite3_close(other);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
