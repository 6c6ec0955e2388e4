// SPDX-License-Identifier: Apache-2.0
// The traffic load source: responses counted from any thread without locks, taken once per sample, and the
// throttle following the service's response times and 5xx share as its traffic shows them.
#include "EngineTestSupport.h"
#include "LoadSourceTestSupport.h"

#include "throttle/ObservedTraffic.h"
#include "throttle/TrafficLoadSource.h"

#include <QtTest>

#include <memory>
#include <thread>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {
constexpr TimeNs kSample = 10 * kNsPerSec;  // the default sampling interval

// `count` responses of `ms` each, `errors` of them 5xx.
void respond(ObservedTraffic& traffic, int count, double ms, int errors = 0)
{
    for (int i = 0; i < count; ++i) {
        traffic.add(i < errors ? 503 : 200, ms / 1000.0);
    }
}

struct Fixture {
    std::shared_ptr<ObservedTraffic> traffic = std::make_shared<ObservedTraffic>();
    Engine engine{smallConfig()};
    TimeNs now = kT0;

    Fixture()
    {
        const EngineConfig config = smallConfig();
        engine.setLoadSource(std::make_unique<TrafficLoadSource>(
            traffic, config.load.traffic, config.throttle.thresholds[static_cast<int>(LoadSignal::Concurrency)]));
        engine.restore({}, kT0);
    }
    ThrottleLevel next()
    {
        now += kSample;
        engine.tick(now);
        return engine.throttle().level();
    }
    LoadSourceView view() { return loadSourceViewOf(engine, now); }
};
}  // namespace

class TestTrafficLoad final : public QObject {
    Q_OBJECT

private slots:
    void countsFromManyThreadsExactly();
    void takeStartsOver();
    void p95IsWithinABucket();
    void thresholdsMapLevelForLevel();
    void healthyTrafficLeavesTheLimitsAlone();
    void slowResponsesRaiseTheLevel();
    void errorsRaiseTheLevel();
    void requestsInFlightFollowLittlesLaw();
    void aFewResponsesSayNothingOfLatency();
    void recoversWhenTheServiceDoes();
};

