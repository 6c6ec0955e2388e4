// SPDX-License-Identifier: Apache-2.0
// The engine's detectors on synthetic traffic with a known answer: a daily pattern of ordinary users on three
// routes from three countries, sampled every minute, and on top of it a spike, a level shift, an outage, a
// new-key flood, credential stuffing on one route, a country shift and one key surging. Each is found with
// the right kind, metric and keys; clean days give no alert; the seasonal baselines wait for min_data_days and
// survive a restart.
#include "anomaly/AnomalyDetectors.h"
#include "keys/KeyTable.h"
#include "limiter/Policy.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::anomaly;

namespace {

// 2027-01-18 00:00:00 UTC, a Monday.
constexpr TimeNs kT0 = 1'800'230'400LL * kNsPerSec;
constexpr double kAlert = 0.8;
constexpr std::int64_t kDay = 24 * 60;  // minutes
constexpr double kBase = 300;           // requests a minute at the daily mean

// Feeds requests to the detectors as the engine does: the key table, the key's last-seen second, the tally,
// and a sample whenever a request reaches the next grid point.
class Traffic final {
public:
    explicit Traffic(AnomalyConfig config = {}) : detectors(config)
    {
        policies = {Policy{"", 600, kNsPerMin, 100}, Policy{"/login", 20, kNsPerMin, 10},
                    Policy{"/api", 600, kNsPerMin, 100}};
        for (int u = 0; u < 600; ++u) {
            users.push_back("user-" + std::to_string(u));
        }
        std::vector<double> weights;
        for (int u = 0; u < 600; ++u) {
            weights.push_back(1.0 / (1.0 + u % 50));
        }
        pickUser = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    void request(std::string_view key, std::uint32_t policy, std::string_view country, TimeNs at)
    {
        PartContext context{keys, events, at, requests, 0, false, &policies};
        if (detectors.nextSample() == kNever || at >= detectors.nextSample()) {
            detectors.sample(at, context, findings);
        }
        detectors.noteTraffic(at, at);
        const std::uint64_t hash = KeyTable::hash(key);
        std::uint32_t index = keys.find(key, hash);
        if (index == KeyTable::kNone) {
            index = keys.insert(key, hash);
            keys.record(index).lastSeenSec = toUnixSec(at);
            detectors.tally().newKey(index, hash);
        }
        KeyRecord& r = keys.record(index);
        const bool first = r.lastSeenSec < detectors.tally().sampleStartSec();
        r.lastSeenSec = std::max(r.lastSeenSec, toUnixSec(at));
        ++r.allowed;  // as the engine does: the key's totals count the request before detection sees it
        detectors.tally().count(index, hash, policy, country, true, first, r.allowed + r.denied);
        ++requests;
    }

    void sampleUpTo(TimeNs at)
    {
        PartContext context{keys, events, at, requests, 0, false, &policies};
        detectors.sample(at, context, findings);
    }

    // The ordinary users' traffic for one minute: `base` requests a minute at midday, a daily curve.
    void normalMinute(TimeNs minute, double base, double scale = 1.0)
    {
        const double hour = static_cast<double>((minute / kNsPerMin) % (24 * 60)) / 60.0;
        const double daily = 1.0 + 0.6 * std::sin(2 * std::numbers::pi * (hour - 8) / 24);
        std::poisson_distribution<int> count(base * daily * scale);
        const int n = count(random);
        for (int i = 0; i < n; ++i) {
            const TimeNs at = minute + i * (kNsPerMin / std::max(n, 1));
            const int u = pickUser(random);
            const int route = u % 10 == 0 ? 1 : (u % 10 < 4 ? 2 : 0);
            const std::string_view country = u % 10 < 5 ? "US" : (u % 10 < 8 ? "DE" : "GB");
            request(users[static_cast<std::size_t>(u)], static_cast<std::uint32_t>(route), country, at);
        }
    }

    // Ordinary traffic from minute `from` (counted from kT0) for `minutes`, with `extra` called each minute.
    void run(std::int64_t from, std::int64_t minutes, double base,
             const std::function<void(std::int64_t, TimeNs)>& extra = {})
    {
        for (std::int64_t m = from; m < from + minutes; ++m) {
            const TimeNs minute = kT0 + m * kNsPerMin;
            normalMinute(minute, base);
            if (extra) {
                extra(m, minute);
            }
        }
    }

    // A day of ordinary traffic, then the next day until half an hour after an incident that starts at `hour`
    // o'clock and lasts `minutes`, `during` adding its requests in each of its minutes. The second day's alerts.
    std::vector<Finding> dayThenIncident(int hour, std::int64_t minutes, const std::function<void(TimeNs)>& during)
    {
        run(0, kDay, kBase);
        const std::int64_t at = kDay + hour * 60;
        run(kDay, hour * 60 + minutes + 30, kBase, [&](std::int64_t m, TimeNs minute) {
            if (m >= at && m < at + minutes) {
                during(minute);
            }
        });
        return alertsFrom(kT0 + kDay * kNsPerMin);
    }
    // The sample that holds the first minute of the incident at `hour` o'clock on the second day.
    static TimeNs onset(int hour) { return kT0 + (kDay + hour * 60 + 1) * kNsPerMin; }

    std::vector<Finding> alertsFrom(TimeNs since, double confidence = kAlert) const
    {
        std::vector<Finding> out;
        for (const Finding& f : findings) {
            if (f.at >= since && f.confidence >= confidence) {
                out.push_back(f);
            }
        }
        return out;
    }

    AnomalyDetectors detectors;
    KeyTable keys;
    EventBatch events;
    std::vector<Policy> policies;
    std::vector<Finding> findings;
    std::vector<std::string> users;
    std::discrete_distribution<int> pickUser;
    std::mt19937 random{7};
    std::uint64_t requests = 0;
};

QString describe(const std::vector<Finding>& findings)
{
    QStringList rows;
    for (const Finding& f : findings) {
        rows << QStringLiteral("%1 kind %2 %3 conf %4 value %5 expected %6")
                    .arg((f.at - kT0) / kNsPerMin)
                    .arg(static_cast<int>(f.kind))
                    .arg(QString::fromStdString(f.metric))
                    .arg(f.confidence, 0, 'f', 2)
                    .arg(f.value)
                    .arg(f.expected);
        if (rows.size() > 30) {
            break;
        }
    }
    return rows.join(QStringLiteral("; "));
}

const Finding* first(const std::vector<Finding>& findings, AnomalyKind kind, std::string_view metric)
{
    for (const Finding& f : findings) {
        if (f.kind == kind && f.metric == metric) {
            return &f;
        }
    }
    return nullptr;
}

bool allKeysStartWith(const Finding& f, std::string_view prefix)
{
    return !f.affectedKeys.empty() && std::all_of(f.affectedKeys.begin(), f.affectedKeys.end(), [&](const auto& k) {
        return std::string_view(k.first).starts_with(prefix);
    });
}

bool mostFirst(const Finding& f)
{
    return f.affectedKeys.size() <= 20 &&
           std::is_sorted(f.affectedKeys.begin(), f.affectedKeys.end(),
                          [](const auto& a, const auto& b) { return a.second > b.second; });
}

}  // namespace

class TestAnomalyDetectors final : public QObject {
    Q_OBJECT

private slots:
    void cleanDaysGiveNoAlert()
    {
        Traffic t;
        t.run(0, 9 * kDay, kBase);
        // The first hour learns; after it nothing is alerted, over nine days of an ordinary daily pattern.
        const auto alerts = t.alertsFrom(kT0 + kNsPerHour);
        QVERIFY2(alerts.empty(), qPrintable(describe(alerts)));
        QVERIFY(t.detectors.learnedDays() > 8.9);
    }

