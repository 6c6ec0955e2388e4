// SPDX-License-Identifier: Apache-2.0
// Anomaly detection with the keys split over several engines: every engine counts its own keys, and the leader
// judges each grid point's samples added up, so it sees what one engine would: the same metrics, the same alerts,
// and responses that lower each key's score in the engine the key lives in.
#include "AnomalyTestSupport.h"

#include "shard/EngineShards.h"
#include "snapshot/Snapshot.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

constexpr int kUsers = 200;
constexpr int kNormalMinutes = 60;
constexpr int kIncidentMinutes = 5;
constexpr int kAfterMinutes = 10;

EngineConfig config()
{
    EngineConfig c;
    c.policies = {Policy{"", 600, kNsPerMin, 100}, Policy{"/login", 60, kNsPerMin, 20}};
    c.policies[1].route = "/login";
    return c;
}

std::string userName(int i) { return "user-" + std::to_string(i); }

// A user with traffic in every minute, living in `shard` of `shards`: the one that will surge.
std::string surgingUser(const EngineShards& shards, std::uint32_t shard)
{
    for (int i = 0; i < 20; ++i) {
        if (shards.shardOf(userName(i)) == shard) {
            return userName(i);
        }
    }
    return {};
}

// The same requests for every engine: an hour of ordinary users (some on /login, from two countries), then five
// minutes in which one user sends 600 requests a minute and 200 new keys a minute try /login from a third
// country, then ten ordinary minutes again.
std::vector<Request> traffic(const std::string& surging, std::vector<std::string>& names)
{
    std::mt19937 random(11);
    std::vector<double> weights;
    for (int u = 0; u < kUsers; ++u) {
        weights.push_back(1.0 / (1.0 + u % 20));
    }
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    // Request keys are views: the names live in `names`, which is not grown after the views are taken.
    names.clear();
    for (int u = 0; u < kUsers; ++u) {
        names.push_back(userName(u));
    }
    for (int m = kNormalMinutes; m < kNormalMinutes + kIncidentMinutes; ++m) {
        for (int b = 0; b < 200; ++b) {
            names.push_back("bot-" + std::to_string(m) + "-" + std::to_string(b));
        }
    }
    names.push_back(surging);
    const std::string& surge = names.back();
    std::vector<Request> out;
    std::size_t bot = kUsers;
    for (int m = 0; m < kNormalMinutes + kIncidentMinutes + kAfterMinutes; ++m) {
        const TimeNs minute = kT0 + m * kNsPerMin;
        const std::size_t from = out.size();
        const int ordinary = 300 + static_cast<int>(random() % 40);
        for (int i = 0; i < ordinary; ++i) {
            const int u = pick(random);
            out.push_back(request(names[static_cast<std::size_t>(u)], minute + i * (kNsPerMin / ordinary), 1,
                                  u % 5 == 0 ? "/login" : ""));
            out.back().country = u % 3 == 0 ? "DE" : "US";
        }
        if (m >= kNormalMinutes && m < kNormalMinutes + kIncidentMinutes) {
            for (int i = 0; i < 600; ++i) {
                out.push_back(request(surge, minute + i * 100 * kNsPerMs + 1));
                out.back().country = "DE";
            }
            for (int i = 0; i < 200; ++i) {
                out.push_back(request(names[bot++], minute + i * 300 * kNsPerMs + 2, 1, "/login"));
                out.back().country = "CN";
            }
        }
        std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                         [](const Request& a, const Request& b) { return a.timestamp < b.timestamp; });
    }
    return out;
}

// In batches of a few requests, as the HTTP loops hand them over, with a tick at the start of every minute, as the
// engine thread ticks between batches. One engine judges a minute at its first request or tick after it; several
// at the first batch or tick after each of them closed it: with a tick on the grid point both judge it there, so
// the responses to an alert take effect at the same request.
void decideAll(EngineShards& engine, const std::vector<Request>& requests)
{
    std::vector<Decision> out(requests.size());
    TimeNs minute = kT0;
    std::size_t i = 0;
    while (i < requests.size()) {
        if (requests[i].timestamp >= minute + kNsPerMin) {
            minute = requests[i].timestamp / kNsPerMin * kNsPerMin;
            engine.tick(minute);
        }
        std::size_t n = 0;
        while (n < 16 && i + n < requests.size() && requests[i + n].timestamp < minute + kNsPerMin) {
            ++n;
        }
        engine.decide(std::span(requests).subspan(i, n), std::span(out).subspan(i, n));
        i += n;
    }
}

