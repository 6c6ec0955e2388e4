// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleSummary.h"

#include <QtTest>

using namespace sluice;

namespace {
constexpr qint64 kT0Ms = 1'700'000'000'000;  // the engine started
constexpr qint64 kMinMs = 60'000;

ui::ThrottlePeriod period(qint64 id, qint64 atMs, qint64 endedAtMs, const char* level)
{
    ui::ThrottlePeriod p;
    p.id = id;
    p.atMs = atMs;
    p.endedAtMs = endedAtMs;
    p.level = QString::fromLatin1(level);
    p.reason = QStringLiteral("stored %1").arg(id);
    return p;
}

engine::ThrottleView live(engine::ThrottleLevel level, qint64 sinceMs)
{
    engine::ThrottleView v;
    v.level = level;
    v.multiplier = engine::throttleMultiplier(level);
    v.since = sinceMs * engine::kNsPerMs;
    return v;
}

// Read when the engine had been at none for ten minutes and had just gone high.
ui::ThrottleHistoryData noneThenHigh()
{
    ui::ThrottleHistoryData stored;
    stored.fromMs = kT0Ms - 60 * kMinMs;
    stored.toMs = kT0Ms + 10 * kMinMs;
    stored.periods = {period(2, kT0Ms + 10 * kMinMs, 0, "high"), period(1, kT0Ms, kT0Ms + 10 * kMinMs, "none")};
    return stored;
}

// Read up to `toMs` from a store that has only the engine's first period, still open.
ui::ThrottleHistoryData noneStillOpen(qint64 toMs)
{
    ui::ThrottleHistoryData stored;
    stored.fromMs = kT0Ms - 60 * kMinMs;
    stored.toMs = toMs;
    stored.periods = {period(1, kT0Ms, 0, "none")};
    return stored;
}

double seconds(const ui::ThrottleSummary& s, engine::ThrottleLevel level)
{
    return s.secondsInLevel[static_cast<std::size_t>(level)];
}
}  // namespace

// The joining of stored periods with the live one, case by case: what the database may lag behind or run
// ahead of, and what the shares divide by.
class TestThrottleSummary final : public QObject {
    Q_OBJECT

private slots:
    void caughtUpStoreTakesTheStoredOpenPeriod();
    void laggingStoreEndsItsOpenPeriodAtTheLiveStart();
    void anAnswerFromBeforeTheLivePeriodCoversTheGap();
    void periodsSeenToEndFillWhatTheStoreLacks();
    void periodsStoredAheadOfTheSnapshotWait();
    void sharesDivideByTheTimeOnRecordNotTheRange();
};

void TestThrottleSummary::caughtUpStoreTakesTheStoredOpenPeriod()
{
    ui::ThrottleHistoryData stored = noneThenHigh();
    stored.secondsInLevel[0] = 600;  // the closed periods, as SQL counts them
    const auto s = ui::summarizeThrottle(stored, {}, live(engine::ThrottleLevel::High, kT0Ms + 10 * kMinMs),
                                         (kT0Ms + 15 * kMinMs) * engine::kNsPerMs, kT0Ms - 45 * kMinMs);
    QVERIFY(s.storedCaughtUp);
    QCOMPARE(s.periods.size(), std::size_t(2));
    QCOMPARE(s.periods[0].endedAtMs, 0);
    QCOMPARE(s.periods[0].reason, QStringLiteral("stored 2"));
    QCOMPARE(s.transitions, 1);
    QCOMPARE(seconds(s, engine::ThrottleLevel::None), 600.0);
    QCOMPARE(seconds(s, engine::ThrottleLevel::High), 300.0);
    QCOMPARE(s.coveredSeconds, 900.0);
}

void TestThrottleSummary::laggingStoreEndsItsOpenPeriodAtTheLiveStart()
{
    // The engine went critical at +10 min; the store still has none open (asked up to the live start).
    const ui::ThrottleHistoryData stored = noneStillOpen(kT0Ms + 10 * kMinMs);
    auto view = live(engine::ThrottleLevel::Critical, kT0Ms + 10 * kMinMs);
    engine::ThrottleSample reading;
    reading.at = view.since - engine::kNsPerSec;
    reading.load.cpuPercent = 97;
    view.recent = {reading};
    const auto s =
        ui::summarizeThrottle(stored, {}, view, (kT0Ms + 11 * kMinMs) * engine::kNsPerMs, kT0Ms - 59 * kMinMs);
    QVERIFY(!s.storedCaughtUp);
    QCOMPARE(s.periods.size(), std::size_t(2));
    QCOMPARE(s.periods[0].level, QStringLiteral("critical"));
    QCOMPARE(s.periods[0].cpuPercent, 97.0);  // the reading the period began with
    QCOMPARE(s.periods[1].endedAtMs, kT0Ms + 10 * kMinMs);
    QCOMPARE(s.transitions, 1);
    QCOMPARE(seconds(s, engine::ThrottleLevel::Critical), 60.0);
    QCOMPARE(s.coveredSeconds, 660.0);
}

