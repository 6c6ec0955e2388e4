// SPDX-License-Identifier: Apache-2.0
#include "rollup/RollupBucket.h"
#include "rollup/RollupRing.h"
#include "rollup/Rollups.h"

#include "EngineTestSupport.h"
#include "decision/Engine.h"

#include <QTest>

#include <array>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

using namespace sluice::engine;
using sluice::engine::testing::burst;
using sluice::engine::testing::kT0;
using sluice::engine::testing::smallConfig;

namespace {

// Unix seconds on a ten-minute boundary (and so on a minute boundary), to keep expected starts readable.
constexpr std::uint32_t kT0Sec = 1'700'000'400;
static_assert(kT0Sec % 600 == 0);

using Counts = std::array<std::uint64_t, 2 * kReputationTierCount>;  // allowed by tier, then denied by tier

std::vector<RollupBucket> bucketsOf(const RollupRing& ring)
{
    std::vector<RollupBucket> out;
    ring.copyTo(out);
    return out;
}

const RollupRing& ringAt(const Rollups& rollups, int resolution)
{
    switch (resolution) {
    case 0:
        return rollups.seconds();
    case 1:
        return rollups.minutes();
    default:
        return rollups.tenMinutes();
    }
}

Counts countsOf(const std::vector<RollupBucket>& buckets)
{
    Counts c{};
    for (const RollupBucket& b : buckets) {
        for (int t = 0; t < kReputationTierCount; ++t) {
            c[t] += b.allowed[t];
            c[kReputationTierCount + t] += b.denied[t];
        }
    }
    return c;
}

// Oldest first, each bucket starting exactly one bucket after the previous one, on a bucket boundary.
bool contiguous(const std::vector<RollupBucket>& buckets, std::uint32_t bucketSec)
{
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (buckets[i].startSec % bucketSec != 0) {
            return false;
        }
        if (i > 0 && buckets[i].startSec != buckets[i - 1].startSec + bucketSec) {
            return false;
        }
    }
    return true;
}

}  // namespace

class TestRollups final : public QObject {
    Q_OBJECT

private slots:
    void ringsHaveTheirResolution();
    void ringHoldsItsCapacityThenDropsTheOldest_data();
    void ringHoldsItsCapacityThenDropsTheOldest();
    void countsLandInTheirBucketByTierAndOutcome();
    void secondsRollIntoTheirMinuteAndTenMinutes();
    void silentGapsBecomeZeroBuckets();
    void gapLongerThanTheRingLeavesOnlyZeroBuckets();
    void afterMoreThanAnHourTheOldestSecondsDropOut();
    void copyToIsOldestFirstAndContiguous_data();
    void copyToIsOldestFirstAndContiguous();
    void lateCountGoesToTheCurrentSecond();
    void advanceToNeverMovesBackwards();
    void everyCountIsInTheMinuteAndTenMinuteRings();
    void historyStartsWithTheFirstRequestNotTheClock();
    void coarseBucketsKeepTheirBusiestSecond();
};

void TestRollups::ringsHaveTheirResolution()
{
    Rollups rollups;
    QCOMPARE(rollups.seconds().bucketSec(), 1U);
    QCOMPARE(rollups.minutes().bucketSec(), 60U);
    QCOMPARE(rollups.tenMinutes().bucketSec(), 600U);
    QVERIFY(bucketsOf(rollups.seconds()).empty());
    QVERIFY(bucketsOf(rollups.minutes()).empty());
    QVERIFY(bucketsOf(rollups.tenMinutes()).empty());
}

void TestRollups::ringHoldsItsCapacityThenDropsTheOldest_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<quint32>("bucketSec");
    QTest::addColumn<int>("capacity");

    QTest::newRow("last hour by second") << 0 << 1U << 3600;
    QTest::newRow("last day by minute") << 1 << 60U << 1440;
    QTest::newRow("last week by ten minutes") << 2 << 600U << 1008;
}