std::shared_ptr<const AnomalyView> viewOf(EngineShards& engine, TimeNs now)
{
    engine.tick(now);
    Snapshot snapshot;
    engine.fillSnapshot(now, snapshot);
    return snapshot.anomaly;
}

std::vector<AnomalyAlert> alertsOf(const AnomalyView& view)
{
    std::vector<AnomalyAlert> alerts = view.alerts;
    std::sort(alerts.begin(), alerts.end(), [](const AnomalyAlert& a, const AnomalyAlert& b) {
        return std::tie(a.kind, a.metric, a.start) < std::tie(b.kind, b.metric, b.start);
    });
    return alerts;
}

QString describe(const std::vector<AnomalyAlert>& alerts)
{
    QStringList rows;
    for (const AnomalyAlert& a : alerts) {
        rows << QStringLiteral("%1 %2 at %3 value %4")
                    .arg(static_cast<int>(a.kind))
                    .arg(QString::fromStdString(a.metric))
                    .arg((a.start - kT0) / kNsPerMin)
                    .arg(a.value);
    }
    return rows.join(QStringLiteral("; "));
}

bool allBots(const AnomalyAlert& a)
{
    return !a.affectedKeys.empty() && std::all_of(a.affectedKeys.begin(), a.affectedKeys.end(), [](const auto& k) {
        return std::string_view(k.first).starts_with("bot-");
    });
}

float scoreIn(const EngineShards& engine, const std::string& key)
{
    const auto view = engine.inspect(key);
    return view ? view->score : -1.0F;
}

}  // namespace

class TestShardAnomaly final : public QObject {
    Q_OBJECT

private slots:
    void detectsLikeOneEngine_data()
    {
        QTest::addColumn<int>("shards");
        QTest::newRow("two engines") << 2;
        QTest::newRow("three engines") << 3;
    }

