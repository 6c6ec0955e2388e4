// SPDX-License-Identifier: Apache-2.0
// The auto-throttle in a what-if run: the scenario's modelled backend drives the level, deterministically.
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "sim/ModelledLoadSource.h"
#include "sim/ScenarioLoader.h"
#include "sim/SimulationReport.h"
#include "sources/SimulationDriver.h"

#include <QtTest>

#include <future>

using namespace sluice::engine;

namespace {

// Runs `name` for `duration` as `sluice simulate` does, without a database, and returns the throttle history.
sim::ThrottleHistory simulate(const char* name, TimeNs duration)
{
    sim::Scenario scenario;
    std::string error;
    if (!sim::loadScenario(name, scenario, error)) {
        qFatal("%s", error.c_str());
    }
    RuntimeOptions options;
    if (auto problem = sim::applyEngineConfig(scenario, options.config)) {
        qFatal("%s", problem->c_str());
    }
    options.config.anomaly.respond = false;  // the controller alone: anomaly responses would override it
    options.followRequestTime = true;
    options.makeLoadSource = [backend = scenario.backend] {
        return std::make_unique<sim::ModelledLoadSource>(backend);
    };
    const TimeNs start = scenario.startUnixS * kNsPerSec;
    ManualClock clock(start);
    auto runtime = EngineRuntime::start(options, clock, {}, error);
    if (!runtime) {
        qFatal("%s", error.c_str());
    }
    {
        SimulationDriver driver(*runtime, clock, scenario, scenario.seed, duration);
        driver.setSpeed(SimulationDriver::kMaxSpeed);
        driver.start();
        driver.waitFinished();
        runtime->sync();
    }
    std::promise<sim::ThrottleHistory> history;
    runtime->post(
        [&](const EngineShards& e) { history.set_value(sim::throttleHistory(e.throttle(), start + duration)); });
    return history.get_future().get();
}

int levelAt(const sim::ThrottleHistory& h, TimeNs at)
{
    ThrottleLevel level = ThrottleLevel::None;
    for (const auto& t : h.transitions) {
        if (t.at <= at) {
            level = t.to;
        }
    }
    return static_cast<int>(level);
}

}  // namespace

class TestThrottleSimulation final : public QObject {
    Q_OBJECT

private slots:
    void ddosWaveDrivesTheLevelUpAndBackDown();
    void sameSeedSameThrottleHistory();
};

void TestThrottleSimulation::ddosWaveDrivesTheLevelUpAndBackDown()
{
    const sim::ThrottleHistory h = simulate("ddos-wave", 1800 * kNsPerSec);
    const TimeNs start = 1767618000LL * kNsPerSec;
    // Quiet before the first wave (at 600 s), critical during it, back to none well before the second (1200 s).
    QCOMPARE(levelAt(h, start + 590 * kNsPerSec), int(ThrottleLevel::None));
    QCOMPARE(levelAt(h, start + 700 * kNsPerSec), int(ThrottleLevel::Critical));
    QCOMPARE(levelAt(h, start + 1150 * kNsPerSec), int(ThrottleLevel::None));
    QVERIFY(levelAt(h, start + 1230 * kNsPerSec) >= int(ThrottleLevel::High));
    QCOMPARE(levelAt(h, start + 1800 * kNsPerSec), int(ThrottleLevel::None));
    // The way down is one level at a time.
    for (const auto& t : h.transitions) {
        if (t.to < t.from) {
            QCOMPARE(int(t.from) - int(t.to), 1);
            QVERIFY(t.automatic);
        }
    }
    double total = 0;
    for (const double s : h.secondsInLevel) {
        total += s;
    }
    QCOMPARE(total, 1800.0);
    QVERIFY(h.secondsInLevel[int(ThrottleLevel::Critical)] >= 300.0);
    QVERIFY(h.secondsInLevel[int(ThrottleLevel::None)] >= 1000.0);
}

void TestThrottleSimulation::sameSeedSameThrottleHistory()
{
    const sim::ThrottleHistory a = simulate("ddos-wave", 700 * kNsPerSec);
    const sim::ThrottleHistory b = simulate("ddos-wave", 700 * kNsPerSec);
    QVERIFY(!a.transitions.empty());
    QCOMPARE(a.transitions.size(), b.transitions.size());
    for (std::size_t i = 0; i < a.transitions.size(); ++i) {
        QCOMPARE(a.transitions[i].at, b.transitions[i].at);
        QCOMPARE(a.transitions[i].to, b.transitions[i].to);
        QCOMPARE(a.transitions[i].load.cpuPercent, b.transitions[i].load.cpuPercent);
        QCOMPARE(a.transitions[i].load.concurrency, b.transitions[i].load.concurrency);
    }
    QCOMPARE(a.secondsInLevel, b.secondsInLevel);
}

QTEST_APPLESS_MAIN(TestThrottleSimulation)
#include "tst_throttle_simulation.moc"
