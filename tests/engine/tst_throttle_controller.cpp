// SPDX-License-Identifier: Apache-2.0
// The automatic throttle controller alone: thresholds, the highest signal, hysteresis and the cooldown.
#include "config/ConfigJson.h"
#include "throttle/ThrottleController.h"

#include <QtTest>

#include <cmath>
#include <numbers>

using namespace sluice::engine;

namespace {
LoadSignals only(LoadSignal signal, double value)
{
    LoadSignals s;
    (signal == LoadSignal::Cpu ? s.cpuPercent : signal == LoadSignal::Memory ? s.memoryPercent : s.concurrency) = value;
    return s;
}

constexpr TimeNs kT0 = 1'800'000'000LL * kNsPerSec;
constexpr TimeNs kStep = 10 * kNsPerSec;
}  // namespace

class TestThrottleController final : public QObject {
    Q_OBJECT

private slots:
    void levelAtEveryThreshold_data();
    void levelAtEveryThreshold();
    void highestSignalWins();
    void raisingIsImmediate();
    void oscillationAroundAThresholdDoesNotFlap();
    void lowersOneLevelPerCooldown();
    void aSignalWithinTheMarginKeepsTheLevel();
    void invalidConfigurationsAreExplained_data();
    void invalidConfigurationsAreExplained();
};

void TestThrottleController::levelAtEveryThreshold_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("level");
    const ThrottleConfig defaults;
    for (int s = 0; s < kLoadSignalCount; ++s) {
        QTest::addRow("%s below low", kLoadSignalNames[s].data()) << s << defaults.thresholds[s][0] * 0.99 << 0;
        for (int i = 0; i < 4; ++i) {
            const double threshold = defaults.thresholds[s][i];
            const char* level = nameOf(static_cast<ThrottleLevel>(i + 1)).data();
            QTest::addRow("%s at %s (%g)", kLoadSignalNames[s].data(), level, threshold) << s << threshold << i + 1;
            QTest::addRow("%s just below %s", kLoadSignalNames[s].data(), level)
                << s << std::nextafter(threshold, 0.0) << i;
        }
    }
}

void TestThrottleController::levelAtEveryThreshold()
{
    QFETCH(int, signal);
    QFETCH(double, value);
    QFETCH(int, level);
    const LoadSignals load = only(static_cast<LoadSignal>(signal), value);
    QCOMPARE(int(ThrottleController::levelFor(load, ThrottleConfig{})), level);
    ThrottleController c;
    QCOMPARE(int(c.observe(kT0, load)), level);
}

void TestThrottleController::highestSignalWins()
{
    // CPU says low, memory says high, concurrency says medium: high.
    const LoadSignals load{55, 88, 6000};
    QCOMPARE(ThrottleController::levelFor(load, ThrottleConfig{}), ThrottleLevel::High);
    QCOMPARE(ThrottleController::levelFor(LoadSignals{96, 10, 0}, ThrottleConfig{}), ThrottleLevel::Critical);
    QCOMPARE(ThrottleController::levelFor(LoadSignals{10, 10, 50000}, ThrottleConfig{}), ThrottleLevel::Critical);
}

void TestThrottleController::raisingIsImmediate()
{
    ThrottleController c;
    QCOMPARE(c.observe(kT0, LoadSignals{40, 40, 0}), ThrottleLevel::None);
    QCOMPARE(c.observe(kT0 + kStep, LoadSignals{99, 40, 0}), ThrottleLevel::Critical);
}

void TestThrottleController::oscillationAroundAThresholdDoesNotFlap()
{
    // CPU swings ±3 points around the medium threshold (70 %) for an hour, sampled every 10 s.
    ThrottleController c;
    ThrottleLevel previous = ThrottleLevel::None;
    int transitions = 0;
    for (int i = 0; i < 360; ++i) {
        const double cpu = 70.0 + 3.0 * std::sin(2 * std::numbers::pi * i / 7.0);
        const ThrottleLevel level = c.observe(kT0 + i * kStep, LoadSignals{cpu, 40, 100});
        transitions += level != previous ? 1 : 0;
        previous = level;
    }
    QVERIFY2(transitions <= 2, qPrintable(QStringLiteral("%1 transitions").arg(transitions)));
    QCOMPARE(previous, ThrottleLevel::Medium);
}