    void spikeIsFound()
    {
        Traffic t;
        const auto alerts = t.dayThenIncident(12, 5, [&](TimeNs minute) {
            t.normalMinute(minute, kBase, 3);  // four times the traffic for five minutes
        });
        const Finding* f = first(alerts, AnomalyKind::Spike, "requests");
        QVERIFY2(f != nullptr, qPrintable(describe(alerts)));
        QCOMPARE(f->at, Traffic::onset(12));
        QVERIFY(f->value > 3 * f->expected && f->spread > 0);
        QVERIFY(mostFirst(*f));
        for (const Finding& a : alerts) {
            QVERIFY2(a.at < Traffic::onset(12) + 5 * kNsPerMin, qPrintable(describe(alerts)));
        }
    }

    void levelShiftIsFound()
    {
        AnomalyConfig config;
        Traffic t(config);
        t.run(0, 2 * kDay, kBase);
        const std::int64_t at = 2 * kDay + 10 * 60;
        t.run(2 * kDay, 10 * 60 + 180, kBase, [&](std::int64_t m, TimeNs minute) {
            if (m >= at) {
                t.normalMinute(minute, kBase, 0.4);  // 40 % more for good: no spike, a new level, found in two hours
            }
        });
        const auto alerts = t.alertsFrom(kT0 + 2 * kDay * kNsPerMin);
        const Finding* f = first(alerts, AnomalyKind::LevelShift, "requests");
        QVERIFY2(f != nullptr, qPrintable(describe(t.alertsFrom(kT0 + 2 * kDay * kNsPerMin, 0.3))));
        QVERIFY2(f->at > kT0 + at * kNsPerMin && f->at <= kT0 + (at + 120) * kNsPerMin, qPrintable(describe(alerts)));
        QVERIFY(f->value > f->expected);
    }

