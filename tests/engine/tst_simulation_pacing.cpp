// SPDX-License-Identifier: Apache-2.0
// Pause and speed of the simulated traffic, measured against a manual pacing clock: how far virtual time
// runs for each paced second, and that it stands still while paused. Nothing here sleeps.
#include "runtime/EngineRuntime.h"
#include "sim/ScenarioLoader.h"
#include "sources/SimulationSource.h"
#include "traffic/PacingClock.h"

#include <QtTest>

using namespace sluice::engine;

namespace {

// A paced driver hands over about 20 ms of wall time of traffic per batch, so where it stops lies within a
// batch or two of where the pacing says; a few virtual seconds cover that at the speeds used here.
constexpr TimeNs kSlack = 3 * kNsPerSec;

bool near(TimeNs actual, TimeNs expected) { return actual > expected - kSlack && actual < expected + kSlack; }

}  // namespace

class TestSimulationPacing final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void virtualTimeFollowsThePacingClockAtTheChosenSpeed();
    void pauseHoldsVirtualTimeWhileThePacingClockRuns();

private:
    TimeNs virtualNow() const { return m_source->state().virtualNow; }
    TimeNs start() const { return m_source->driver()->startTime(); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ManualPacingClock> m_pacing;
    std::unique_ptr<EngineRuntime> m_runtime;
    std::unique_ptr<SimulationSource> m_source;
};

void TestSimulationPacing::init()
{
    sim::Scenario scenario;
    std::string error;
    QVERIFY2(sim::loadScenario("normal-day", scenario, error), error.c_str());
    RuntimeOptions options;
    options.followRequestTime = true;
    m_clock = std::make_unique<ManualClock>(scenario.startUnixS * kNsPerSec);
    m_pacing = std::make_unique<ManualPacingClock>();
    m_runtime = EngineRuntime::start(options, *m_clock, {}, error);
    QVERIFY2(m_runtime, error.c_str());
    SimulationSource::Options sourceOptions;
    sourceOptions.speed = 10;
    m_source = std::make_unique<SimulationSource>(*m_runtime, *m_clock, sourceOptions, *m_pacing);
    QVERIFY(!m_source->control(control::Choose{"normal-day"}));
}

void TestSimulationPacing::cleanup()
{
    m_source.reset();  // the traffic before the engine it feeds
    m_runtime.reset();
}

void TestSimulationPacing::virtualTimeFollowsThePacingClockAtTheChosenSpeed()
{
    m_pacing->waitForSleeper();
    QVERIFY(near(virtualNow(), start()));  // nothing runs ahead of the pacing clock

    m_pacing->advance(kNsPerSec);
    m_pacing->waitForSleeper();
    QVERIFY(near(virtualNow(), start() + 10 * kNsPerSec));
    QVERIFY(m_source->state().lagNs < kSlack);

    QVERIFY(!m_source->control(control::SetSpeed{100}));
    QCOMPARE(m_source->state().speed, 100.0);
    const TimeNs before = virtualNow();
    m_pacing->advance(kNsPerSec);
    m_pacing->waitForSleeper();
    QVERIFY(near(virtualNow(), before + 100 * kNsPerSec));
    QVERIFY(m_source->state().requests > 0);
}

void TestSimulationPacing::pauseHoldsVirtualTimeWhileThePacingClockRuns()
{
    m_pacing->advance(kNsPerSec);
    m_pacing->waitForSleeper();
    QVERIFY(near(virtualNow(), start() + 10 * kNsPerSec));

    QVERIFY(!m_source->control(control::SetPaused{true}));
    QVERIFY(m_source->state().paused);
    QTRY_VERIFY(m_source->driver()->holding());
    const TimeNs held = virtualNow();
    const std::uint64_t requests = m_source->state().requests;
    m_pacing->advance(60 * kNsPerSec);  // a minute passes while paused
    m_runtime->sync();
    QVERIFY(m_source->driver()->holding());
    QCOMPARE(virtualNow(), held);
    QCOMPARE(m_source->state().requests, requests);
    QCOMPARE(m_source->state().lagNs, TimeNs{0});

    // Resumed, it carries on from where it stood rather than catching up on the paused minute.
    QVERIFY(!m_source->control(control::SetPaused{false}));
    m_pacing->waitForSleeper();
    QVERIFY(near(virtualNow(), held));
    m_pacing->advance(kNsPerSec);
    m_pacing->waitForSleeper();
    QVERIFY(near(virtualNow(), held + 10 * kNsPerSec));
}

QTEST_GUILESS_MAIN(TestSimulationPacing)
#include "tst_simulation_pacing.moc"