void TestRollups::ringHoldsItsCapacityThenDropsTheOldest()
{
    QFETCH(int, resolution);
    QFETCH(quint32, bucketSec);
    QFETCH(int, capacity);

    // One request in each of capacity + 50 consecutive buckets, then time moves past the last one.
    Rollups rollups;
    const int buckets = capacity + 50;
    for (int i = 0; i < buckets; ++i) {
        rollups.count(kT0Sec + static_cast<std::uint32_t>(i) * bucketSec, 1, true);
    }
    rollups.advanceTo(kT0Sec + static_cast<std::uint32_t>(buckets) * bucketSec);

    // `capacity` closed intervals, then the one still open (the last with traffic).
    const std::vector<RollupBucket> out = bucketsOf(ringAt(rollups, resolution));
    QCOMPARE(static_cast<int>(out.size()), capacity + 1);
    QCOMPARE(out.front().startSec, kT0Sec + static_cast<std::uint32_t>(buckets - 1 - capacity) * bucketSec);
    QCOMPARE(out.back().startSec, kT0Sec + static_cast<std::uint32_t>(buckets - 1) * bucketSec);
    QVERIFY(contiguous(out, bucketSec));
    for (const RollupBucket& b : out) {
        QCOMPARE(b.allowed[1], 1U);
        QCOMPARE(b.totalAllowed() + b.totalDenied(), std::uint64_t{1});
    }
}

void TestRollups::countsLandInTheirBucketByTierAndOutcome()
{
    Rollups rollups;
    for (int i = 0; i < 3; ++i) {
        rollups.count(kT0Sec, 0, true);
    }
    rollups.count(kT0Sec, 1, false);
    rollups.count(kT0Sec, 1, false);
    rollups.count(kT0Sec, 2, true);
    for (int i = 0; i < 4; ++i) {
        rollups.count(kT0Sec + 1, 2, false);
    }
    rollups.count(kT0Sec + 1, 0, true);
    QCOMPARE(rollups.current().startSec, kT0Sec + 1);
    QCOMPARE(rollups.current().denied[2], 4U);
    rollups.advanceTo(kT0Sec + 2);

    const std::vector<RollupBucket> seconds = bucketsOf(rollups.seconds());
    QCOMPARE(seconds.size(), std::size_t(2));
    QCOMPARE(seconds[0].startSec, kT0Sec);
    QCOMPARE(seconds[0].allowed, (std::array<std::uint32_t, 3>{3, 0, 1}));
    QCOMPARE(seconds[0].denied, (std::array<std::uint32_t, 3>{0, 2, 0}));
    QCOMPARE(seconds[1].startSec, kT0Sec + 1);
    QCOMPARE(seconds[1].allowed, (std::array<std::uint32_t, 3>{1, 0, 0}));
    QCOMPARE(seconds[1].denied, (std::array<std::uint32_t, 3>{0, 0, 4}));
    QCOMPARE(seconds[1].totalAllowed(), std::uint64_t{1});
    QCOMPARE(seconds[1].totalDenied(), std::uint64_t{4});

    QCOMPARE(rollups.current().startSec, kT0Sec + 2);
    QCOMPARE(rollups.current().totalAllowed() + rollups.current().totalDenied(), std::uint64_t{0});
}

void TestRollups::secondsRollIntoTheirMinuteAndTenMinutes()
{
    Rollups rollups;
    rollups.count(kT0Sec + 5, 0, true);
    rollups.count(kT0Sec + 59, 1, true);    // same minute
    rollups.count(kT0Sec + 60, 2, false);   // next minute, same ten minutes
    rollups.count(kT0Sec + 600, 1, false);  // next ten minutes
    rollups.advanceTo(kT0Sec + 601);

    const std::vector<RollupBucket> minutes = bucketsOf(rollups.minutes());
    QCOMPARE(minutes.size(), std::size_t(11));
    QCOMPARE(minutes[0].startSec, kT0Sec);
    QCOMPARE(minutes[0].allowed, (std::array<std::uint32_t, 3>{1, 1, 0}));
    QCOMPARE(minutes[1].startSec, kT0Sec + 60);
    QCOMPARE(minutes[1].denied, (std::array<std::uint32_t, 3>{0, 0, 1}));
    QCOMPARE(minutes[10].startSec, kT0Sec + 600);
    QCOMPARE(minutes[10].denied, (std::array<std::uint32_t, 3>{0, 1, 0}));

    const std::vector<RollupBucket> tens = bucketsOf(rollups.tenMinutes());
    QCOMPARE(tens.size(), std::size_t(2));
    QCOMPARE(tens[0].startSec, kT0Sec);
    QCOMPARE(tens[0].allowed, (std::array<std::uint32_t, 3>{1, 1, 0}));
    QCOMPARE(tens[0].denied, (std::array<std::uint32_t, 3>{0, 0, 1}));
    QCOMPARE(tens[1].startSec, kT0Sec + 600);
    QCOMPARE(tens[1].denied, (std::array<std::uint32_t, 3>{0, 1, 0}));
}

