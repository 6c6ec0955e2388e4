// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"

#include "shard/EngineShards.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <future>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sluice;

class TestEngineHost final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void startsAndPublishesSnapshots();
    void commandsAnswerOnTheUiThread();
    void aRefusedCommandSaysWhy();
    void aBadDatabaseIsReportedNotFatal();
    void stopWritesWhatIsQueued();
    void aNewScenarioBringsItsOwnBackend();
    void theEngineRunsAtThePriorityItsOptionsAsk();

private:
    engine::RuntimeOptions options() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEngineHost::init() { m_dir = std::make_unique<QTemporaryDir>(); }

engine::RuntimeOptions TestEngineHost::options() const
{
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    return o;
}

void TestEngineHost::startsAndPublishesSnapshots()
{
    app::EngineHost host(options());
    QSignalSpy started(&host, &app::EngineHost::started);
    QSignalSpy snapshots(&host, &app::EngineHost::snapshotReady);
    host.start();
    QVERIFY(started.wait(10000));
    QVERIFY(host.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 3, 10000);
    const auto first = snapshots.at(0).at(0).value<engine::SnapshotPtr>();
    const auto last = snapshots.last().at(0).value<engine::SnapshotPtr>();
    QVERIFY(first && last);
    QVERIFY(last->sequence > first->sequence);
}

void TestEngineHost::commandsAnswerOnTheUiThread()
{
    app::EngineHost host(options());
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    QSignalSpy finished(&host, &app::EngineHost::commandFinished);
    const quint64 id = host.sendCommand(engine::cmd::PutVipTier{"gold", 1.5});
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toULongLong(), id);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
}

void TestEngineHost::aRefusedCommandSaysWhy()
{
    app::EngineHost host(options());
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    QSignalSpy finished(&host, &app::EngineHost::commandFinished);
    host.sendCommand(engine::cmd::AssignVip{"alice", "unobtainium", 0, "", "test"});
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("unobtainium")));
}

void TestEngineHost::aBadDatabaseIsReportedNotFatal()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    engine::RuntimeOptions o = options();
    o.databasePath = path.toStdString();
    app::EngineHost host(o);
    QSignalSpy failed(&host, &app::EngineHost::failed);
    host.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(0).toString().contains(path));
    QVERIFY(!host.isRunning());
    QCOMPARE(QFileInfo(path).size(), 4096);
}

void TestEngineHost::stopWritesWhatIsQueued()
{
    {
        app::EngineHost host(options());
        QSignalSpy started(&host, &app::EngineHost::started);
        host.start();
        QVERIFY(started.wait(10000));
        QSignalSpy finished(&host, &app::EngineHost::commandFinished);
        host.sendCommand(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::Medium, "maintenance", 0, "ops"});
        QVERIFY(finished.wait(10000));
        host.stop();
    }
    app::EngineHost host(options());
    QSignalSpy snapshots(&host, &app::EngineHost::snapshotReady);
    host.start();
    QVERIFY(snapshots.wait(10000));
    QCOMPARE(snapshots.at(0).at(0).value<engine::SnapshotPtr>()->throttle.level, engine::ThrottleLevel::Medium);
}

void TestEngineHost::aNewScenarioBringsItsOwnBackend()
{
    // Two scenarios that differ only in their backend: the throttle must read the memory of the one running.
    auto writeScenario = [this](const QString& name, int baseMemoryPercent) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            return QString();
        }
        f.write(QStringLiteral(R"({"backend": {"capacity_rps": 100000, "base_memory_percent": %1},
                                   "populations": [{"class": "normal", "keys": 10, "rate_per_key": 1}]})")
                    .arg(baseMemoryPercent)
                    .toUtf8());
        return path;
    };
    const QString calm = writeScenario(QStringLiteral("calm.json"), 20);
    const QString busy = writeScenario(QStringLiteral("busy.json"), 70);
    QVERIFY(!calm.isEmpty() && !busy.isEmpty());

    app::SimulationOptions simulation;
    simulation.scenario = calm;
    simulation.speed = 0;  // as fast as possible: the throttle samples every 10 virtual seconds
    app::EngineHost host(options(), simulation);
    engine::SnapshotPtr latest;
    connect(&host, &app::EngineHost::snapshotReady, this, [&latest](const engine::SnapshotPtr& s) { latest = s; });
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    auto memory = [&latest] {
        return latest && latest->throttle.hasSignals ? latest->throttle.load.memoryPercent : -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(memory() >= 19 && memory() < 25, 10000);

    QSignalSpy failed(&host, &app::EngineHost::failed);
    host.controlSource(QString::fromUtf8(engine::SimulationSource::kId),
                       engine::control::Choose{busy.toStdString()});  // as the toolbar's scenario box does
    QVERIFY(failed.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(memory() >= 69 && memory() < 75, 10000);
}

void TestEngineHost::theEngineRunsAtThePriorityItsOptionsAsk()
{
    // Tests leave the option off so their engines are not starved by the rest of a parallel test run; the
    // console turns it on.
    for (const bool background : {false, true}) {
        engine::RuntimeOptions o = options();
        o.backgroundThreads = background;
        app::EngineHost host(o);
        QSignalSpy started(&host, &app::EngineHost::started);
        host.start();
        QVERIFY(started.wait(10000));
        // SCHED_IDLE, or the lowest nice value where that is refused (ThreadPriority.h).
        auto inBackground = std::make_shared<std::promise<bool>>();
        host.runtime()->post([inBackground](const engine::EngineShards&) {
            inBackground->set_value(sched_getscheduler(0) == SCHED_IDLE ||
                                    getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())) == 19);
        });
        QCOMPARE(inBackground->get_future().get(), background);
    }
}

QTEST_GUILESS_MAIN(TestEngineHost)
#include "tst_engine_host.moc"