    void outageIsADrop()
    {
        Traffic t;
        t.run(0, kDay, kBase);
        const std::int64_t at = kDay + 14 * 60;
        // An upstream outage: only a tenth of the traffic arrives for half an hour.
        for (std::int64_t m = kDay; m < at + 60; ++m) {
            t.normalMinute(kT0 + m * kNsPerMin, kBase, m >= at && m < at + 30 ? 0.1 : 1.0);
        }
        const auto alerts = t.alertsFrom(kT0 + kDay * kNsPerMin);
        const Finding* f = first(alerts, AnomalyKind::Drop, "requests");
        QVERIFY2(f != nullptr, qPrintable(describe(alerts)));
        QCOMPARE(f->at, kT0 + (at + 1) * kNsPerMin);
        QVERIFY(f->value < 0.2 * f->expected);
        QVERIFY2(first(alerts, AnomalyKind::Spike, "requests") == nullptr, qPrintable(describe(alerts)));
    }

    void newKeyFloodIsFound()
    {
        Traffic t;
        int bot = 0;
        const auto alerts = t.dayThenIncident(9, 10, [&](TimeNs minute) {
            // A botnet: 400 keys never seen before each minute, two requests each.
            for (int i = 0; i < 400; ++i, ++bot) {
                const std::string key = "bot-" + std::to_string(bot);
                t.request(key, 0, "VN", minute + i * kNsPerMs);
                t.request(key, 0, "VN", minute + i * kNsPerMs + kNsPerSec);
            }
        });
        const Finding* f = first(alerts, AnomalyKind::NewKeyFlood, "new_keys");
        QVERIFY2(f != nullptr, qPrintable(describe(alerts)));
        QCOMPARE(f->at, Traffic::onset(9));
        QCOMPARE(f->value, 400.0);
        QVERIFY(allKeysStartWith(*f, "bot-"));
        QCOMPARE(f->affectedKeys.size(), std::size_t{20});
        QVERIFY(mostFirst(*f));
    }

    void manyKeysOnOneRouteIsStuffing()
    {
        Traffic t;
        int attempt = 0;
        const auto alerts = t.dayThenIncident(15, 20, [&](TimeNs minute) {
            // Credential stuffing: 150 fresh keys a minute, each trying /login three times.
            for (int i = 0; i < 150; ++i, ++attempt) {
                const std::string key = "login-" + std::to_string(attempt);
                for (int k = 0; k < 3; ++k) {
                    t.request(key, 1, "RU", minute + i * 100 * kNsPerMs + k * kNsPerMs);
                }
            }
        });
        const Finding* f = first(alerts, AnomalyKind::RouteStuffing, "route:/login");
        QVERIFY2(f != nullptr, qPrintable(describe(alerts)));
        QCOMPARE(f->at, Traffic::onset(15));
        QVERIFY(allKeysStartWith(*f, "login-"));
        QVERIFY(first(alerts, AnomalyKind::RouteStuffing, "route:/api") == nullptr);
    }

    void stuffingWithoutHistoryIsFound()
    {
        // From the first minutes, before any baseline: most new keys go to /login, which has a tenth of the
        // requests.
        Traffic t;
        int attempt = 0;
        t.run(0, 40, kBase, [&](std::int64_t m, TimeNs minute) {
            for (int i = 0; m >= 5 && i < 150; ++i, ++attempt) {
                const std::string key = "login-" + std::to_string(attempt);
                t.request(key, 1, "RU", minute + i * 100 * kNsPerMs);
            }
        });
        const auto alerts = t.alertsFrom(kT0);
        const Finding* f = first(alerts, AnomalyKind::RouteStuffing, "route:/login");
        QVERIFY2(f != nullptr, qPrintable(describe(t.alertsFrom(kT0, 0))));
        QVERIFY2(f->at <= kT0 + 7 * kNsPerMin, qPrintable(describe(alerts)));
        // The new keys on the route: a new ordinary user among them looks the same.
        const auto stuffing = std::count_if(f->affectedKeys.begin(), f->affectedKeys.end(),
                                            [](const auto& k) { return k.first.starts_with("login-"); });
        QVERIFY(f->affectedKeys.size() >= 10 &&
                stuffing * 4 >= static_cast<std::ptrdiff_t>(f->affectedKeys.size()) * 3);
    }

