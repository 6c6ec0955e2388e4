// SPDX-License-Identifier: Apache-2.0
// The simulation driver's own memory: at full speed it must not run far ahead of the engine.
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "sim/ScenarioLoader.h"
#include "sources/SimulationDriver.h"

#include <QtTest>

#include <future>

using namespace sluice::engine;

class TestSimulationDriver final : public QObject {
    Q_OBJECT

private slots:
    void fullSpeedKeepsFewBatchesInFlight();
};

void TestSimulationDriver::fullSpeedKeepsFewBatchesInFlight()
{
    sim::Scenario scenario;
    std::string error;
    QVERIFY2(sim::loadScenario("ddos-wave", scenario, error), error.c_str());
    RuntimeOptions options;
    options.followRequestTime = true;
    ManualClock clock(scenario.startUnixS * kNsPerSec);
    auto runtime = EngineRuntime::start(options, clock, {}, error);
    QVERIFY2(runtime, error.c_str());

    // Hold the engine thread, so nothing the driver hands over comes back until the end of the test.
    std::promise<void> held;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    runtime->post([&held, released](const EngineShards&) {
        held.set_value();
        released.wait();
    });
    held.get_future().wait();

    SimulationDriver driver(*runtime, clock, scenario, scenario.seed, 3600 * kNsPerSec);
    // Declared after the driver, so destroyed before it: the driver's destructor waits for its batches.
    struct Release {
        std::promise<void>& promise;
        ~Release() { promise.set_value(); }
    } releaseAtEnd{release};
    driver.setSpeed(SimulationDriver::kMaxSpeed);
    driver.start();

    constexpr std::size_t kBound = 8;  // each full batch is about 0.9 MB
    // The driver stops by its own bound: it waits for room with eight batches out. Without the bound it would
    // never wait here, and would fill the runtime's queue up to its limit (64) instead.
    QTRY_VERIFY(driver.waitingForRoom());
    QCOMPARE(runtime->queuedBatches(), kBound);
}

QTEST_GUILESS_MAIN(TestSimulationDriver)
#include "tst_simulation_driver.moc"
