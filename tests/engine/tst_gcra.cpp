// SPDX-License-Identifier: Apache-2.0
#include "limiter/Gcra.h"
#include "limiter/Policy.h"
#include "limiter/RateTable.h"

#include <QTest>

#include <cstdint>
#include <cstdlib>

using namespace sluice::engine;

namespace {

// A whole second, so every expected instant below is easy to write by hand.
constexpr TimeNs kT0 = 1'700'000'000 * kNsPerSec;

GcraRate rateOf(std::uint32_t limit, TimeNs period, std::uint32_t burst, double multiplier = 1.0)
{
    return RateTable::compute(Policy{"", limit, period, burst}, multiplier).gcra;
}

// Fires `count` unit requests at the same instant against a key at rest; returns how many were allowed.
int admittedAtOnce(const GcraRate& rate, int count)
{
    TimeNs tat = 0;
    int allowed = 0;
    for (int i = 0; i < count; ++i) {
        const GcraOutcome out = gcraCheck(tat, kT0, 1, rate);
        tat = out.tat;
        allowed += out.allowed ? 1 : 0;
    }
    return allowed;
}

}  // namespace

class TestGcra final : public QObject {
    Q_OBJECT

private slots:
    void computeDerivesIntervalToleranceAndLimit_data();
    void computeDerivesIntervalToleranceAndLimit();
    void halfMultiplierWithBurstOneStillAdmitsOneRequest();

    void burstFromRestPassesThenNextIsDeniedForOneInterval_data();
    void burstFromRestPassesThenNextIsDeniedForOneInterval();
    void remainingCountsDownFromBurstMinusOne();
    void multiplierScalesTheBurstThatFitsAtOnce_data();
    void multiplierScalesTheBurstThatFitsAtOnce();
    void steadyRateAtExactlyTheLimitIsAlwaysAllowed();
    void oneRequestPerIntervalKeepsPassingAfterAnExhaustedBurst();
    void deniedRequestPassesExactlyWhenRetryAfterHasElapsed();
    void costConsumesThatManyIntervals();
    void resetAfterIsTimeUntilFullyReplenished();
    void partiallyReplenishedKeyAdmitsWhatHasDrained();
    void costZeroNeverConsumes();
    void deniedRequestLeavesTatUnchanged();
    void idleKeyRecoversTheFullBurst();
    void remainingIsExactFloorOfRoomOverInterval();
};