void TestRollups::silentGapsBecomeZeroBuckets()
{
    Rollups rollups;
    rollups.count(kT0Sec, 1, true);
    rollups.count(kT0Sec + 5, 1, false);
    rollups.count(kT0Sec + 185, 0, true);
    rollups.advanceTo(kT0Sec + 186);

    const std::vector<RollupBucket> seconds = bucketsOf(rollups.seconds());
    QCOMPARE(seconds.size(), std::size_t(186));
    QVERIFY(contiguous(seconds, 1));
    for (std::size_t i = 0; i < seconds.size(); ++i) {
        const std::uint64_t total = seconds[i].totalAllowed() + seconds[i].totalDenied();
        QCOMPARE(total, std::uint64_t{i == 0 || i == 5 || i == 185 ? 1U : 0U});
    }

    const std::vector<RollupBucket> minutes = bucketsOf(rollups.minutes());
    QCOMPARE(minutes.size(), std::size_t(4));
    QVERIFY(contiguous(minutes, 60));
    QCOMPARE(minutes[0].totalAllowed() + minutes[0].totalDenied(), std::uint64_t{2});
    QCOMPARE(minutes[1].totalAllowed() + minutes[1].totalDenied(), std::uint64_t{0});
    QCOMPARE(minutes[2].totalAllowed() + minutes[2].totalDenied(), std::uint64_t{0});
    QCOMPARE(minutes[3].startSec, kT0Sec + 180);
    QCOMPARE(minutes[3].allowed[0], 1U);
}

