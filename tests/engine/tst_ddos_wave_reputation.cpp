// SPDX-License-Identifier: Apache-2.0
// The throttle in ddos-wave protects the service without costing legitimate keys their reputation: normal users
// and partners end the scenario where they would have ended had the operator never lowered the limits, while
// the bots that exceed their own limit are flagged.
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "sim/ClassReputation.h"
#include "sim/ModelledLoadSource.h"
#include "sim/ScenarioLoader.h"
#include "sim/SimulationReport.h"
#include "sources/SimulationDriver.h"

#include <QtTest>

#include <future>

using namespace sluice::engine;

namespace {

struct Outcome {
    sim::ClassReputations byClass{};
    sim::ClassReputation secondWave;  // the botnet that sends twice its own limit
    sim::ThrottleHistory throttle;
};

sim::Scenario ddosWave()
{
    sim::Scenario scenario;
    std::string error;
    if (!sim::loadScenario("ddos-wave", scenario, error)) {
        qFatal("%s", error.c_str());
    }
    return scenario;
}

// Runs ddos-wave as `sluice simulate` does, without a database; `throttle` false leaves the level at none
// throughout (no load signals), which is the reference: the limits as the operator configured them.
Outcome run(bool throttle, ViolationBasis basis)
{
    const sim::Scenario scenario = ddosWave();
    RuntimeOptions options;
    if (auto problem = sim::applyEngineConfig(scenario, options.config)) {
        qFatal("%s", problem->c_str());
    }
    options.config.reputation.violationBasis = basis;
    // What the throttle and reputation do on their own: anomaly detection's responses would raise the throttle.
    options.config.anomaly.respond = false;
    options.followRequestTime = true;
    if (throttle) {
        options.makeLoadSource = [backend = scenario.backend] {
            return std::make_unique<sim::ModelledLoadSource>(backend);
        };
    }
    const TimeNs start = scenario.startUnixS * kNsPerSec;
    const TimeNs duration = scenario.durationS * kNsPerSec;
    ManualClock clock(start);
    std::string error;
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
    sim::Scenario secondWave;
    secondWave.ddosWaves = {scenario.ddosWaves.at(1)};
    std::promise<Outcome> outcome;
    runtime->post([&](const EngineShards& e) {
        Outcome o;
        o.byClass = sim::classReputation(e, scenario);
        o.secondWave = sim::classReputation(e, secondWave)[int(sim::TrafficClass::Ddos)];
        o.throttle = sim::throttleHistory(e.throttle(), start + duration);
        outcome.set_value(std::move(o));
    });
    return outcome.get_future().get();
}

const sim::ClassReputation& of(const Outcome& o, sim::TrafficClass c) { return o.byClass[int(c)]; }

}  // namespace

class TestDdosWaveReputation final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void legitimateKeysKeepTheirReputation();
    void botsAboveTheirOwnLimitAreFlagged();
    void judgingTheThrottledLimitWouldHurtThePartners();

private:
    Outcome m_reference;  // the same traffic, never throttled
    Outcome m_throttled;
};

void TestDdosWaveReputation::initTestCase()
{
    m_reference = run(false, ViolationBasis::Unthrottled);
    m_throttled = run(true, ViolationBasis::Unthrottled);
    // The attack did drive the throttle to critical, or this would prove nothing.
    QVERIFY(m_throttled.throttle.secondsInLevel[int(ThrottleLevel::Critical)] >= 300.0);
    QCOMPARE(m_reference.throttle.secondsInLevel[int(ThrottleLevel::None)], 1800.0);
}

void TestDdosWaveReputation::legitimateKeysKeepTheirReputation()
{
    for (const sim::TrafficClass c : {sim::TrafficClass::Normal, sim::TrafficClass::Heavy}) {
        const sim::ClassReputation& throttled = of(m_throttled, c);
        const sim::ClassReputation& reference = of(m_reference, c);
        QVERIFY(throttled.keys > 0);
        QCOMPARE(throttled.keys, reference.keys);
        // Within a few points: throttled partners are allowed fewer requests, so earn a few clean points less.
        QVERIFY2(std::abs(throttled.meanScore - reference.meanScore) <= 3.0,
                 qPrintable(QStringLiteral("%1: mean %2 throttled, %3 never throttled")
                                .arg(QString::fromUtf8(sim::nameOf(c).data(), qsizetype(sim::nameOf(c).size())))
                                .arg(throttled.meanScore)
                                .arg(reference.meanScore)));
        QCOMPARE(throttled.tiers[int(ReputationTier::Flagged)], reference.tiers[int(ReputationTier::Flagged)]);
    }
    QCOMPARE(of(m_throttled, sim::TrafficClass::Heavy).tiers[int(ReputationTier::Flagged)], std::uint64_t(0));
}

void TestDdosWaveReputation::botsAboveTheirOwnLimitAreFlagged()
{
    // The second botnet sends 10 requests a second against a limit of 5: flagged, throttle or not.
    const sim::ClassReputation& bots = m_throttled.secondWave;
    QCOMPARE(bots.keys, std::uint64_t(5000));
    QVERIFY2(bots.tiers[int(ReputationTier::Flagged)] >= 4900, qPrintable(QString::number(bots.tiers[0])));
    QVERIFY(bots.meanScore < 20.0);
}

void TestDdosWaveReputation::judgingTheThrottledLimitWouldHurtThePartners()
{
    // The old rule, for contrast: partners within their own limit lose reputation under the throttle.
    const Outcome effective = run(true, ViolationBasis::Effective);
    const sim::ClassReputation& partners = of(effective, sim::TrafficClass::Heavy);
    QVERIFY2(partners.meanScore < of(m_reference, sim::TrafficClass::Heavy).meanScore - 10.0,
             qPrintable(QString::number(partners.meanScore)));
}

QTEST_APPLESS_MAIN(TestDdosWaveReputation)
#include "tst_ddos_wave_reputation.moc"