void TestGcra::computeDerivesIntervalToleranceAndLimit_data()
{
    QTest::addColumn<quint32>("limit");
    QTest::addColumn<qint64>("period");
    QTest::addColumn<quint32>("burst");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<quint32>("effectiveLimit");
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<qint64>("effectiveBurst");

    // interval = period / (limit x multiplier), rounded to the nearest ns; the tolerance spans
    // period x burst / limit, which holds burst x multiplier whole intervals.
    QTest::newRow("60/min burst 5") << 60U << qint64(kNsPerMin) << 5U << 1.0 << 60U << qint64(1'000'000'000)
                                    << qint64(5);
    QTest::newRow("1000/min x0.9") << 1000U << qint64(kNsPerMin) << 1000U << 0.9 << 900U << qint64(66'666'667)
                                   << qint64(900);
    QTest::newRow("1000/min x0.3") << 1000U << qint64(kNsPerMin) << 1000U << 0.3 << 300U << qint64(200'000'000)
                                   << qint64(300);
    QTest::newRow("1000/min x1.5") << 1000U << qint64(kNsPerMin) << 100U << 1.5 << 1500U << qint64(40'000'000)
                                   << qint64(150);
    QTest::newRow("10/s burst 2") << 10U << qint64(kNsPerSec) << 2U << 1.0 << 10U << qint64(100'000'000) << qint64(2);
    QTest::newRow("3/s rounds down") << 3U << qint64(kNsPerSec) << 3U << 1.0 << 3U << qint64(333'333'333) << qint64(3);
    QTest::newRow("900/min rounds up") << 900U << qint64(kNsPerMin) << 900U << 1.0 << 900U << qint64(66'666'667)
                                       << qint64(900);
}

void TestGcra::computeDerivesIntervalToleranceAndLimit()
{
    QFETCH(quint32, limit);
    QFETCH(qint64, period);
    QFETCH(quint32, burst);
    QFETCH(double, multiplier);
    QFETCH(quint32, effectiveLimit);
    QFETCH(qint64, interval);
    QFETCH(qint64, effectiveBurst);

    const EffectiveRate rate = RateTable::compute(Policy{"", limit, period, burst}, multiplier);
    QCOMPARE(rate.limit, effectiveLimit);
    QCOMPARE(rate.gcra.interval, interval);
    QCOMPARE(rate.gcra.tolerance / rate.gcra.interval, effectiveBurst);
    // The burst lasts as long at every multiplier: period x burst / limit, give or take rounding.
    const qint64 span = period * burst / limit;
    QVERIFY2(std::abs(rate.gcra.tolerance - span) < rate.gcra.interval,
             qPrintable(QStringLiteral("tolerance %1, period x burst / limit %2").arg(rate.gcra.tolerance).arg(span)));
    QCOMPARE(rate.multiplier, static_cast<float>(multiplier));
}

void TestGcra::halfMultiplierWithBurstOneStillAdmitsOneRequest()
{
    // 60/min x 0.5 = one per 2 s; period x burst / limit is only 1 s, so the tolerance is raised to 2 s.
    const GcraRate rate = rateOf(60, kNsPerMin, 1, 0.5);
    QCOMPARE(rate.interval, 2 * kNsPerSec);
    QVERIFY(rate.tolerance >= rate.interval);

    const GcraOutcome first = gcraCheck(0, kT0, 1, rate);
    QVERIFY(first.allowed);
    const GcraOutcome second = gcraCheck(first.tat, kT0, 1, rate);
    QVERIFY(!second.allowed);
    QCOMPARE(second.retryAfter, 2 * kNsPerSec);
}

void TestGcra::burstFromRestPassesThenNextIsDeniedForOneInterval_data()
{
    QTest::addColumn<quint32>("limit");
    QTest::addColumn<qint64>("period");
    QTest::addColumn<quint32>("burst");
    QTest::addColumn<qint64>("interval");

    QTest::newRow("60/min burst 5") << 60U << qint64(kNsPerMin) << 5U << qint64(1'000'000'000);
    QTest::newRow("60/min burst 1") << 60U << qint64(kNsPerMin) << 1U << qint64(1'000'000'000);
    QTest::newRow("1000/min burst 1000") << 1000U << qint64(kNsPerMin) << 1000U << qint64(60'000'000);
    QTest::newRow("7/min burst 7") << 7U << qint64(kNsPerMin) << 7U << qint64(8'571'428'571);
    QTest::newRow("3/s burst 3") << 3U << qint64(kNsPerSec) << 3U << qint64(333'333'333);
    // 60 s / 900 = 66,666,666.67 ns rounds *up*: 900 rounded intervals exceed the 60 s tolerance by 300 ns.
    QTest::newRow("900/min burst 900") << 900U << qint64(kNsPerMin) << 900U << qint64(66'666'667);
    QTest::newRow("600/h burst 600") << 600U << qint64(kNsPerHour) << 600U << qint64(6'000'000'000);
}

void TestGcra::burstFromRestPassesThenNextIsDeniedForOneInterval()
{
    QFETCH(quint32, limit);
    QFETCH(qint64, period);
    QFETCH(quint32, burst);
    QFETCH(qint64, interval);

    const GcraRate rate = rateOf(limit, period, burst);
    QCOMPARE(rate.interval, interval);

    TimeNs tat = 0;
    for (quint32 i = 0; i < burst; ++i) {
        const GcraOutcome out = gcraCheck(tat, kT0, 1, rate);
        if (!out.allowed) {
            QFAIL(qPrintable(QStringLiteral("request %1 of a burst of %2 was denied").arg(i + 1).arg(burst)));
        }
        tat = out.tat;
    }
    const GcraOutcome next = gcraCheck(tat, kT0, 1, rate);
    QVERIFY(!next.allowed);
    QCOMPARE(next.retryAfter, interval);
    QCOMPARE(next.remaining, 0U);
}

void TestGcra::remainingCountsDownFromBurstMinusOne()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 5);
    TimeNs tat = 0;
    const std::uint32_t expected[] = {4, 3, 2, 1, 0};
    for (const std::uint32_t remaining : expected) {
        const GcraOutcome out = gcraCheck(tat, kT0, 1, rate);
        QVERIFY(out.allowed);
        QCOMPARE(out.remaining, remaining);
        tat = out.tat;
    }
    const GcraOutcome denied = gcraCheck(tat, kT0, 1, rate);
    QVERIFY(!denied.allowed);
    QCOMPARE(denied.remaining, 0U);
}

void TestGcra::multiplierScalesTheBurstThatFitsAtOnce_data()
{
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<int>("admitted");

    // 1000/min burst 1000: the burst lasts 60 s at every multiplier; the multiplier sets how many fit.
    QTest::newRow("x1.0") << 1.0 << 1000;
    QTest::newRow("x0.5") << 0.5 << 500;
    QTest::newRow("x0.3") << 0.3 << 300;
    QTest::newRow("x1.5") << 1.5 << 1500;
    QTest::newRow("x0.9") << 0.9 << 900;  // interval 66,666,667 ns: 900 of them are 300 ns over 60 s
}

void TestGcra::multiplierScalesTheBurstThatFitsAtOnce()
{
    QFETCH(double, multiplier);
    QFETCH(int, admitted);

    QCOMPARE(admittedAtOnce(rateOf(1000, kNsPerMin, 1000, multiplier), admitted + 10), admitted);
}

void TestGcra::steadyRateAtExactlyTheLimitIsAlwaysAllowed()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 5);
    TimeNs tat = 0;
    for (int i = 0; i < 10'000; ++i) {
        const GcraOutcome out = gcraCheck(tat, kT0 + i * kNsPerSec, 1, rate);
        if (!out.allowed || out.remaining != 4U) {
            QFAIL(qPrintable(QStringLiteral("request %1 at the limit: allowed=%2 remaining=%3")
                                 .arg(i)
                                 .arg(out.allowed ? 1 : 0)
                                 .arg(out.remaining)));
        }
        tat = out.tat;
    }
}

void TestGcra::oneRequestPerIntervalKeepsPassingAfterAnExhaustedBurst()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 5);
    TimeNs tat = 0;
    for (int i = 0; i < 5; ++i) {
        tat = gcraCheck(tat, kT0, 1, rate).tat;
    }
    QCOMPARE(tat, kT0 + 5 * kNsPerSec);
    for (int i = 1; i <= 100; ++i) {
        const TimeNs now = kT0 + i * kNsPerSec;
        QVERIFY(!gcraCheck(tat, now - 1, 1, rate).allowed);  // a nanosecond early is still too soon
        const GcraOutcome out = gcraCheck(tat, now, 1, rate);
        QVERIFY(out.allowed);
        QCOMPARE(out.remaining, 0U);
        tat = out.tat;
    }
}

