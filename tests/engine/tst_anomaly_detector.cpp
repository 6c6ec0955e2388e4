// SPDX-License-Identifier: Apache-2.0
// The streaming anomaly detector on synthetic series with a known answer: a spike, a level shift, a traffic
// drop and a silence are each found once, soon after they start; a clean daily pattern, with noise or as a
// square wave, and a series that switches between two levels give no alert at all. Its verdicts are streaming
// (later rows never change earlier ones), and its saved state carries on exactly where it was saved, while
// bytes that are not a saved state are refused and change nothing.
#include "anomaly/AnomalyDetector.h"

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
using sluice::engine::anomaly::AnomalyDetector;
using sluice::engine::anomaly::AnomalyVerdict;

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

// Two levels the series switches between at random, each held for about two hours, with a little noise: a
// bimodal metric (a batch job that is on or off), which has no incident in it.
std::vector<double> twoLevels(unsigned seed = 11)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::bernoulli_distribution flip(1.0 / 24);
    std::vector<double> values(kDays * kPerDay);
    bool high = false;
    for (double& value : values) {
        high = flip(random) ? !high : high;
        value = (high ? 50 : 10) + gauss(random);
    }
    return values;
}

constexpr TimeNs kStart = 1'400'000'000 * kNsPerSec;
TimeNs timeOf(std::size_t row) { return kStart + static_cast<TimeNs>(row) * kStep; }

struct Run {
    std::vector<std::size_t> alerts;
    std::vector<AnomalyVerdict> verdicts;
    double minScore = 1;
    double maxScore = 0;
};

Run detect(const std::vector<double>& values, AnomalyDetector detector = {}, std::size_t from = 0)
{
    Run run;
    for (std::size_t i = from; i < values.size(); ++i) {
        const auto v = detector.observe(timeOf(i), values[i]);
        run.verdicts.push_back(v);
        run.minScore = std::min(run.minScore, v.score);
        run.maxScore = std::max(run.maxScore, v.score);
        if (v.alert) {
            run.alerts.push_back(i);
        }
    }
    return run;
}

AnomalyDetector learned(const std::vector<double>& values, std::size_t rows)
{
    AnomalyDetector detector;
    for (std::size_t i = 0; i < rows; ++i) {
        detector.observe(timeOf(i), values[i]);
    }
    return detector;
}

bool same(const AnomalyVerdict& a, const AnomalyVerdict& b)
{
    return a.score == b.score && a.alert == b.alert && a.incident == b.incident && a.expected == b.expected &&
           a.spread == b.spread && a.kind == b.kind;
}

// Where the two runs first disagree, or -1.
qsizetype firstDifference(const Run& a, const Run& b)
{
    if (a.verdicts.size() != b.verdicts.size()) {
        return 0;
    }
    for (std::size_t i = 0; i < a.verdicts.size(); ++i) {
        if (!same(a.verdicts[i], b.verdicts[i])) {
            return static_cast<qsizetype>(i);
        }
    }
    return -1;
}