    void countryShiftIsFound()
    {
        Traffic t;
        const auto alerts = t.dayThenIncident(11, 15, [&](TimeNs minute) {
            // The same users, but half the traffic now comes through Brazil.
            for (int i = 0; i < 300; ++i) {
                t.request(t.users[static_cast<std::size_t>(i)], 0, "BR", minute + i * kNsPerMs);
            }
        });
        const Finding* f = first(alerts, AnomalyKind::CountryShift, "country:BR");
        QVERIFY2(f != nullptr, qPrintable(describe(alerts)));
        QCOMPARE(f->at, Traffic::onset(11));
        QVERIFY(f->value > 0.3 && f->expected < 0.01);
    }

    void oneKeySurging()
    {
        Traffic t;
        const auto alerts = t.dayThenIncident(16, 5, [&](TimeNs minute) {
            // One ordinary user (a few requests a minute) sends 600 a minute.
            for (int i = 0; i < 600; ++i) {
                t.request("user-317", 2, "DE", minute + i * 100 * kNsPerMs);
            }
        });
        const Finding* f = first(alerts, AnomalyKind::KeySurge, "key:user-317");
        QVERIFY2(f != nullptr, qPrintable(describe(alerts)));
        QCOMPARE(f->at, Traffic::onset(16));
        QCOMPARE(f->affectedKeys.size(), std::size_t{1});
        QCOMPARE(f->affectedKeys.front().first, std::string("user-317"));
        QVERIFY(f->affectedKeys.front().second >= 600);
        for (const Finding& a : alerts) {
            QVERIFY2(a.kind != AnomalyKind::KeySurge || a.metric == "key:user-317", qPrintable(describe(alerts)));
        }
    }

    void aLightKeyBesideAHeavyOneIsNoSurge()
    {
        // A light key whose two sketch counters are both a heavy key's has that key's estimate: its own requests
        // are what is judged, so it never looks like a surge (and no ordinary user is penalised for a partner).
        const auto cell = [](std::uint64_t h) { return h & ((std::uint64_t{1} << 15) - 1); };
        const std::uint64_t heavyCell = cell(KeyTable::hash("partner-1"));
        std::string light;
        for (int i = 0; light.empty(); ++i) {
            const std::string candidate = "light-" + std::to_string(i);
            if (cell(KeyTable::hash(candidate)) == heavyCell) {
                light = candidate;
            }
        }
        Traffic t;
        const std::int64_t incident = kDay + 16 * 60;
        t.run(0, kDay + 17 * 60, kBase, [&](std::int64_t m, TimeNs minute) {
            const std::uint32_t threshold = t.detectors.tally().heavy().threshold();
            // During the incident the light key's one request comes when the partner is one below the threshold.
            const std::uint32_t lightAfter = m >= incident && m < incident + 5 ? threshold - 2 : 300;
            for (std::uint32_t i = 0; i < 600; ++i) {
                t.request("partner-1", 0, "US", minute + (1 + i) * 90 * kNsPerMs);
                if (i == lightAfter) {
                    t.request(light, 0, "US", minute + (1 + i) * 90 * kNsPerMs + 1);
                }
            }
        });
        const auto alerts = t.alertsFrom(kT0 + kDay * kNsPerMin);
        QVERIFY2(first(alerts, AnomalyKind::KeySurge, "key:" + light) == nullptr, qPrintable(describe(alerts)));
    }

