// SPDX-License-Identifier: Apache-2.0
// Detection inside a real engine: requests decided with their time stamps are sampled on the detection grid,
// and the snapshot shows each minute's metrics; with the anomaly_detection gate off nothing is counted.
#include "AnomalyTestSupport.h"

#include "snapshot/Snapshot.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

constexpr int kMinutes = 30;
constexpr int kPerMinute = 120;

EngineConfig routesConfig()
{
    EngineConfig c;
    c.policies = {Policy{"", 600, kNsPerMin, 100}, Policy{"/login", 20, kNsPerMin, 10}};
    return c;
}

// From kT0 on, kPerMinute requests a minute from 40 keys, every fourth on /login, from two countries, for
// kMinutes. Returns the snapshot at the end of the last minute.
Snapshot run(Engine& e)
{
    std::vector<std::string> keys;
    for (int k = 0; k < 40; ++k) {
        keys.push_back("key-" + std::to_string(k));
    }
    for (int m = 0; m < kMinutes; ++m) {
        std::vector<Request> batch;
        for (int i = 0; i < kPerMinute; ++i) {
            Request r =
                request(keys[static_cast<std::size_t>(i % 40)], kT0 + m * kNsPerMin + i * (kNsPerMin / kPerMinute));
            r.route = i % 4 == 0 ? "/login" : "";
            r.country = i % 3 == 0 ? "DE" : "US";
            batch.push_back(r);
        }
        std::vector<Decision> out(batch.size());
        // In batches of a few requests, as a source hands them over.
        for (std::size_t i = 0; i < batch.size(); i += 7) {
            const std::size_t n = std::min<std::size_t>(7, batch.size() - i);
            e.decide(std::span(batch).subspan(i, n), std::span(out).subspan(i, n));
        }
    }
    const TimeNs now = kT0 + kMinutes * kNsPerMin;
    e.tick(now);
    Snapshot snapshot;
    e.fillSnapshot(now, snapshot);
    return snapshot;
}

}  // namespace

class TestAnomalyDetectorsEngine final : public QObject {
    Q_OBJECT

private slots:
    void snapshotShowsEachMinutesMetrics()
    {
        Engine e(routesConfig());
        const Snapshot snapshot = run(e);
        QVERIFY(snapshot.anomaly != nullptr);
        const AnomalyView& view = *snapshot.anomaly;
        QCOMPARE(view.minDataDays, 7.0);
        QVERIFY(view.learnedDays > 0 && view.learnedDays < 1.0 / 24);

        const MetricSeries* requests = seriesOf(view, "requests");
        QVERIFY(requests != nullptr);
        // One point per minute on the grid, at its end; the grid starts with the first request.
        QCOMPARE(requests->points.size(), std::size_t{kMinutes});
        for (std::size_t i = 0; i < requests->points.size(); ++i) {
            QCOMPARE(requests->points[i].at, kT0 + static_cast<TimeNs>(i + 1) * kNsPerMin);
            QCOMPARE(requests->points[i].value, static_cast<float>(kPerMinute));
        }
        const MetricSeries* active = seriesOf(view, "active_keys");
        QVERIFY(active != nullptr);
        for (const MetricPoint& p : active->points) {
            QCOMPARE(p.value, 40.0F);  // each key, once a minute
        }
        const MetricSeries* fresh = seriesOf(view, "new_keys");
        QVERIFY(fresh != nullptr);
        QCOMPARE(fresh->points.front().value, 40.0F);
        QCOMPARE(fresh->points.back().value, 0.0F);
        const MetricSeries* denials = seriesOf(view, "denials");
        QVERIFY(denials != nullptr);
        QCOMPARE(denials->points.back().value, 0.0F);
        // Steady traffic: the baseline has learned it.
        QCOMPARE(requests->points.back().expected, static_cast<float>(kPerMinute));
    }