// A series with something in it for every test: a spike, then a shift that lasts.
std::vector<double> eventful()
{
    std::vector<double> values = daily(100, 40, 2);
    values[kIncidentAt] += 60;
    for (std::size_t i = kIncidentAt + 2 * kPerDay; i < values.size(); ++i) {
        values[i] += 12;
    }
    return values;
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

    void twoLevelSeriesKeepsNoIncidentOpen()
    {
        // A series that switches between two levels at random: a CUSUM took its long runs for lasting shifts and
        // kept one incident open for good. Here its habit is learned: alerts are rare (at runs or clusters of
        // switches longer than any before) and every incident closes within hours.
        for (const unsigned seed : {11U, 12U, 13U}) {
            const Run run = detect(twoLevels(seed));
            QVERIFY2(run.alerts.size() <= kDays, qPrintable(describe(run)));
            std::size_t longest = 0, length = 0;
            for (const AnomalyVerdict& v : run.verdicts) {
                length = v.incident ? length + 1 : 0;
                longest = std::max(longest, length);
            }
            QVERIFY2(longest < 3 * AnomalyDetector::kCalmSamples, qPrintable(QString::number(longest)));
        }
    }

    void newLevelOfATwoLevelSeriesIsAlerted()
    {
        // ... so a level it never had, well clear of both (its spread is half the gap between them), is seen
        // within the two hours it lasts.
        for (const unsigned seed : {11U, 12U, 13U}) {
            std::vector<double> values = twoLevels(seed);
            for (std::size_t i = kIncidentAt; i < kIncidentAt + 24; ++i) {
                values[i] = 200 + values[i] - (values[i] > 30 ? 50 : 10);
            }
            const Run run = detect(values);
            const auto found = std::count_if(run.alerts.begin(), run.alerts.end(),
                                             [](std::size_t i) { return i >= kIncidentAt && i < kIncidentAt + 24; });
            const auto first = run.verdicts.begin() + static_cast<std::ptrdiff_t>(kIncidentAt);
            const bool seen = std::any_of(first, first + 24, [](const AnomalyVerdict& v) {
                return v.score >= AnomalyDetector::kAlertScore && v.incident;
            });
            // Alerted, or part of an incident that was open already (one incident, one alert).
            QVERIFY2(seen && found <= 1, qPrintable(describe(run)));
            QVERIFY2(found == 1 || first->incident, qPrintable(describe(run)));
        }
    }

    void silenceOfABurstySeriesIsAlerted()
    {
        // A job that runs every two hours (a burst of 15 minutes) stops running for a day: one alert, a drop,
        // some hours into the silence (about nine missed runs, never fewer than four).
        std::mt19937 random(5);
        std::normal_distribution<double> gauss(0.0, 1.0);
        std::vector<double> values(kDays * kPerDay);
        const std::size_t silenceFrom = kIncidentAt;
        const std::size_t silenceTo = silenceFrom + kPerDay;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const bool running = i % 24 < 3 && (i < silenceFrom || i >= silenceTo);
            values[i] = (running ? 80 : 5) + gauss(random);
        }
        const Run run = detect(values);
        QVERIFY2(run.alerts.size() == 1, qPrintable(describe(run)));
        const std::size_t at = run.alerts.front();
        QVERIFY2(at >= silenceFrom + 4 * 24 && at < silenceTo, qPrintable(describe(run)));
        QCOMPARE(run.verdicts[at].kind, AnomalyKind::Drop);
    }

    void kindsNameTheEvidence()
    {
        std::vector<double> values = daily(100, 40, 2);
        values[kIncidentAt] += 60;
        const Run spike = detect(values);
        QCOMPARE(spike.alerts.size(), std::size_t{1});
        QCOMPARE(spike.verdicts[spike.alerts.front()].kind, AnomalyKind::Spike);
        values[kIncidentAt] -= 120;
        const Run drop = detect(values);
        QCOMPARE(drop.alerts.size(), std::size_t{1});
        QCOMPARE(drop.verdicts[drop.alerts.front()].kind, AnomalyKind::Drop);
    }

    void laterRowsNeverChangeEarlierVerdicts()
    {
        // The same first nine days followed by two different futures: the verdicts on those days are identical.
        const std::vector<double> quiet = daily(100, 40, 2);
        const std::vector<double> busy = eventful();
        const std::size_t common = kIncidentAt;
        QVERIFY(std::equal(quiet.begin(), quiet.begin() + common, busy.begin()));
        const Run a = detect(quiet);
        const Run b = detect(busy);
        for (std::size_t i = 0; i < common; ++i) {
            QVERIFY2(same(a.verdicts[i], b.verdicts[i]), qPrintable(QStringLiteral("row %1").arg(i)));
        }
        QVERIFY(!b.alerts.empty());
    }

    void restoredStateCarriesOnExactly_data()
    {
        QTest::addColumn<qsizetype>("savedAt");
        QTest::newRow("fresh") << qsizetype{0};
        QTest::newRow("warming up") << qsizetype{10};
        QTest::newRow("learning the first day") << qsizetype{200};
        QTest::newRow("a week in") << qsizetype{7 * kPerDay};
        QTest::newRow("during an incident") << static_cast<qsizetype>(kIncidentAt + 1);
        QTest::newRow("after an incident") << static_cast<qsizetype>(kIncidentAt + 100);
        QTest::newRow("during a shift") << static_cast<qsizetype>(kIncidentAt + 2 * kPerDay + 30);
    }

    void restoredStateCarriesOnExactly()
    {
        QFETCH(qsizetype, savedAt);
        const auto at = static_cast<std::size_t>(savedAt);
        const std::vector<double> values = eventful();
        const AnomalyDetector original = learned(values, at);
        const std::string bytes = original.saveState();
        QVERIFY(!bytes.empty());

        AnomalyDetector restored = learned(daily(7, 3, 1, 99), 500);  // it had learned something else
        QVERIFY(restored.restoreState(bytes));
        QCOMPARE(restored.saveState(), bytes);
        const Run expected = detect(values, original, at);
        const Run actual = detect(values, restored, at);
        QCOMPARE(firstDifference(expected, actual), qsizetype{-1});
        if (at <= kIncidentAt + 2 * kPerDay) {
            QVERIFY(!actual.alerts.empty());  // the comparison covered alerts, not only quiet rows
        }
    }

    void stateSavedAnywhereIsTakenBack()
    {
        // Whatever the detector is in the middle of (learning, an incident, its calm afterwards, a shift), the
        // bytes it saves are taken back and judge the next hours as it would have.
        const std::vector<double> values = eventful();
        AnomalyDetector original;
        for (std::size_t i = 0; i + 48 < values.size(); ++i) {
            if (i % 37 == 0) {
                AnomalyDetector restored;
                QVERIFY2(restored.restoreState(original.saveState()), qPrintable(QString::number(i)));
                AnomalyDetector twin = original;
                for (std::size_t j = i; j < i + 48; ++j) {
                    QVERIFY2(same(twin.observe(timeOf(j), values[j]), restored.observe(timeOf(j), values[j])),
                             qPrintable(QStringLiteral("saved at %1, row %2").arg(i).arg(j)));
                }
            }
            original.observe(timeOf(i), values[i]);
        }
    }

    void foreignBytesAreRefusedAndChangeNothing()
    {
        const std::vector<double> values = eventful();
        const std::size_t at = 8 * kPerDay;
        const std::string good = learned(values, at).saveState();

        std::vector<std::pair<const char*, std::string>> bad;
        bad.emplace_back("empty", std::string());
        bad.emplace_back("text", std::string("not a detector state at all"));
        bad.emplace_back("the header only", good.substr(0, 10));
        bad.emplace_back("one byte short", good.substr(0, good.size() - 1));
        bad.emplace_back("one byte more", good + '\0');
        std::string magic = good;
        magic[0] = 'X';
        bad.emplace_back("another magic", magic);
        std::string version = good;
        version[4] = static_cast<char>(version[4] + 1);
        bad.emplace_back("another version", version);
        std::string size = good;
        size[6] = static_cast<char>(size[6] + 1);
        bad.emplace_back("another size", size);
        std::string nan = good;
        const float notANumber = std::numeric_limits<float>::quiet_NaN();
        std::memcpy(nan.data() + 10, &notANumber, sizeof(notANumber));  // the first field: the level
        bad.emplace_back("a level that is not a number", nan);
        std::string open = good;
        open.back() = 7;  // the last field: whether an incident is open
        bad.emplace_back("a flag that is neither 0 nor 1", open);
        std::mt19937 random(3);
        std::string noise = good;
        for (std::size_t i = 10; i < noise.size(); ++i) {
            noise[i] = static_cast<char>(random());
        }
        bad.emplace_back("noise under a good header", noise);

        const Run expected = detect(values, learned(values, at), at);
        for (const auto& [what, bytes] : bad) {
            AnomalyDetector detector = learned(values, at);
            QVERIFY2(!detector.restoreState(bytes), what);
            QVERIFY2(firstDifference(expected, detect(values, detector, at)) == -1, what);
        }
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