    void hourlyBatchesAreAHabit()
    {
        // A log written in hourly batches: every request of an hour stamped with the same minute, the other 59
        // empty. Before the hour-of-week baseline knows that rhythm, the burst must not look like a spike.
        Traffic t;
        for (std::int64_t hour = 0; hour < 60; ++hour) {
            const TimeNs minute = kT0 + (hour * 60 + 5) * kNsPerMin;
            for (int i = 0; i < 120; ++i) {
                t.request(t.users[static_cast<std::size_t>((hour * 7 + i) % 600)], 0, "US",
                          minute + i * 400 * kNsPerMs);
            }
        }
        t.sampleUpTo(kT0 + 61 * 60 * kNsPerMin);
        const auto alerts = t.alertsFrom(kT0 + 2 * 60 * kNsPerMin);
        QVERIFY2(first(alerts, AnomalyKind::Spike, "requests") == nullptr, qPrintable(describe(alerts)));
        QVERIFY2(first(alerts, AnomalyKind::Spike, "active_keys") == nullptr, qPrintable(describe(alerts)));
    }

    void sensitivityZeroTurnsADetectorOff()
    {
        AnomalyConfig config;
        config.sensitivity[static_cast<int>(AnomalyKind::Drop)] = 0;
        Traffic t(config);
        t.run(0, kDay, kBase);
        for (std::int64_t m = kDay; m < kDay + 60; ++m) {
            t.normalMinute(kT0 + m * kNsPerMin, kBase, m >= kDay + 30 ? 0.05 : 1.0);
        }
        const auto all = t.alertsFrom(kT0, 0);
        QVERIFY2(std::none_of(all.begin(), all.end(), [](const Finding& f) { return f.kind == AnomalyKind::Drop; }),
                 qPrintable(describe(all)));
    }