void TestTrafficLoad::countsFromManyThreadsExactly()
{
    ObservedTraffic traffic;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&traffic, t] {
            ResponseTally batch;  // as a source hands over a batch, and one by one
            for (int i = 0; i < 10'000; ++i) {
                if (t % 2 == 0) {
                    traffic.add(i % 10 == 0 ? 500 : 200, 0.004);
                } else {
                    batch.add(i % 10 == 0 ? 502 : 404, 0.004);
                }
            }
            traffic.add(batch);
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    const ResponseTally total = traffic.take();
    QCOMPARE(total.responses, 40'000u);
    QCOMPARE(total.errors, 4'000u);
    QCOMPARE(total.timed, 40'000u);
    QCOMPARE(total.microseconds, 40'000u * 4'000u);
}

void TestTrafficLoad::takeStartsOver()
{
    ObservedTraffic traffic;
    traffic.add(200, 0.1);
    traffic.add(200, -1);  // a log without $request_time: counted, not timed
    const ResponseTally first = traffic.take();
    QCOMPARE(first.responses, 2u);
    QCOMPARE(first.timed, 1u);
    const ResponseTally second = traffic.take();
    QCOMPARE(second.responses, 0u);
    QCOMPARE(second.percentileMs(0.95), -1.0);
}

void TestTrafficLoad::p95IsWithinABucket()
{
    ResponseTally tally;
    for (int i = 0; i < 95; ++i) {
        tally.add(200, 0.010);
    }
    for (int i = 0; i < 5; ++i) {
        tally.add(200, 2.0);
    }
    QVERIFY(tally.percentileMs(0.95) >= 10 && tally.percentileMs(0.95) <= 12.5);
    tally.add(200, 2.0);  // now more than 5 % are slow
    QVERIFY(tally.percentileMs(0.95) >= 2000 && tally.percentileMs(0.95) <= 2500);
    ResponseTally slow;
    slow.add(200, 1e6);  // beyond the last bucket: counted there
    QVERIFY(slow.percentileMs(0.5) > 30'000);
}

void TestTrafficLoad::thresholdsMapLevelForLevel()
{
    const std::array<double, 4> latency{250, 500, 1000, 2000};
    const ThrottleThresholds concurrency{1000, 5000, 10000, 50000};
    QCOMPARE(TrafficLoadSource::mapThresholds(0, latency, concurrency), 0.0);
    QCOMPARE(TrafficLoadSource::mapThresholds(125, latency, concurrency), 500.0);
    QCOMPARE(TrafficLoadSource::mapThresholds(500, latency, concurrency), 5000.0);
    QCOMPARE(TrafficLoadSource::mapThresholds(750, latency, concurrency), 7500.0);
    QCOMPARE(TrafficLoadSource::mapThresholds(4000, latency, concurrency), 100000.0);
    QCOMPARE(TrafficLoadSource::mapThresholds(-1, latency, concurrency), 0.0);  // not known
}

void TestTrafficLoad::healthyTrafficLeavesTheLimitsAlone()
{
    Fixture f;
    respond(*f.traffic, 2000, 40);
    QCOMPARE(f.next(), ThrottleLevel::None);
    const LoadSourceView view = f.view();
    QCOMPARE(view.kind, LoadSourceKind::Traffic);
    QVERIFY(!view.measures[0] && !view.measures[1] && view.measures[2]);  // no CPU or memory from traffic
    QVERIFY(view.hasSample);
    QCOMPARE(view.traffic.requestsPerSec, 200.0);
    QCOMPARE(view.traffic.errorPercent, 0.0);
    QCOMPARE(qRound(view.traffic.meanLatencyMs), 40);
    QVERIFY(view.traffic.p95LatencyMs >= 40 && view.traffic.p95LatencyMs <= 50);
    QCOMPARE(qRound(view.traffic.inFlight), 8);  // 200 requests a second at 40 ms: 8 in flight
    // The signal is the highest reading on the concurrency scale: here the p95 (about 45 ms of the low
    // threshold's 250 ms reads as about 180 of its 1000).
    QVERIFY(view.sample.concurrency >= 160 && view.sample.concurrency <= 200);
}

void TestTrafficLoad::slowResponsesRaiseTheLevel()
{
    Fixture f;
    respond(*f.traffic, 900, 40);
    respond(*f.traffic, 100, 1500);  // p95 1.5 s: above the high threshold (1000 ms), below critical (2000 ms)
    QCOMPARE(f.next(), ThrottleLevel::High);
    const auto& last = f.engine.throttle().lastTransition();
    QVERIFY(last.automatic);
    QVERIFY(f.view().traffic.p95LatencyMs >= 1500);
}

void TestTrafficLoad::errorsRaiseTheLevel()
{
    Fixture f;
    respond(*f.traffic, 1000, 20, 300);  // 30 % 5xx: above the critical threshold (25 %)
    QCOMPARE(f.next(), ThrottleLevel::Critical);
    QCOMPARE(f.view().traffic.errorPercent, 30.0);
}

void TestTrafficLoad::requestsInFlightFollowLittlesLaw()
{
    Fixture f;
    EngineConfig config = smallConfig();
    // latency and errors out of the way: only requests in flight count
    config.load.traffic.latencyP95Ms = {1e6, 2e6, 3e6, 4e6};
    f.engine.setLoadSource(std::make_unique<TrafficLoadSource>(
        f.traffic, config.load.traffic, config.throttle.thresholds[static_cast<int>(LoadSignal::Concurrency)]));
    respond(*f.traffic, 600, 100'000);  // 60 a second, each held 100 s: 6000 in flight (medium from 5000)
    QCOMPARE(f.next(), ThrottleLevel::Medium);
    QCOMPARE(qRound(f.view().sample.concurrency), 6000);
    QCOMPARE(qRound(f.view().traffic.inFlight), 6000);
}

void TestTrafficLoad::aFewResponsesSayNothingOfLatency()
{
    Fixture f;
    respond(*f.traffic, 5, 3000, 5);  // five slow failures: fewer than min_requests (20)
    QCOMPARE(f.next(), ThrottleLevel::None);
    QCOMPARE(f.view().traffic.errorPercent, 100.0);  // still shown
}

void TestTrafficLoad::recoversWhenTheServiceDoes()
{
    Fixture f;
    respond(*f.traffic, 1000, 20, 300);
    QCOMPARE(f.next(), ThrottleLevel::Critical);
    ThrottleLevel level = ThrottleLevel::Critical;
    for (int i = 0; i < 30 && level != ThrottleLevel::None; ++i) {
        respond(*f.traffic, 1000, 20);
        const ThrottleLevel now = f.next();
        QVERIFY(static_cast<int>(now) >= static_cast<int>(level) - 1);  // one level at a time
        level = now;
    }
    QCOMPARE(level, ThrottleLevel::None);
}

QTEST_APPLESS_MAIN(TestTrafficLoad)
#include "tst_traffic_load.moc"