    void nothingIsCountedWithTheGateOff()
    {
        EngineConfig config = routesConfig();
        setFeatureGate(config, Feature::AnomalyDetection, FeatureGate{false, 100});
        Engine e(config);
        const Snapshot snapshot = run(e);
        QVERIFY(snapshot.anomaly != nullptr);
        const MetricSeries* requests = seriesOf(*snapshot.anomaly, "requests");
        QVERIFY(requests != nullptr);
        QVERIFY(requests->points.empty());
        QCOMPARE(snapshot.anomaly->learnedDays, 0.0);
    }

    void aPartOfAMinuteIsNotJudged()
    {
        // The grid starts on the minute of the first request counted, even when the engine samples only later: that
        // minute holds only part of its traffic (counting began 30 s into it), and judged against a whole minute's
        // baseline it would look like a drop after every restart. It is left out; the next minute is whole.
        Engine e(routesConfig());
        std::vector<Request> batch{request("key-0", kT0 - 30 * kNsPerSec)};
        std::vector<Decision> out(1);
        e.decide(batch, out);
        const Snapshot snapshot = run(e);
        const MetricSeries* requests = seriesOf(*snapshot.anomaly, "requests");
        QVERIFY(requests != nullptr);
        QCOMPARE(requests->points.size(), std::size_t{kMinutes});
        QCOMPARE(requests->points.front().at, kT0 + kNsPerMin);
        QCOMPARE(requests->points.front().value, static_cast<float>(kPerMinute));
    }

    void minutesCountedBeforeTheGridStartedAreNotJudged()
    {
        // A first batch that spans minutes (a replayed log handed over at once) is counted before the grid starts, so
        // all of it goes into the first sample: neither that one nor the minutes it reaches into hold their own
        // traffic. The first minute judged is the one after the batch, with its own 120 requests.
        Engine e(routesConfig());
        std::vector<std::string> keys;  // the requests' keys are views of these
        for (int k = 0; k < 40; ++k) {
            keys.push_back("key-" + std::to_string(k));
        }
        std::vector<Request> first;
        for (int i = 0; i < 340; ++i) {
            first.push_back(
                request(keys[static_cast<std::size_t>(i % 40)], kT0 + 10 * kNsPerSec + i * (kNsPerMin / 120)));
        }
        std::vector<Decision> out(first.size());
        e.decide(first, out);
        QVERIFY(first.back().timestamp >= kT0 + 2 * kNsPerMin && first.back().timestamp < kT0 + 3 * kNsPerMin);
        std::vector<Request> later;
        for (int m = 3; m < 6; ++m) {
            for (int i = 0; i < 120; ++i) {
                later.push_back(
                    request(keys[static_cast<std::size_t>(i % 40)], kT0 + m * kNsPerMin + i * (kNsPerMin / 120)));
            }
        }
        out.resize(later.size());
        e.decide(later, out);
        e.tick(kT0 + 6 * kNsPerMin);
        Snapshot snapshot;
        e.fillSnapshot(kT0 + 6 * kNsPerMin, snapshot);
        const MetricSeries* requests = seriesOf(*snapshot.anomaly, "requests");
        QVERIFY(requests != nullptr);
        QCOMPARE(requests->points.size(), std::size_t{3});
        QCOMPARE(requests->points.front().at, kT0 + 4 * kNsPerMin);
        for (const MetricPoint& p : requests->points) {
            QCOMPARE(p.value, 120.0F);
        }
    }

    void restoredKeysAreNotNewKeys()
    {
        // Keys brought back from the database at start are known keys, not a flood of new ones.
        Engine e(routesConfig());
        store::PersistedState state;
        for (int k = 0; k < 100; ++k) {
            state.keys.push_back(store::KeyReputation{"restored-" + std::to_string(k), 40.0F, ReputationTier::Standard,
                                                      0, kT0 - kNsPerMin});
        }
        e.restore(state, kT0);
        const Snapshot snapshot = run(e);
        const MetricSeries* fresh = seriesOf(*snapshot.anomaly, "new_keys");
        QVERIFY(fresh != nullptr);
        QCOMPARE(fresh->points.front().value, 40.0F);  // the 40 keys of the traffic, none of the 100 restored
    }