    void detectsLikeOneEngine()
    {
        QFETCH(int, shards);
        EngineShards one(config(), 1);
        EngineShards many(config(), static_cast<std::uint32_t>(shards));
        // The surging user lives in a follower: its alert's key and response must come from there.
        const std::string surging = surgingUser(many, 1);
        QVERIFY(!surging.empty());
        std::vector<std::string> names;
        const std::vector<Request> requests = traffic(surging, names);
        decideAll(one, requests);
        decideAll(many, requests);
        const TimeNs end = kT0 + (kNormalMinutes + kIncidentMinutes + kAfterMinutes) * kNsPerMin;
        const auto a = viewOf(one, end);
        const auto b = viewOf(many, end);
        QVERIFY(a && b && a->enabled && b->enabled);

        // Every minute's global and route metrics are the sums of all engines: the same points, judged against the
        // same baselines.
        for (const std::string_view metric : {"requests", "denials", "active_keys", "new_keys", "route:/login"}) {
            const MetricSeries* x = seriesOf(*a, metric);
            const MetricSeries* y = seriesOf(*b, metric);
            QVERIFY2(x != nullptr && y != nullptr, metric.data());
            QCOMPARE(y->points.size(), x->points.size());
            QVERIFY(x->points.size() >= kNormalMinutes);
            for (std::size_t p = 0; p < x->points.size(); ++p) {
                QCOMPARE(y->points[p].at, x->points[p].at);
                QVERIFY2(y->points[p].value == x->points[p].value,
                         qPrintable(QStringLiteral("%1 at minute %2: %3 against %4")
                                        .arg(QString::fromUtf8(metric.data(), static_cast<int>(metric.size())))
                                        .arg((x->points[p].at - kT0) / kNsPerMin)
                                        .arg(y->points[p].value)
                                        .arg(x->points[p].value)));
                QCOMPARE(y->points[p].expected, x->points[p].expected);
                QCOMPARE(y->points[p].spread, x->points[p].spread);
            }
        }

        // The same alerts: the flood of new keys, the stuffing of /login, the new country and the surging user.
        const std::vector<AnomalyAlert> alertsA = alertsOf(*a);
        const std::vector<AnomalyAlert> alertsB = alertsOf(*b);
        QVERIFY2(alertsB.size() == alertsA.size(), qPrintable(describe(alertsA) + " | " + describe(alertsB)));
        std::map<AnomalyKind, int> kinds;
        for (std::size_t i = 0; i < alertsA.size(); ++i) {
            const AnomalyAlert& x = alertsA[i];
            const AnomalyAlert& y = alertsB[i];
            QVERIFY(y.kind == x.kind);
            QCOMPARE(y.metric, x.metric);
            QCOMPARE(y.start, x.start);
            QCOMPARE(y.end, x.end);
            QCOMPARE(y.affectedKeys.size(), x.affectedKeys.size());
            ++kinds[x.kind];
            if (x.kind == AnomalyKind::KeySurge) {
                // Both see the user's 600 a minute; the sketch that bounds a candidate's count samples one request in
                // four, so the count is within a tenth.
                QCOMPARE(x.metric, "key:" + surging);
                QCOMPARE(y.affectedKeys.front().first, surging);
                const auto near600 = [](std::uint64_t n) { return n >= 540 && n <= 660; };
                QVERIFY2(near600(y.affectedKeys.front().second) && near600(x.affectedKeys.front().second),
                         qPrintable(QStringLiteral("%1 and %2, value %3 and %4")
                                        .arg(y.affectedKeys.front().second)
                                        .arg(x.affectedKeys.front().second)
                                        .arg(y.value)
                                        .arg(x.value)));
                continue;
            }
            QCOMPARE(y.value, x.value);
            QCOMPARE(y.expected, x.expected);
            QCOMPARE(y.confidence, x.confidence);
            if (x.kind == AnomalyKind::NewKeyFlood || x.kind == AnomalyKind::RouteStuffing) {
                // A uniform choice of the new keys, from every engine: bots only.
                QVERIFY(allBots(x) && allBots(y));
            }
        }
        QVERIFY2(kinds[AnomalyKind::NewKeyFlood] == 1 && kinds[AnomalyKind::RouteStuffing] == 1 &&
                     kinds[AnomalyKind::KeySurge] == 1 && kinds[AnomalyKind::CountryShift] == 1,
                 qPrintable(describe(alertsA)));

        // The responses lowered the scores where the keys live: the surging user's score is one engine's, and no
        // engine but a key's own holds a record of it.
        QCOMPARE(scoreIn(many, surging), scoreIn(one, surging));
        std::size_t lowered = 0;
        for (const AnomalyAlert& y : alertsB) {
            for (const std::string& key : y.response.keysLowered) {
                ++lowered;
                for (std::uint32_t s = 0; s < many.count(); ++s) {
                    QCOMPARE(many.shard(s).inspect(key).has_value(), s == many.shardOf(key));
                }
            }
        }
        QVERIFY(lowered > 20);
        // The surging user paid once (a key pays once per response period, whichever of the incident's alerts came
        // first), and its score is what one engine gives it.
        const auto lowers = [&](const AnomalyAlert& x) {
            const auto& keys = x.response.keysLowered;
            return std::find(keys.begin(), keys.end(), surging) != keys.end();
        };
        QCOMPARE(std::count_if(alertsB.begin(), alertsB.end(), lowers), 1);
        QCOMPARE(std::count_if(alertsA.begin(), alertsA.end(), lowers), 1);
        QVERIFY(scoreIn(many, surging) < 50);

        // Taking the responses back gives every key its points back, in its own engine.
        std::map<std::string, float> before;
        for (const AnomalyAlert& y : alertsB) {
            for (const std::string& key : y.response.keysLowered) {
                before.emplace(key, scoreIn(many, key));
            }
        }
        std::map<std::string, float> given;
        for (const AnomalyAlert& y : alertsB) {
            if (y.response.keysLowered.empty() && !y.response.throttleRaised) {
                continue;
            }
            const Engine::AlertUndoPlan plan = many.planUndo(y.id, end);
            for (const auto& [key, points] : plan.points) {
                given[key] += points;
            }
            QVERIFY(many.apply(cmd::UndoAlertResponse{y.id, "ops"}, end).ok);
        }
        for (const auto& [key, score] : before) {
            QCOMPARE(scoreIn(many, key), std::min(100.0F, score + given[key]));
            for (std::uint32_t s = 0; s < many.count(); ++s) {
                QCOMPARE(many.shard(s).inspect(key).has_value(), s == many.shardOf(key));
            }
        }
    }