void TestThrottleSummary::anAnswerFromBeforeTheLivePeriodCoversTheGap()
{
    // Read while high was open (up to +10 min); the engine has since gone to critical at +12 min.
    ui::ThrottleHistoryData stored = noneThenHigh();
    stored.secondsInLevel[0] = 600;
    const auto s = ui::summarizeThrottle(stored, {}, live(engine::ThrottleLevel::Critical, kT0Ms + 12 * kMinMs),
                                         (kT0Ms + 13 * kMinMs) * engine::kNsPerMs, kT0Ms - 47 * kMinMs);
    QCOMPARE(s.periods.size(), std::size_t(3));
    QCOMPARE(s.periods[1].level, QStringLiteral("high"));
    QCOMPARE(s.periods[1].endedAtMs, kT0Ms + 12 * kMinMs);
    QCOMPARE(seconds(s, engine::ThrottleLevel::High), 120.0);
    QCOMPARE(seconds(s, engine::ThrottleLevel::Critical), 60.0);
    QCOMPARE(s.transitions, 2);
    QCOMPARE(s.coveredSeconds, 780.0);
}

void TestThrottleSummary::periodsSeenToEndFillWhatTheStoreLacks()
{
    // High at +10 min, critical at +12 min; the store still has only the engine's first period, open.
    const ui::ThrottleHistoryData stored = noneStillOpen(kT0Ms + 12 * kMinMs);
    const std::vector<ui::ThrottlePeriod> seen = {period(0, kT0Ms + 10 * kMinMs, kT0Ms + 12 * kMinMs, "high"),
                                                  period(0, kT0Ms, kT0Ms + 10 * kMinMs, "none")};
    const auto s = ui::summarizeThrottle(stored, seen, live(engine::ThrottleLevel::Critical, kT0Ms + 12 * kMinMs),
                                         (kT0Ms + 13 * kMinMs) * engine::kNsPerMs, kT0Ms - 47 * kMinMs);
    QCOMPARE(s.periods.size(), std::size_t(3));
    QCOMPARE(s.periods[1].level, QStringLiteral("high"));
    QCOMPARE(s.periods[2].reason, QStringLiteral("stored 1"));  // the stored one wins over the one seen
    QCOMPARE(s.periods[2].endedAtMs, kT0Ms + 10 * kMinMs);
    QCOMPARE(seconds(s, engine::ThrottleLevel::None), 600.0);
    QCOMPARE(seconds(s, engine::ThrottleLevel::High), 120.0);
    QCOMPARE(seconds(s, engine::ThrottleLevel::Critical), 60.0);
    QCOMPARE(s.transitions, 2);
}

void TestThrottleSummary::periodsStoredAheadOfTheSnapshotWait()
{
    ui::ThrottleHistoryData stored;
    stored.fromMs = kT0Ms;
    stored.toMs = kT0Ms + 10 * kMinMs;
    stored.periods = {period(3, kT0Ms + 11 * kMinMs, 0, "low"),
                      period(2, kT0Ms + 10 * kMinMs, kT0Ms + 11 * kMinMs, "high"),
                      period(1, kT0Ms, kT0Ms + 10 * kMinMs, "none")};
    stored.secondsInLevel[0] = 600;
    const auto s = ui::summarizeThrottle(stored, {}, live(engine::ThrottleLevel::High, kT0Ms + 10 * kMinMs),
                                         (kT0Ms + 11 * kMinMs) * engine::kNsPerMs, kT0Ms);
    QCOMPARE(s.periods.size(), std::size_t(2));
    QCOMPARE(s.periods[0].level, QStringLiteral("high"));
    QCOMPARE(s.periods[0].endedAtMs, 0);
    QCOMPARE(s.transitions, 1);
}

void TestThrottleSummary::sharesDivideByTheTimeOnRecordNotTheRange()
{
    // A week's range over five hours of data: the ongoing period is five hours long and all of the shares.
    ui::ThrottleHistoryData stored;
    stored.fromMs = kT0Ms + 300 * kMinMs - 7 * 24 * 60 * kMinMs;
    stored.toMs = kT0Ms;
    stored.periods = {period(1, kT0Ms, 0, "none")};
    const auto s = ui::summarizeThrottle(stored, {}, live(engine::ThrottleLevel::None, kT0Ms),
                                         (kT0Ms + 300 * kMinMs) * engine::kNsPerMs, stored.fromMs);
    QCOMPARE(s.coveredSeconds, 300.0 * 60);
    QCOMPARE(s.fractionIn(engine::ThrottleLevel::None), 1.0);
    QCOMPARE(s.nowMs - s.periods[0].atMs, 300 * kMinMs);
}

QTEST_MAIN(TestThrottleSummary)
#include "tst_throttle_summary.moc"
