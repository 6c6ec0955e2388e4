// SPDX-License-Identifier: Apache-2.0
// The console says when the simulated traffic runs slower than the speed chosen, and only then.
#include "EngineHost.h"
#include "MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

class TestSimulationPace final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSpeedTheMachineCannotReachIsNamed();
    void realTimeSaysNothing();

private:
    void start(double speed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestSimulationPace::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestSimulationPace::cleanup()
{
    m_window.reset();
    m_host.reset();
}

void TestSimulationPace::start(double speed)
{
    engine::RuntimeOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    options.snapshotInterval = std::chrono::milliseconds(50);
    app::SimulationOptions simulation;
    simulation.scenario = QStringLiteral("ddos-wave");
    simulation.speed = speed;
    simulation.startNow = false;
    m_host = std::make_unique<app::EngineHost>(options, simulation);
    m_window = std::make_unique<ui::MainWindow>(m_host.get());
    m_window->show();
    m_host->start();
}

// Ten thousand times ddos-wave's thousands of requests a second is tens of millions a second: no machine
// decides that many, so the simulated clock falls behind and the toolbar says how fast it really runs.
void TestSimulationPace::aSpeedTheMachineCannotReachIsNamed()
{
    start(10000);
    auto* pace = m_window->findChild<QLabel*>(QStringLiteral("simulationPace"));
    QVERIFY(pace != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(pace->isVisible(), 30000);
    QVERIFY2(pace->text().contains(QStringLiteral("cannot keep up")), qPrintable(pace->text()));
    QVERIFY2(pace->text().startsWith(QStringLiteral("Running at ×")), qPrintable(pace->text()));
    QVERIFY2(pace->toolTip().contains(QStringLiteral("×10,000")), qPrintable(pace->toolTip()));
}

void TestSimulationPace::realTimeSaysNothing()
{
    start(1);
    auto* pace = m_window->findChild<QLabel*>(QStringLiteral("simulationPace"));
    QVERIFY(pace != nullptr);
    // Enough snapshots for the speed to be measured (over 1.5 s), all in step with the wall clock.
    QSignalSpy snapshots(m_host.get(), &ui::EngineClient::snapshotReady);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 60, 30000);
    QVERIFY(!pace->isVisible());
}

QTEST_MAIN(TestSimulationPace)
#include "tst_simulation_pace.moc"
