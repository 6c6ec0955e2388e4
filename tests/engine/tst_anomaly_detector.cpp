// SPDX-License-Identifier: Apache-2.0
// The streaming anomaly detector on synthetic series with a known answer: a spike, a level shift and a traffic
// drop are each found once, soon after they start; a clean daily pattern, with noise or as a square wave, gives
// no alert at all.
#include "anomaly/AnomalyDetector.h"

#include <QtTest>

#include <cmath>
#include <functional>
#include <numbers>
#include <random>
#include <vector>

using namespace sluice::engine;
using sluice::engine::anomaly::AnomalyDetector;

namespace {

constexpr TimeNs kStep = 5 * kNsPerMin;
constexpr std::size_t kPerDay = 288;
constexpr std::size_t kDays = 14;
constexpr std::size_t kIncidentAt = 9 * kPerDay + 100;  // a weekday morning, well after the first week

// A daily pattern on a 5-minute grid: a sine over the day around `base`, with Gaussian noise.
std::vector<double> daily(double base, double amplitude, double noise, unsigned seed = 7)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> gauss(0.0, noise);
    std::vector<double> values(kDays * kPerDay);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double phase = 2 * std::numbers::pi * static_cast<double>(i % kPerDay) / kPerDay;
        values[i] = base + amplitude * std::sin(phase) + gauss(random);
    }
    return values;
}

struct Run {
    std::vector<std::size_t> alerts;
    double minScore = 1;
    double maxScore = 0;
};

Run detect(const std::vector<double>& values)
{
    AnomalyDetector detector;
    Run run;
    const TimeNs start = 1'400'000'000 * kNsPerSec;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto v = detector.observe(start + static_cast<TimeNs>(i) * kStep, values[i]);
        run.minScore = std::min(run.minScore, v.score);
        run.maxScore = std::max(run.maxScore, v.score);
        if (v.alert) {
            run.alerts.push_back(i);
        }
    }
    return run;
}

QString describe(const Run& run)
{
    QStringList rows;
    for (const std::size_t i : run.alerts) {
        rows << QString::number(i);
    }
    return QStringLiteral("alerts at rows: ") + rows.join(QLatin1Char(' '));
}

}  // namespace

class TestAnomalyDetector final : public QObject {
    Q_OBJECT

private slots:
    void cleanDailyPatternGivesNoAlert()
    {
        for (const unsigned seed : {1U, 2U, 3U}) {
            const Run run = detect(daily(100, 40, 2, seed));
            QVERIFY2(run.alerts.empty(), qPrintable(describe(run)));
            QVERIFY(run.minScore >= 0 && run.maxScore < AnomalyDetector::kAlertScore);
        }
    }

    void dailySquareWaveGivesNoAlert()
    {
        // Office hours: a jump up at 09:00 and back at 18:00 every day is the pattern, not an incident.
        std::vector<double> values(kDays * kPerDay);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::size_t minute = (i % kPerDay) * 5;
            values[i] = minute >= 9 * 60 && minute < 18 * 60 ? 80 : 20;
        }
        const Run run = detect(values);
        // The first jumps are news: the detector has not seen a day yet.
        for (const std::size_t i : run.alerts) {
            QVERIFY2(i < 2 * kPerDay, qPrintable(describe(run)));
        }
    }

    void spikeIsAlertedOnce()
    {
        std::vector<double> values = daily(100, 40, 2);
        for (std::size_t i = kIncidentAt; i < kIncidentAt + 3; ++i) {
            values[i] += 60;
        }
        const Run run = detect(values);
        QCOMPARE(run.alerts.size(), std::size_t{1});
        QCOMPARE(run.alerts.front(), kIncidentAt);
        QVERIFY(run.maxScore <= 1.0);
    }

    void levelShiftIsAlertedOnceAndSoon()
    {
        std::vector<double> values = daily(100, 40, 2);
        for (std::size_t i = kIncidentAt; i < values.size(); ++i) {
            values[i] += 10;  // five standard deviations of the noise, for good: found within two hours
        }
        const Run run = detect(values);
        QVERIFY2(run.alerts.size() == 1, qPrintable(describe(run)));
        QVERIFY2(run.alerts.front() >= kIncidentAt && run.alerts.front() < kIncidentAt + 24, qPrintable(describe(run)));
    }

    void trafficDropIsAlerted()
    {
        // An upstream outage: the request rate falls to a tenth for two hours.
        std::vector<double> values = daily(1000, 300, 20);
        for (std::size_t i = kIncidentAt; i < kIncidentAt + 24; ++i) {
            values[i] *= 0.1;  // found within the hour
        }
        const Run run = detect(values);
        QVERIFY2(run.alerts.size() == 1, qPrintable(describe(run)));
        QVERIFY2(run.alerts.front() >= kIncidentAt && run.alerts.front() < kIncidentAt + 12, qPrintable(describe(run)));
    }

    void longIncidentGivesOneAlert()
    {
        // A flood that comes and goes in bursts for three hours is one incident.
        std::vector<double> values = daily(100, 40, 2);
        for (std::size_t i = kIncidentAt; i < kIncidentAt + 36; ++i) {
            values[i] += (i / 4) % 2 == 0 ? 80 : 0;
        }
        const Run run = detect(values);
        QVERIFY2(run.alerts.size() == 1, qPrintable(describe(run)));
    }

    void flatSeriesThatMovesOnce()
    {
        // A metric that sat still for days: its first real move is an incident, and the state stays finite.
        std::vector<double> values(kDays * kPerDay, 45.0);
        for (std::size_t i = kIncidentAt; i < values.size(); ++i) {
            values[i] = 90;
        }
        const Run run = detect(values);
        QCOMPARE(run.alerts.size(), std::size_t{1});
        QCOMPARE(run.alerts.front(), kIncidentAt);
        QVERIFY(std::isfinite(run.maxScore));
    }
};

QTEST_APPLESS_MAIN(TestAnomalyDetector)
#include "tst_anomaly_detector.moc"