void TestGcra::deniedRequestPassesExactlyWhenRetryAfterHasElapsed()
{
    const GcraRate rate = rateOf(1000, kNsPerMin, 3, 0.9);  // interval 66,666,667 ns
    TimeNs tat = 0;
    while (true) {
        const GcraOutcome out = gcraCheck(tat, kT0, 1, rate);
        if (!out.allowed) {
            break;
        }
        tat = out.tat;
    }
    const GcraOutcome denied = gcraCheck(tat, kT0, 1, rate);
    QVERIFY(!denied.allowed);
    QVERIFY(denied.retryAfter > 0);
    QVERIFY(!gcraCheck(tat, kT0 + denied.retryAfter - 1, 1, rate).allowed);
    QVERIFY(gcraCheck(tat, kT0 + denied.retryAfter, 1, rate).allowed);
}

void TestGcra::costConsumesThatManyIntervals()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 10);  // interval 1 s, tolerance 10 s

    const GcraOutcome first = gcraCheck(0, kT0, 4, rate);
    QVERIFY(first.allowed);
    QCOMPARE(first.tat, kT0 + 4 * kNsPerSec);
    QCOMPARE(first.remaining, 6U);

    const GcraOutcome second = gcraCheck(first.tat, kT0, 4, rate);
    QVERIFY(second.allowed);
    QCOMPARE(second.tat, kT0 + 8 * kNsPerSec);
    QCOMPARE(second.remaining, 2U);

    const GcraOutcome third = gcraCheck(second.tat, kT0, 4, rate);
    QVERIFY(!third.allowed);
    QCOMPARE(third.retryAfter, 2 * kNsPerSec);
    QCOMPARE(third.tat, second.tat);

    // What is left still fits smaller requests: two unit requests, then nothing.
    const GcraOutcome fourth = gcraCheck(second.tat, kT0, 2, rate);
    QVERIFY(fourth.allowed);
    QCOMPARE(fourth.remaining, 0U);
    QVERIFY(!gcraCheck(fourth.tat, kT0, 1, rate).allowed);
}