void TestRollups::gapLongerThanTheRingLeavesOnlyZeroBuckets()
{
    Rollups rollups;
    rollups.count(kT0Sec, 1, true);
    rollups.count(kT0Sec + 10'000, 2, true);
    rollups.advanceTo(kT0Sec + 10'001);

    const std::vector<RollupBucket> seconds = bucketsOf(rollups.seconds());
    QCOMPARE(seconds.size(), std::size_t(3601));
    QVERIFY(contiguous(seconds, 1));
    QCOMPARE(seconds.front().startSec, kT0Sec + 10'000 - 3600);
    QCOMPARE(seconds.back().startSec, kT0Sec + 10'000);
    QCOMPARE(countsOf(seconds), (Counts{0, 0, 1, 0, 0, 0}));  // the first request is more than an hour old

    // The minute ring still spans both.
    const std::vector<RollupBucket> minutes = bucketsOf(rollups.minutes());
    QVERIFY(contiguous(minutes, 60));
    QCOMPARE(minutes.front().startSec, kT0Sec);
    QCOMPARE(countsOf(minutes), (Counts{0, 1, 1, 0, 0, 0}));
}

void TestRollups::afterMoreThanAnHourTheOldestSecondsDropOut()
{
    Rollups rollups;
    constexpr std::uint32_t kSpan = 3700;
    for (std::uint32_t s = 0; s < kSpan; ++s) {
        rollups.count(kT0Sec + s, static_cast<int>(s % 3), s % 2 == 0);
    }
    rollups.advanceTo(kT0Sec + kSpan);

    const std::vector<RollupBucket> seconds = bucketsOf(rollups.seconds());
    QCOMPARE(seconds.size(), std::size_t(3601));
    QVERIFY(contiguous(seconds, 1));
    QCOMPARE(seconds.front().startSec, kT0Sec + kSpan - 3601);
    QCOMPARE(seconds.back().startSec, kT0Sec + kSpan - 1);
    for (const RollupBucket& b : seconds) {
        const std::uint32_t s = b.startSec - kT0Sec;
        const int tier = static_cast<int>(s % 3);
        QCOMPARE((s % 2 == 0 ? b.allowed : b.denied)[tier], 1U);
        QCOMPARE(b.totalAllowed() + b.totalDenied(), std::uint64_t{1});
    }
}

void TestRollups::copyToIsOldestFirstAndContiguous_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<quint32>("bucketSec");

    QTest::newRow("seconds") << 0 << 1U;
    QTest::newRow("minutes") << 1 << 60U;
    QTest::newRow("ten minutes") << 2 << 600U;
}

void TestRollups::copyToIsOldestFirstAndContiguous()
{
    QFETCH(int, resolution);
    QFETCH(quint32, bucketSec);

    // Irregular traffic with pauses of every length, over two days: the rings wrap several times.
    Rollups rollups;
    std::mt19937 rng(7);
    const std::uint32_t end = kT0Sec + 2 * 24 * 3600;
    std::uint32_t sec = kT0Sec + 17;
    std::uint32_t lastCounted = sec;
    while (sec < end) {
        rollups.count(sec, static_cast<int>(rng() % 3), rng() % 2 == 0);
        lastCounted = sec;
        sec += std::array<std::uint32_t, 6>{0, 1, 2, 59, 601, 4000}[rng() % 6];
        if (rng() % 50 == 0 && sec < end) {
            rollups.advanceTo(sec);
        }
    }
    rollups.advanceTo(lastCounted + 1);

    const std::vector<RollupBucket> out = bucketsOf(ringAt(rollups, resolution));
    QVERIFY(!out.empty());
    QVERIFY(contiguous(out, bucketSec));
    QCOMPARE(out.back().startSec, lastCounted / bucketSec * bucketSec);  // newest last: the latest traffic
    QVERIFY(out.back().totalAllowed() + out.back().totalDenied() > 0);
}

void TestRollups::lateCountGoesToTheCurrentSecond()
{
    Rollups rollups;
    rollups.count(kT0Sec + 10, 0, true);
    rollups.count(kT0Sec + 10, 0, true);
    rollups.count(kT0Sec + 5, 2, false);  // a request stamped earlier, decided late
    QCOMPARE(rollups.current().startSec, kT0Sec + 10);
    rollups.count(kT0Sec + 10, 1, true);

    rollups.advanceTo(kT0Sec + 20);
    rollups.count(kT0Sec + 15, 1, false);  // late again, after a pause
    QCOMPARE(rollups.current().startSec, kT0Sec + 20);
    rollups.advanceTo(kT0Sec + 21);

    const std::vector<RollupBucket> seconds = bucketsOf(rollups.seconds());
    QVERIFY(contiguous(seconds, 1));
    QCOMPARE(seconds.front().startSec, kT0Sec + 10);  // nothing was booked before the first second seen
    QCOMPARE(seconds.front().allowed, (std::array<std::uint32_t, 3>{2, 1, 0}));
    QCOMPARE(seconds.front().denied, (std::array<std::uint32_t, 3>{0, 0, 1}));
    QCOMPARE(seconds.back().startSec, kT0Sec + 20);
    QCOMPARE(seconds.back().denied, (std::array<std::uint32_t, 3>{0, 1, 0}));
    QCOMPARE(countsOf(seconds), (Counts{2, 1, 0, 0, 1, 1}));
    QCOMPARE(countsOf(bucketsOf(rollups.minutes())), (Counts{2, 1, 0, 0, 1, 1}));
}

void TestRollups::advanceToNeverMovesBackwards()
{
    Rollups rollups;
    rollups.count(kT0Sec + 30, 0, true);
    rollups.advanceTo(kT0Sec + 10);  // earlier: ignored
    rollups.advanceTo(kT0Sec + 30);  // same second: nothing to push out
    QCOMPARE(rollups.current().startSec, kT0Sec + 30);
    QCOMPARE(rollups.current().allowed[0], 1U);
    QVERIFY(bucketsOf(rollups.seconds()).empty());

    rollups.advanceTo(kT0Sec + 31);
    rollups.advanceTo(kT0Sec + 31);
    const std::vector<RollupBucket> seconds = bucketsOf(rollups.seconds());
    QCOMPARE(seconds.size(), std::size_t(1));
    QCOMPARE(seconds[0].startSec, kT0Sec + 30);
    QCOMPARE(seconds[0].allowed[0], 1U);
}

void TestRollups::everyCountIsInTheMinuteAndTenMinuteRings()
{
    // Three hours of random traffic: far less than the minute ring holds, so nothing may be lost.
    Rollups rollups;
    std::mt19937 rng(2024);
    Counts total{};
    std::map<std::uint32_t, Counts> byMinute;
    for (std::uint32_t s = 0; s < 3 * 3600; ++s) {
        if (rng() % 4 == 0) {
            continue;  // some silent seconds
        }
        const int n = static_cast<int>(rng() % 20);
        for (int i = 0; i < n; ++i) {
            const int tier = static_cast<int>(rng() % 3);
            const bool allowed = rng() % 3 != 0;
            rollups.count(kT0Sec + s, tier, allowed);
            const int column = (allowed ? 0 : kReputationTierCount) + tier;
            ++total[column];
            ++byMinute[(kT0Sec + s) / 60 * 60][column];
        }
    }
    rollups.advanceTo(kT0Sec + 3 * 3600);

    const std::vector<RollupBucket> minutes = bucketsOf(rollups.minutes());
    QCOMPARE(minutes.size(), std::size_t(180));
    QVERIFY(contiguous(minutes, 60));
    QCOMPARE(countsOf(minutes), total);
    for (const RollupBucket& b : minutes) {
        QCOMPARE(countsOf({b}), byMinute[b.startSec]);
    }
    QCOMPARE(countsOf(bucketsOf(rollups.tenMinutes())), total);
}

void TestRollups::historyStartsWithTheFirstRequestNotTheClock()
{
    // A console publishes snapshots before traffic arrives, at the clock's time; a simulation may then start
    // its virtual clock an hour earlier. The requests must land in their own seconds, not in one bucket.
    Engine e(smallConfig());
    Snapshot early;
    e.tick(kT0 + 3600 * kNsPerSec);
    e.fillSnapshot(kT0 + 3600 * kNsPerSec, early);
    QVERIFY(early.lastHourBySecond.empty());
    for (int sec = 0; sec < 10; ++sec) {
        QCOMPARE(burst(e, std::string("k").append(std::to_string(sec)), kT0 + sec * kNsPerSec, 3), 3);
    }
    Snapshot later;
    e.tick(kT0 + 10 * kNsPerSec);
    e.fillSnapshot(kT0 + 10 * kNsPerSec, later);
    const auto& seconds = later.lastHourBySecond;
    QCOMPARE(seconds.front().startSec, toUnixSec(kT0));
    QVERIFY(contiguous(seconds, 1));
    QCOMPARE(seconds.size(), std::size_t(10));  // the second now beginning has no requests yet
    for (int sec = 0; sec < 10; ++sec) {
        QCOMPARE(seconds[sec].totalAllowed() + seconds[sec].totalDenied(), std::uint64_t(3));
    }
}

void TestRollups::coarseBucketsKeepTheirBusiestSecond()
{
    // Every snapshot copies the three rings (3,600 + 1,440 + 1,008 buckets): the peaks cost 8 bytes a bucket.
    QCOMPARE(sizeof(RollupBucket), std::size_t(36));
    // Half an hour of light random traffic with one short burst: each minute and ten-minute bucket reports the
    // busiest second inside it, and the burst's second is the peak of its minute and its ten minutes.
    Rollups rollups;
    std::mt19937 rng(17);
    std::map<std::uint32_t, std::uint32_t> secondTotal;
    std::map<std::uint32_t, std::uint32_t> secondDenied;
    const std::uint32_t burstSec = kT0Sec + 754;
    for (std::uint32_t s = 0; s < 1800; ++s) {
        const std::uint32_t sec = kT0Sec + s;
        const int n = sec == burstSec ? 5000 : static_cast<int>(rng() % 30);
        for (int i = 0; i < n; ++i) {
            const bool allowed = sec == burstSec ? i % 5 == 0 : rng() % 4 != 0;
            rollups.count(sec, static_cast<int>(rng() % 3), allowed);
            ++secondTotal[sec];
            secondDenied[sec] += allowed ? 0 : 1;
        }
    }
    rollups.advanceTo(kT0Sec + 1800);

    for (const std::uint32_t bucketSec : {60U, 600U}) {
        const std::vector<RollupBucket> buckets = bucketsOf(bucketSec == 60 ? rollups.minutes() : rollups.tenMinutes());
        QCOMPARE(buckets.size(), std::size_t(1800 / bucketSec));
        for (const RollupBucket& b : buckets) {
            std::uint32_t total = 0;
            std::uint32_t denied = 0;
            for (std::uint32_t sec = b.startSec; sec < b.startSec + bucketSec; ++sec) {
                total = std::max(total, secondTotal[sec]);
                denied = std::max(denied, secondDenied[sec]);
            }
            QCOMPARE(b.peakTotal, total);
            QCOMPARE(b.peakDenied, denied);
            const bool holdsBurst = burstSec >= b.startSec && burstSec < b.startSec + bucketSec;
            QCOMPARE(b.peakTotal == 5000U, holdsBurst);
        }
    }
    // A second's bucket is its own peak.
    for (const RollupBucket& b : bucketsOf(rollups.seconds())) {
        QCOMPARE(std::uint64_t{b.peakTotal}, b.totalAllowed() + b.totalDenied());
        QCOMPARE(std::uint64_t{b.peakDenied}, b.totalDenied());
    }
}

QTEST_APPLESS_MAIN(TestRollups)
#include "tst_rollups.moc"