void TestThrottleController::lowersOneLevelPerCooldown()
{
    ThrottleController c;  // cooldown 30 s, samples every 10 s
    QCOMPARE(c.observe(kT0, LoadSignals{90, 40, 0}), ThrottleLevel::High);
    const LoadSignals calm{10, 10, 0};
    // Calm from kT0 + 10 s: the first step down comes once the calm has lasted 30 s.
    QCOMPARE(c.observe(kT0 + 1 * kStep, calm), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 2 * kStep, calm), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 3 * kStep, calm), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 4 * kStep, calm), ThrottleLevel::Medium);
    // Each further step needs a full cooldown of its own.
    QCOMPARE(c.observe(kT0 + 6 * kStep, calm), ThrottleLevel::Medium);
    QCOMPARE(c.observe(kT0 + 7 * kStep, calm), ThrottleLevel::Low);
    QCOMPARE(c.observe(kT0 + 10 * kStep, calm), ThrottleLevel::None);
    QCOMPARE(c.observe(kT0 + 20 * kStep, calm), ThrottleLevel::None);
}

void TestThrottleController::aSignalWithinTheMarginKeepsTheLevel()
{
    ThrottleController c;  // high at 85 % CPU; the margin of 10 % puts calm below 76.5 %
    QCOMPARE(c.observe(kT0, LoadSignals{86, 40, 0}), ThrottleLevel::High);
    for (int i = 1; i <= 30; ++i) {
        QCOMPARE(c.observe(kT0 + i * kStep, LoadSignals{80, 40, 0}), ThrottleLevel::High);
    }
    // Calm at last, but one reading inside the margin restarts the cooldown.
    QCOMPARE(c.observe(kT0 + 31 * kStep, LoadSignals{70, 40, 0}), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 33 * kStep, LoadSignals{70, 40, 0}), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 34 * kStep, LoadSignals{77, 40, 0}), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 35 * kStep, LoadSignals{70, 40, 0}), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 37 * kStep, LoadSignals{70, 40, 0}), ThrottleLevel::High);
    QCOMPARE(c.observe(kT0 + 38 * kStep, LoadSignals{70, 40, 0}), ThrottleLevel::Medium);
}

void TestThrottleController::invalidConfigurationsAreExplained_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("falling thresholds") << R"({"throttle": {"thresholds": {"cpu_percent": [50, 40, 85, 95]}}})"
                                        << "throttle thresholds for cpu_percent must be positive and rise strictly "
                                           "from low to critical";
    QTest::newRow("percent over 100") << R"({"throttle": {"thresholds": {"memory_percent": [60, 75, 85, 120]}}})"
                                      << "throttle thresholds for memory_percent are percentages and cannot exceed 100";
    QTest::newRow("three thresholds") << R"({"throttle": {"thresholds": {"concurrency": [1, 2, 3]}}})"
                                      << "throttle.thresholds.concurrency: expected four thresholds: low, medium, "
                                         "high, critical";
    QTest::newRow("zero interval") << R"({"throttle": {"sample_interval_s": 0}})"
                                   << "throttle.sample_interval_s: must be between 1 and 3600";
    QTest::newRow("unknown field") << R"({"throttle": {"cooldown": 5}})"
                                   << "throttle.cooldown: unknown field";
}

void TestThrottleController::invalidConfigurationsAreExplained()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    EngineConfig config;
    const auto problem = ConfigJson::decode(json.toStdString(), config);
    QVERIFY(problem);
    QCOMPARE(QString::fromStdString(*problem), error);
}

QTEST_APPLESS_MAIN(TestThrottleController)
#include "tst_throttle_controller.moc"