void TestGcra::resetAfterIsTimeUntilFullyReplenished()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 5);
    TimeNs tat = 0;
    for (int i = 1; i <= 5; ++i) {
        const GcraOutcome out = gcraCheck(tat, kT0, 1, rate);
        QVERIFY(out.allowed);
        QCOMPARE(out.resetAfter, i * kNsPerSec);
        QCOMPARE(out.resetAfter, out.tat - kT0);
        tat = out.tat;
    }
    const GcraOutcome denied = gcraCheck(tat, kT0, 1, rate);
    QVERIFY(!denied.allowed);
    QCOMPARE(denied.resetAfter, 5 * kNsPerSec);

    // 1.5 s later 1.5 s have drained; the next request adds one interval back.
    const GcraOutcome later = gcraCheck(tat, kT0 + 1'500 * kNsPerMs, 1, rate);
    QVERIFY(later.allowed);
    QCOMPARE(later.resetAfter, 4'500 * kNsPerMs);
}

void TestGcra::partiallyReplenishedKeyAdmitsWhatHasDrained()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 5);
    const TimeNs exhausted = kT0 + 5 * kNsPerSec;  // TAT after a full burst at kT0
    const TimeNs now = kT0 + 2'500 * kNsPerMs;     // 2.5 intervals drained: two whole requests fit

    const GcraOutcome first = gcraCheck(exhausted, now, 1, rate);
    QVERIFY(first.allowed);
    QCOMPARE(first.remaining, 1U);
    const GcraOutcome second = gcraCheck(first.tat, now, 1, rate);
    QVERIFY(second.allowed);
    QCOMPARE(second.remaining, 0U);
    const GcraOutcome third = gcraCheck(second.tat, now, 1, rate);
    QVERIFY(!third.allowed);
    QCOMPARE(third.retryAfter, 500 * kNsPerMs);
}

void TestGcra::costZeroNeverConsumes()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 5);

    // At rest: any number of zero-cost requests pass and report the full burst left.
    TimeNs tat = 0;
    for (int i = 0; i < 100; ++i) {
        const GcraOutcome out = gcraCheck(tat, kT0, 0, rate);
        QVERIFY(out.allowed);
        QCOMPARE(out.remaining, 5U);
        tat = out.tat;
    }
    // ...and the whole burst is still there for unit requests.
    int unit = 0;
    for (int i = 0; i < 10; ++i) {
        const GcraOutcome out = gcraCheck(tat, kT0, 1, rate);
        unit += out.allowed ? 1 : 0;
        tat = out.tat;
    }
    QCOMPARE(unit, 5);

    // Exhausted: a zero-cost request leaves the TAT where it was.
    const GcraOutcome probe = gcraCheck(tat, kT0, 0, rate);
    QCOMPARE(probe.tat, tat);
    QCOMPARE(probe.remaining, 0U);
}

void TestGcra::deniedRequestLeavesTatUnchanged()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 2);
    const TimeNs exhausted = kT0 + 2 * kNsPerSec;
    for (int i = 0; i < 1000; ++i) {
        const GcraOutcome out = gcraCheck(exhausted, kT0, 1 + static_cast<std::uint32_t>(i % 3), rate);
        QVERIFY(!out.allowed);
        QCOMPARE(out.tat, exhausted);
    }
    // Hammering while denied does not push the recovery out: one interval later one request passes.
    QVERIFY(gcraCheck(exhausted, kT0 + kNsPerSec, 1, rate).allowed);
}

void TestGcra::idleKeyRecoversTheFullBurst()
{
    const GcraRate rate = rateOf(60, kNsPerMin, 5);
    TimeNs tat = 0;
    for (int i = 0; i < 5; ++i) {
        tat = gcraCheck(tat, kT0, 1, rate).tat;
    }
    const TimeNs later = kT0 + 5 * kNsPerSec;  // resetAfter of the last request
    int admitted = 0;
    for (int i = 0; i < 10; ++i) {
        const GcraOutcome out = gcraCheck(tat, later, 1, rate);
        if (out.allowed) {
            ++admitted;
            tat = out.tat;
        }
    }
    QCOMPARE(admitted, 5);
}

void TestGcra::remainingIsExactFloorOfRoomOverInterval()
{
    // The remaining count divides by multiplication; it must still equal the exact integer floor.
    const TimeNs intervals[] = {1, 3, 7, 66'666'667, 200'000'000, 333'333'333, 8'571'428'571, 999'999'937};
    for (const TimeNs interval : intervals) {
        const GcraRate rate = makeGcraRate(interval, interval * 5000 + interval / 2);
        for (TimeNs k = 0; k <= 5000; ++k) {
            // A room of exactly k intervals, and one nanosecond either side of it.
            for (const TimeNs room : {k * interval - 1, k * interval, k * interval + 1}) {
                if (room < 0 || room > rate.tolerance) {
                    continue;
                }
                const TimeNs tat = kT0 + rate.tolerance - room;  // room = now + tolerance - tat
                const GcraOutcome out = gcraCheck(tat, kT0, 0, rate);
                const auto expected = static_cast<std::uint32_t>(room / interval);
                if (out.remaining != expected) {
                    QFAIL(qPrintable(QStringLiteral("interval %1, room %2: remaining %3, expected %4")
                                         .arg(interval)
                                         .arg(room)
                                         .arg(out.remaining)
                                         .arg(expected)));
                }
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestGcra)
#include "tst_gcra.moc"