    void policiesChangedMidSampleAreNotJudgedByTheirNewPositions()
    {
        // Route counts are kept by policy position. A policy inserted before /login near the end of a minute
        // leaves /login's slot with five seconds of its traffic: judged by the new names, /login would look as if
        // its traffic had stopped. That sample's routes are not judged.
        Engine e(routesConfig());
        run(e);
        const auto alertsOnRoutes = [&] {
            std::size_t n = 0;
            for (const AnomalyAlert& a : e.anomaly().alerts().alerts()) {
                n += a.metric.starts_with("route:") ? 1 : 0;
            }
            return n;
        };
        QCOMPARE(alertsOnRoutes(), std::size_t(0));
        const TimeNs minute = kT0 + kMinutes * kNsPerMin;
        EngineConfig changed = routesConfig();
        changed.policies.insert(changed.policies.begin() + 1, Policy{"/api", 600, kNsPerMin, 100});
        for (int i = 0; i < kPerMinute; ++i) {
            const TimeNs at = minute + i * (kNsPerMin / kPerMinute);
            if (i == kPerMinute * 55 / 60) {
                QVERIFY(e.apply(cmd::SetPolicies{changed.policies}, at).ok);
            }
            const std::string key = "key-" + std::to_string(i % 40);  // the request only views it
            Request r = request(key, at);
            r.route = i % 4 == 0 ? "/login" : "";
            r.country = i % 3 == 0 ? "DE" : "US";
            std::vector<Decision> out(1);
            e.decide(std::span(&r, 1), out);
        }
        e.tick(minute + kNsPerMin);
        QCOMPARE(alertsOnRoutes(), std::size_t(0));
        // Not even a weak finding: a route is charted once something was found on it.
        Snapshot snapshot;
        e.fillSnapshot(minute + kNsPerMin, snapshot);
        QVERIFY(seriesOf(*snapshot.anomaly, "route:/login") == nullptr);
        QVERIFY(seriesOf(*snapshot.anomaly, "route:/api") == nullptr);
    }

    void anotherSampleIntervalLearnsAfresh()
    {
        // Counts per minute are not counts per 30 s: baselines learned at another interval are not read back.
        Engine e(routesConfig());
        const Snapshot learned = run(e);
        QVERIFY(learned.anomaly->learnedDays > 0);
        std::vector<std::pair<std::string, std::string>> rows;
        e.takeBaselines(rows, kT0 + kMinutes * kNsPerMin, true);
        QVERIFY(!rows.empty());

        EngineConfig config = routesConfig();
        config.anomaly.sampleInterval = 30 * kNsPerSec;
        Engine other(config);
        store::PersistedState state;
        state.anomalyBaselines = rows;
        other.restore(state, kT0);
        Snapshot snapshot;
        other.fillSnapshot(kT0, snapshot);
        QCOMPARE(snapshot.anomaly->learnedDays, 0.0);
        // And the same interval reads them back.
        Engine same(routesConfig());
        same.restore(state, kT0);
        same.fillSnapshot(kT0, snapshot);
        QCOMPARE(snapshot.anomaly->learnedDays, learned.anomaly->learnedDays);
    }

    void gateTurnedOnStartsCounting()
    {
        EngineConfig config = routesConfig();
        setFeatureGate(config, Feature::AnomalyDetection, FeatureGate{false, 100});
        Engine e(config);
        QVERIFY(e.apply(cmd::SetFlagEnabled{flags::kAnomalyDetection, true, "ops"}, kT0).ok);
        const Snapshot snapshot = run(e);
        const MetricSeries* requests = seriesOf(*snapshot.anomaly, "requests");
        QVERIFY(requests != nullptr);
        QCOMPARE(requests->points.size(), std::size_t{kMinutes});
    }
};

QTEST_GUILESS_MAIN(TestAnomalyDetectorsEngine)
#include "tst_anomaly_detectors_engine.moc"