    void seasonalBaselinesWaitForMinDataDays()
    {
        // Office hours: traffic triples at 09:00 sharp every day. Until the hour-of-week baselines have the
        // configured days of history, the jump is judged against the recent level and found; after, it is
        // the usual Monday (or Tuesday...) 09:00.
        const auto officeHours = [](double minDataDays) {
            AnomalyConfig config;
            config.minDataDays = minDataDays;
            config.sensitivity[static_cast<int>(AnomalyKind::LevelShift)] = 0;  // the seasonal side alone
            Traffic t(config);
            for (std::int64_t m = 0; m < 10 * kDay; ++m) {
                const std::int64_t minuteOfDay = m % kDay;
                const bool office = minuteOfDay >= 9 * 60 && minuteOfDay < 17 * 60;
                std::poisson_distribution<int> count(office ? 600 : 200);
                const int n = count(t.random);
                for (int i = 0; i < n; ++i) {
                    const int u = t.pickUser(t.random);
                    t.request(t.users[static_cast<std::size_t>(u)], 0, "US", kT0 + m * kNsPerMin + i * kNsPerMs);
                }
            }
            std::vector<int> days;  // the days with a Spike at 09:00
            for (const Finding& f : t.alertsFrom(kT0, 0.5)) {
                const std::int64_t m = (f.at - kT0) / kNsPerMin;
                if (f.kind == AnomalyKind::Spike && m % kDay >= 9 * 60 && m % kDay < 10 * 60 &&
                    (days.empty() || days.back() != m / kDay)) {
                    days.push_back(static_cast<int>(m / kDay));
                }
            }
            return std::pair(days, t.detectors.learnedDays());
        };
        const auto [week, learned] = officeHours(7);
        QVERIFY(learned > 9.9);
        QCOMPARE(week, (std::vector<int>{0, 1, 2, 3, 4, 5, 6}));
        const auto [fortnight, learnedToo] = officeHours(14);
        QCOMPARE(fortnight, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        (void)learnedToo;
    }

    void baselinesSurviveARestart()
    {
        AnomalyConfig config;
        // Level shifts are the single-series detector's, whose own state is tested with it.
        config.sensitivity[static_cast<int>(AnomalyKind::LevelShift)] = 0;
        Traffic live(config);
        live.run(0, 8 * kDay, kBase);
        live.sampleUpTo(kT0 + 8 * kDay * kNsPerMin);  // as a console does before it saves on closing
        const auto rows = live.detectors.saveBaselines();
        QVERIFY(rows.size() >= 6);

        // Another process restores them, and both see the same next day with an incident in it.
        Traffic restarted(config);
        restarted.detectors.restoreBaselines(rows);
        QCOMPARE(restarted.detectors.learnedDays(), live.detectors.learnedDays());
        restarted.random = live.random;
        const auto incident = [](Traffic& t) {
            t.run(8 * kDay, 16 * 60, kBase, [&](std::int64_t m, TimeNs minute) {
                if (m >= 8 * kDay + 14 * 60 && m < 8 * kDay + 14 * 60 + 10) {
                    t.normalMinute(minute, kBase, 2);
                }
            });
        };
        // The restarted table has none of the keys; after the hour they take to come back, that must not
        // matter to what is found.
        incident(live);
        incident(restarted);
        const TimeNs since = kT0 + (8 * kDay + 60) * kNsPerMin;
        // The new-key rate is the key table's, and a restarted table is empty: compare the rest.
        const auto comparable = [&](const Traffic& t) {
            auto found = t.alertsFrom(since, 0);
            std::erase_if(found, [](const Finding& f) { return f.metric == "new_keys"; });
            return found;
        };
        const auto liveFound = comparable(live);
        const auto restartedFound = comparable(restarted);
        QVERIFY2(first(liveFound, AnomalyKind::Spike, "requests") != nullptr, qPrintable(describe(liveFound)));
        QCOMPARE(restartedFound.size(), liveFound.size());
        for (std::size_t i = 0; i < liveFound.size(); ++i) {
            QCOMPARE(restartedFound[i].kind, liveFound[i].kind);
            QCOMPARE(restartedFound[i].metric, liveFound[i].metric);
            QCOMPARE(restartedFound[i].at, liveFound[i].at);
            QVERIFY2(restartedFound[i].confidence == liveFound[i].confidence, restartedFound[i].metric.c_str());
        }
    }

    void damagedBaselinesAreIgnored()
    {
        Traffic live;
        live.run(0, 2 * kDay, kBase);
        auto rows = live.detectors.saveBaselines();
        std::mt19937 random(3);
        for (auto& [metric, bytes] : rows) {
            for (std::size_t i = 0; i < bytes.size(); i += 7) {
                bytes[i] = static_cast<char>(random());
            }
        }
        // The header intact and a value inside out of range: the fields' own checks refuse the row.
        auto payload = live.detectors.saveBaselines();
        for (auto& [metric, bytes] : payload) {
            const std::size_t afterHeader = sizeof(std::uint32_t) + 14;  // length, magic, version, interval
            QVERIFY(bytes.size() > afterHeader + 8);
            const float nan = std::numeric_limits<float>::quiet_NaN();
            const float negative = -1.0F;
            std::memcpy(bytes.data() + afterHeader, &nan, sizeof nan);                // a level
            std::memcpy(bytes.data() + afterHeader + 4, &negative, sizeof negative);  // a spread
        }
        AnomalyDetectors damagedInside;
        damagedInside.restoreBaselines(payload);
        QCOMPARE(damagedInside.learnedDays(), 0.0);
        QVERIFY(damagedInside.saveBaselines() != live.detectors.saveBaselines());
        rows.emplace_back("requests", std::string("\x01\x02", 2));
        rows.emplace_back("no such metric", std::string(100, '\xff'));
        rows.emplace_back("requests", std::string());
        AnomalyDetectors restored;
        restored.restoreBaselines(rows);
        QCOMPARE(restored.learnedDays(), 0.0);
        // Truncated rows are refused whole.
        AnomalyDetectors truncated;
        auto good = live.detectors.saveBaselines();
        for (auto& [metric, bytes] : good) {
            bytes.resize(bytes.size() - 1);
        }
        truncated.restoreBaselines(good);
        QCOMPARE(truncated.learnedDays(), 0.0);
    }

    void viewShowsTheSeries()
    {
        Traffic t;
        t.run(0, 2 * kDay, kBase);
        AnomalyView view;
        const std::uint64_t version = t.detectors.version();
        t.detectors.fillView(view);
        QCOMPARE(view.minDataDays, 7.0);
        QVERIFY(view.learnedDays > 1.9 && view.learnedDays < 2.1);
        QVERIFY(view.series.size() >= 4);  // and the metrics of any findings
        QCOMPARE(view.series[0].metric, std::string("requests"));
        QCOMPARE(view.series[3].metric, std::string("new_keys"));
        QCOMPARE(view.series[0].points.size(), std::size_t{kDay});  // the last day
        for (const MetricSeries& s : view.series) {
            QVERIFY(std::is_sorted(s.points.begin(), s.points.end(),
                                   [](const MetricPoint& a, const MetricPoint& b) { return a.at < b.at; }));
        }
        t.normalMinute(kT0 + 2 * kDay * kNsPerMin, kBase);
        t.request("late", 0, "US", kT0 + (2 * kDay + 1) * kNsPerMin);
        QVERIFY(t.detectors.version() > version);
    }
};

QTEST_GUILESS_MAIN(TestAnomalyDetectors)
#include "tst_anomaly_detectors.moc"