    void aGridPointWaitsForEveryEngine()
    {
        // The HTTP loops decide each engine's part on its own (decideOn), and the leader judges a minute once every
        // engine has closed it: at the next batch or tick of the whole, which closes it in the engines that had no
        // request since, as one engine closes it at its first request after it, whichever key that is for.
        EngineShards many(config(), 3);
        std::vector<std::string> keys(3);
        for (int i = 0; std::any_of(keys.begin(), keys.end(), [](const std::string& k) { return k.empty(); }); ++i) {
            std::string& slot = keys[many.shardOf(userName(i))];
            if (slot.empty()) {
                slot = userName(i);
            }
        }
        const auto decideOn = [&](std::uint32_t shard, TimeNs at, int count) {
            std::vector<Request> requests;
            for (int i = 0; i < count; ++i) {
                requests.push_back(request(keys[shard], at + i * kNsPerMs));
            }
            std::vector<Decision> out(requests.size());
            many.decideOn(shard, requests, out);
        };
        const auto requestPoints = [&]() -> std::vector<MetricPoint> {
            Snapshot snapshot;
            many.fillSnapshot(many.now(), snapshot);
            const MetricSeries* s = seriesOf(*snapshot.anomaly, "requests");
            return s == nullptr ? std::vector<MetricPoint>{} : s->points;
        };
        // The first minute: 5, 7 and 11 requests in the three engines.
        decideOn(0, kT0, 5);
        decideOn(1, kT0, 7);
        decideOn(2, kT0, 11);
        // The next minute reaches the first two engines, which close the first; the third has still to.
        decideOn(0, kT0 + kNsPerMin, 1);
        decideOn(1, kT0 + kNsPerMin, 1);
        QCOMPARE(many.shard(0).nextAnomalySample(), kT0 + 2 * kNsPerMin);
        QCOMPARE(many.shard(2).nextAnomalySample(), kT0 + kNsPerMin);
        QVERIFY(requestPoints().empty());
        // A batch through the whole engine closes it in the third and judges it, with all 23 requests.
        const Request next = request(keys[0], kT0 + kNsPerMin + kNsPerSec);
        Decision d;
        many.decide(std::span<const Request>(&next, 1), std::span<Decision>(&d, 1));
        QCOMPARE(many.shard(2).nextAnomalySample(), kT0 + 2 * kNsPerMin);
        const std::vector<MetricPoint> points = requestPoints();
        QCOMPARE(points.size(), std::size_t{1});
        QCOMPARE(points.front().at, kT0 + kNsPerMin);
        QCOMPARE(points.front().value, 23.0F);

        // An engine without any traffic yet holds nothing back.
        EngineShards idle(config(), 3);
        const std::string& only = keys[1];
        std::vector<Request> requests;
        for (int i = 0; i < 9; ++i) {
            requests.push_back(request(only, kT0 + i * kNsPerSec));
        }
        std::vector<Decision> out(requests.size());
        idle.decide(requests, out);
        idle.tick(kT0 + kNsPerMin + kNsPerSec);
        QCOMPARE(idle.shard(0).nextAnomalySample(), kNever);
        Snapshot snapshot;
        idle.fillSnapshot(idle.now(), snapshot);
        const MetricSeries* s = seriesOf(*snapshot.anomaly, "requests");
        QVERIFY(s != nullptr);
        QCOMPARE(s->points.size(), std::size_t{1});
        QCOMPARE(s->points.front().value, 9.0F);
    }

    void openAlertsResolveWithoutTraffic()
    {
        // An alert open from before (a restart) resolves once its metric was calm long enough, with no traffic on
        // any engine, as it does with one.
        EngineShards many(config(), 3);
        const anomaly::Finding spike{AnomalyKind::Spike, "requests", 0.95, kT0, 900, 300, 20, {}};
        many.leader().observeAnomalies(std::span<const anomaly::Finding>(&spike, 1), kT0);
        QCOMPARE(many.anomaly().alerts().openCount(), std::uint64_t{1});
        many.tick(kT0 + 5 * kNsPerMin);
        QCOMPARE(many.anomaly().alerts().openCount(), std::uint64_t{1});
        many.tick(kT0 + AnomalyConfig{}.autoResolveAfter + kNsPerSec);
        QCOMPARE(many.anomaly().alerts().openCount(), std::uint64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestShardAnomaly)
#include "tst_shard_anomaly.moc"
