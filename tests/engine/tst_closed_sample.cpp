// SPDX-License-Identifier: Apache-2.0
// Several engines' samples of one grid point added up: counts sum, the heaviest candidates stay, the new keys
// chosen are still a uniform choice of all new keys, and a grid point is handed out once, when every engine has
// closed it.
#include "anomaly/ClosedSample.h"
#include "anomaly/SampleGather.h"
#include "part/PartContext.h"

#include <QtTest>

#include <array>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::anomaly;

namespace {

constexpr TimeNs kMinute = 60 * kNsPerSec;
constexpr TimeNs kT0 = 30'000'000 * kMinute;

// Out of line: GCC 12 at -O3 warns falsely about string concatenation unrolled into a loop.
[[gnu::noinline]] std::string named(std::string_view prefix, std::uint64_t i)
{
    std::string name(prefix);
    name += std::to_string(i);
    return name;
}

// A sample of one engine: `newKeys` new keys counted, of which it chose min(newKeys, 32) named `prefix`-i.
ClosedSample sampleOf(TimeNs end, const std::string& prefix, std::uint64_t newKeys, std::uint64_t requests)
{
    ClosedSample s;
    s.end = end;
    s.interval = kMinute;
    s.counts.newKeys = newKeys;
    s.counts.routes[0].requests = requests;
    s.counts.routes[0].keys = newKeys;
    s.newKeysSampled = newKeys;
    for (std::uint64_t i = 0; i < std::min<std::uint64_t>(newKeys, TrafficTally::kNewKeySamples); ++i) {
        const std::string key = named(prefix, i);
        s.newKeys.push_back(SampleKey{key, std::hash<std::string>{}(key), 0, TrafficTally::kNoCountry, 1, 1});
    }
    return s;
}

}  // namespace

class TestClosedSample final : public QObject {
    Q_OBJECT

private slots:
    void countsAddUp()
    {
        ClosedSample a = sampleOf(kT0, "a", 5, 100);
        a.denials = 7;
        a.counts.countries[3] = 4;
        a.candidates.push_back(SampleKey{"heavy-a", 1, 0, 0, 300, 900});
        ClosedSample b = sampleOf(kT0, "b", 3, 50);
        b.denials = 2;
        b.counts.countries[3] = 6;
        b.candidates.push_back(SampleKey{"heavy-b", 2, 0, 0, 500, 500});
        a.add(std::move(b));
        QCOMPARE(a.counts.requests(), std::uint64_t{150});
        QCOMPARE(a.counts.activeKeys(), std::uint64_t{8});
        QCOMPARE(a.counts.newKeys, std::uint64_t{8});
        QCOMPARE(a.denials, std::uint64_t{9});
        QCOMPARE(a.counts.countries[3], 10U);
        QCOMPARE(a.newKeys.size(), std::size_t{8});
        QCOMPARE(a.candidates.size(), std::size_t{2});
        QCOMPARE(a.candidates.front().key, std::string("heavy-b"));  // most requests first
        QVERIFY(a.counting && a.whole);
    }

    void onlyTheHeaviestCandidatesStay()
    {
        ClosedSample a = sampleOf(kT0, "a", 0, 0);
        ClosedSample b = sampleOf(kT0, "b", 0, 0);
        for (std::uint32_t i = 0; i < HeavyHitters::kCandidates; ++i) {
            a.candidates.push_back(SampleKey{named("a", i), i, 0, 0, 100 + 2 * i, 1000});
            b.candidates.push_back(SampleKey{named("b", i), 1000 + i, 0, 0, 101 + 2 * i, 1000});
        }
        a.add(std::move(b));
        QCOMPARE(a.candidates.size(), std::size_t{HeavyHitters::kCandidates});
        // The 64 heaviest of both: requests 100 + 64 and up.
        for (const SampleKey& k : a.candidates) {
            QVERIFY(k.requests >= 100 + HeavyHitters::kCandidates);
        }
        QCOMPARE(a.candidates.front().requests, 101U + 2 * (HeavyHitters::kCandidates - 1));
    }

    void newKeysStayAUniformChoice()
    {
        // Three engines with 1000, 10 and 100 new keys: each place of the merged choice of 32 goes to an engine as
        // often as its share of all new keys, over many grid points.
        std::array<double, 3> picked{};
        constexpr int kRounds = 2000;
        for (int r = 0; r < kRounds; ++r) {
            const TimeNs end = kT0 + r * kMinute;
            ClosedSample merged = sampleOf(end, "a", 1000, 0);
            merged.add(sampleOf(end, "b", 10, 0));
            merged.add(sampleOf(end, "c", 100, 0));
            QCOMPARE(merged.newKeys.size(), std::size_t{TrafficTally::kNewKeySamples});
            QCOMPARE(merged.newKeysSampled, std::uint64_t{1110});
            for (const SampleKey& k : merged.newKeys) {
                ++picked[static_cast<std::size_t>(k.key[0] - 'a')];
            }
        }
        const double places = kRounds * TrafficTally::kNewKeySamples;
        QVERIFY2(std::abs(picked[0] / places - 1000.0 / 1110) < 0.01, qPrintable(QString::number(picked[0] / places)));
        QVERIFY2(std::abs(picked[1] / places - 10.0 / 1110) < 0.003, qPrintable(QString::number(picked[1] / places)));
        QVERIFY2(std::abs(picked[2] / places - 100.0 / 1110) < 0.01, qPrintable(QString::number(picked[2] / places)));
        // Fewer new keys than places: every one of them is kept, once.
        ClosedSample few = sampleOf(kT0, "a", 5, 0);
        few.add(sampleOf(kT0, "b", 7, 0));
        QCOMPARE(few.newKeys.size(), std::size_t{12});
    }

    void aPartNotCountingOrOfAnotherIntervalIsNotJudged()
    {
        ClosedSample a = sampleOf(kT0, "a", 1, 1);
        ClosedSample off = sampleOf(kT0, "b", 1, 1);
        off.counting = false;
        a.add(std::move(off));
        QVERIFY(!a.counting);
        ClosedSample c = sampleOf(kT0, "c", 1, 1);
        ClosedSample other = sampleOf(kT0, "d", 1, 1);
        other.interval = 2 * kMinute;
        c.add(std::move(other));
        QVERIFY(!c.counting);
        // A part counted from the sample's start makes the sum whole: an engine whose keys came later had nothing
        // before.
        ClosedSample late = sampleOf(kT0, "e", 1, 1);
        late.whole = false;
        ClosedSample early = sampleOf(kT0, "f", 1, 1);
        early.add(std::move(late));
        QVERIFY(early.whole);
    }

    void aGridPointIsHandedOutOnceEveryEngineClosedIt()
    {
        SampleGather gather;
        std::vector<ClosedSample> out;
        std::vector<ClosedSample> parts;
        parts.push_back(sampleOf(kT0, "a", 0, 10));
        parts.push_back(sampleOf(kT0 + kMinute, "a", 0, 20));
        gather.add(parts);
        QVERIFY(parts.empty());
        parts.push_back(sampleOf(kT0, "b", 0, 1));
        gather.add(parts);
        // The third engine has still to close kT0.
        gather.takeReady(std::vector<TimeNs>{kT0 + 2 * kMinute, kT0 + kMinute, kT0}, out);
        QVERIFY(out.empty());
        // Now it has; the second engine has still to close kT0 + 1 min. An engine without traffic waits for nothing.
        parts.push_back(sampleOf(kT0, "c", 0, 100));
        gather.add(parts);
        gather.takeReady(std::vector<TimeNs>{kT0 + 2 * kMinute, kT0 + kMinute, kT0 + kMinute, kNever}, out);
        QCOMPARE(out.size(), std::size_t{1});
        QCOMPARE(out.front().end, kT0);
        QCOMPARE(out.front().counts.requests(), std::uint64_t{111});
        QCOMPARE(gather.waiting(), std::size_t{1});
        // A part of a grid point already handed out (its requests reached their engine late) is dropped.
        parts.push_back(sampleOf(kT0, "late", 0, 5));
        gather.add(parts);
        out.clear();
        gather.takeReady(std::vector<TimeNs>{kNever}, out);
        QCOMPARE(out.size(), std::size_t{1});
        QCOMPARE(out.front().end, kT0 + kMinute);
        QCOMPARE(out.front().counts.requests(), std::uint64_t{20});
        QCOMPARE(gather.waiting(), std::size_t{0});
    }
};

QTEST_GUILESS_MAIN(TestClosedSample)
#include "tst_closed_sample.moc"
