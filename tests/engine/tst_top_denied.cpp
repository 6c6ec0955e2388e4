// SPDX-License-Identifier: Apache-2.0
#include "rollup/TopDenied.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace sluice::engine;

namespace {

constexpr std::size_t kCapacity = TopDenied::kCapacity;

// What the engine does: every key record counts its own denials and caches its place in the list.
struct Keys {
    TopDenied top;
    std::vector<std::string> names;
    std::vector<std::uint64_t> counts;
    std::vector<std::uint8_t> places;

    explicit Keys(std::size_t n)
    {
        for (std::size_t i = 0; i < n; ++i) {
            names.push_back("key-" + std::to_string(i));
        }
        counts.assign(n, 0);
        places.assign(n, TopDenied::kNoSlot);
    }

    // Sets record r's count and reports it; returns the record displaced (kNoRecord if none).
    std::uint32_t report(std::uint32_t r, std::uint64_t count)
    {
        counts[r] = count;
        std::uint32_t displaced = 12345;  // must be overwritten either way
        places[r] = top.update(places[r], r, names[r], count, displaced);
        if (displaced != TopDenied::kNoRecord) {
            places[displaced] = TopDenied::kNoSlot;
        }
        return displaced;
    }
    std::uint32_t deny(std::uint32_t r) { return report(r, counts[r] + 1); }

    std::vector<TopDeniedEntry> list(std::size_t n = kCapacity) const
    {
        std::vector<TopDeniedEntry> out;
        top.top(n, out);
        return out;
    }
};

QString describe(const std::vector<TopDeniedEntry>& entries)
{
    QStringList parts;
    for (const TopDeniedEntry& e : entries) {
        parts << QStringLiteral("%1=%2").arg(QString::fromStdString(e.key)).arg(e.denied);
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace

class TestTopDenied final : public QObject {
    Q_OBJECT

private slots:
    void emptyListHasNoEntries();
    void everyKeyEntersUntilTheListIsFull();
    void keyEntersOnlyWhenItsCountExceedsTheSmallestHeld();
    void displacedNamesTheRecordThatLostItsPlace();
    void growingTheSmallestHeldRaisesTheBar();
    void keepsTheMostDeniedKeysExactlyAsCountsGrow_data();
    void keepsTheMostDeniedKeysExactlyAsCountsGrow();
    void unlinkThenRelinkRestoresTheCount();
    void relinkOfAKeyNotHeldFindsNothing();
    void unlinkedEntryOvertakenDisplacesNoRecord();
    void topIsSortedByCountThenKey();
};

void TestTopDenied::emptyListHasNoEntries()
{
    Keys keys(1);
    QVERIFY(keys.list().empty());
    QCOMPARE(keys.report(0, 0), TopDenied::kNoRecord);  // a free place is taken even at a count of zero
    QCOMPARE(keys.list().size(), std::size_t(1));
}

void TestTopDenied::everyKeyEntersUntilTheListIsFull()
{
    Keys keys(kCapacity);
    for (std::uint32_t r = 0; r < kCapacity; ++r) {
        QCOMPARE(keys.report(r, 1 + r % 3), TopDenied::kNoRecord);
        QVERIFY(keys.places[r] != TopDenied::kNoSlot);
    }
    const std::vector<TopDeniedEntry> all = keys.list(1000);
    QCOMPARE(all.size(), kCapacity);
    std::vector<std::uint8_t> places = keys.places;
    std::sort(places.begin(), places.end());
    QVERIFY(std::adjacent_find(places.begin(), places.end()) == places.end());  // distinct places
}

void TestTopDenied::keyEntersOnlyWhenItsCountExceedsTheSmallestHeld()
{
    Keys keys(kCapacity + 2);
    for (std::uint32_t r = 0; r < kCapacity; ++r) {
        keys.report(r, 10 + r);  // smallest held: key-0 with 10
    }
    const std::uint32_t outsider = kCapacity;

    QCOMPARE(keys.report(outsider, 9), TopDenied::kNoRecord);
    QCOMPARE(keys.places[outsider], TopDenied::kNoSlot);
    QCOMPARE(keys.report(outsider, 10), TopDenied::kNoRecord);  // a tie is not enough
    QCOMPARE(keys.places[outsider], TopDenied::kNoSlot);
    QVERIFY(keys.places[0] != TopDenied::kNoSlot);

    QCOMPARE(keys.report(outsider, 11), 0U);
    QVERIFY(keys.places[outsider] != TopDenied::kNoSlot);

    const std::vector<TopDeniedEntry> list = keys.list();
    QCOMPARE(list.size(), kCapacity);
    const auto held = [&](const std::string& key) {
        return std::any_of(list.begin(), list.end(), [&](const TopDeniedEntry& e) { return e.key == key; });
    };
    QVERIFY(!held("key-0"));
    QVERIFY(held(keys.names[outsider]));
    QVERIFY(held("key-1"));
}

void TestTopDenied::displacedNamesTheRecordThatLostItsPlace()
{
    Keys keys(kCapacity + 1);
    for (std::uint32_t r = 0; r < kCapacity; ++r) {
        keys.report(r, r == 37 ? 1 : 100);
    }
    const std::uint8_t place = keys.places[37];
    std::uint32_t displaced = TopDenied::kNoRecord;
    const std::uint8_t taken = keys.top.update(TopDenied::kNoSlot, kCapacity, "newcomer", 2, displaced);
    QCOMPARE(displaced, 37U);
    QCOMPARE(taken, place);  // the newcomer took exactly the place the displaced record held
}

void TestTopDenied::growingTheSmallestHeldRaisesTheBar()
{
    Keys keys(kCapacity + 2);
    for (std::uint32_t r = 0; r < kCapacity; ++r) {
        keys.report(r, 1 + r);  // key-0 = 1, key-1 = 2, ...
    }
    keys.report(0, 500);  // the smallest held grows past everyone: key-1 (2) is the smallest now
    const std::uint32_t outsider = kCapacity;
    QCOMPARE(keys.report(outsider, 2), TopDenied::kNoRecord);
    QCOMPARE(keys.places[outsider], TopDenied::kNoSlot);
    QCOMPARE(keys.report(outsider, 3), 1U);
    QVERIFY(keys.places[0] != TopDenied::kNoSlot);
    QCOMPARE(keys.list(1).front().key, std::string("key-0"));
    QCOMPARE(keys.list(1).front().denied, std::uint64_t{500});
}

void TestTopDenied::keepsTheMostDeniedKeysExactlyAsCountsGrow_data()
{
    QTest::addColumn<int>("keyCount");
    QTest::addColumn<int>("denials");
    QTest::addColumn<double>("skew");  // 0 = uniform; larger = a few keys get most denials

    QTest::newRow("fewer keys than places") << 40 << 5'000 << 0.0;
    QTest::newRow("uniform") << 500 << 50'000 << 0.0;
    QTest::newRow("skewed") << 2'000 << 100'000 << 1.2;
    QTest::newRow("late risers") << 300 << 60'000 << -1.0;
}

void TestTopDenied::keepsTheMostDeniedKeysExactlyAsCountsGrow()
{
    QFETCH(int, keyCount);
    QFETCH(int, denials);
    QFETCH(double, skew);

    Keys keys(static_cast<std::size_t>(keyCount));
    std::mt19937 rng(static_cast<std::uint32_t>(keyCount));
    std::vector<double> weights(static_cast<std::size_t>(keyCount));
    for (int i = 0; i < keyCount; ++i) {
        weights[i] = skew > 0 ? 1.0 / std::pow(i + 1, skew) : 1.0;
    }
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_int_distribution<int> any(0, keyCount - 1);

    for (int d = 1; d <= denials; ++d) {
        // "late risers": the first half is uniform, then the highest-numbered keys take over.
        const int r = skew < 0 && d > denials / 2 ? keyCount - 1 - any(rng) % 40 : skew > 0 ? pick(rng) : any(rng);
        const std::uint32_t displaced = keys.deny(static_cast<std::uint32_t>(r));
        if (displaced != TopDenied::kNoRecord) {
            QVERIFY(displaced != static_cast<std::uint32_t>(r));
            QVERIFY(keys.counts[displaced] < keys.counts[r]);
        }
        if (d % 997 != 0 && d != denials) {
            continue;
        }
        const std::vector<TopDeniedEntry> list = keys.list();
        std::vector<std::uint64_t> expected;
        for (int i = 0; i < keyCount; ++i) {
            if (keys.counts[i] > 0) {
                expected.push_back(keys.counts[i]);
            }
        }
        std::sort(expected.begin(), expected.end(), std::greater<>());
        expected.resize(std::min(expected.size(), kCapacity));
        std::vector<std::uint64_t> actual;
        for (const TopDeniedEntry& e : list) {
            actual.push_back(e.denied);
            const int r2 = std::stoi(e.key.substr(4));
            if (keys.counts[r2] != e.denied || keys.places[r2] == TopDenied::kNoSlot) {
                QFAIL(qPrintable(QStringLiteral("after %1 denials %2 is listed with %3, counted %4")
                                     .arg(d)
                                     .arg(QString::fromStdString(e.key))
                                     .arg(e.denied)
                                     .arg(keys.counts[r2])));
            }
        }
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("after %1 denials the list is not the top %2: %3")
                                 .arg(d)
                                 .arg(kCapacity)
                                 .arg(describe(list))));
        }
        const auto withSlot = std::count_if(keys.places.begin(), keys.places.end(),
                                            [](std::uint8_t s) { return s != TopDenied::kNoSlot; });
        QCOMPARE(static_cast<std::size_t>(withSlot), list.size());
    }
}

void TestTopDenied::unlinkThenRelinkRestoresTheCount()
{
    Keys keys(kCapacity + 1);
    for (std::uint32_t r = 0; r < kCapacity; ++r) {
        keys.report(r, 100 + r);
    }
    const std::uint8_t place = keys.places[5];
    keys.top.unlink(place);  // key-5's record left the table; its entry stays

    const std::vector<TopDeniedEntry> whileAway = keys.list();
    QCOMPARE(whileAway.size(), kCapacity);
    QVERIFY(std::any_of(whileAway.begin(), whileAway.end(),
                        [](const TopDeniedEntry& e) { return e.key == "key-5" && e.denied == 105; }));

    // The key comes back as a different record.
    const std::uint32_t newRecord = kCapacity;
    std::uint64_t count = 0;
    const std::uint8_t relinked = keys.top.relink(newRecord, "key-5", count);
    QCOMPARE(relinked, place);
    QCOMPARE(count, std::uint64_t{105});

    // It keeps counting from there, under its new record.
    std::uint32_t displaced = TopDenied::kNoRecord;
    QCOMPARE(keys.top.update(relinked, newRecord, "key-5", 106, displaced), place);
    QCOMPARE(displaced, TopDenied::kNoRecord);
    QCOMPARE(keys.list(1).front().denied, std::uint64_t{163});  // key-63 is still the most denied

    // A second relink finds nothing: the entry is attached again.
    std::uint64_t again = 7;
    QCOMPARE(keys.top.relink(newRecord + 1, "key-5", again), TopDenied::kNoSlot);
    QCOMPARE(again, std::uint64_t{7});

    // When it is overtaken now, the new record is the one told.
    keys.places[5] = TopDenied::kNoSlot;
    keys.places[newRecord] = relinked;
    keys.names[newRecord] = "key-5";
    keys.counts[newRecord] = 106;
    for (std::uint32_t r = 0; r < kCapacity; ++r) {
        if (r != 5) {
            keys.report(r, 1000 + r);
        }
    }
    std::uint32_t lost = TopDenied::kNoRecord;
    keys.top.update(TopDenied::kNoSlot, 999, "challenger", 107, lost);
    QCOMPARE(lost, newRecord);
}

void TestTopDenied::relinkOfAKeyNotHeldFindsNothing()
{
    Keys keys(3);
    keys.report(0, 5);
    keys.report(1, 6);
    std::uint64_t count = 42;
    QCOMPARE(keys.top.relink(7, "key-2", count), TopDenied::kNoSlot);  // nothing unlinked at all
    keys.top.unlink(keys.places[0]);
    QCOMPARE(keys.top.relink(7, "key-2", count), TopDenied::kNoSlot);  // unlinked, but another key
    QCOMPARE(keys.top.relink(7, "key-1", count), TopDenied::kNoSlot);  // held, but not unlinked
    QCOMPARE(count, std::uint64_t{42});
    QCOMPARE(keys.top.relink(7, "key-0", count), keys.places[0]);
    QCOMPARE(count, std::uint64_t{5});
}

void TestTopDenied::unlinkedEntryOvertakenDisplacesNoRecord()
{
    Keys keys(kCapacity + 1);
    for (std::uint32_t r = 0; r < kCapacity; ++r) {
        keys.report(r, r == 9 ? 1 : 50);
    }
    keys.top.unlink(keys.places[9]);
    keys.places[9] = TopDenied::kNoSlot;  // the record is gone

    QCOMPARE(keys.report(kCapacity, 2), TopDenied::kNoRecord);  // no record to notify
    QVERIFY(keys.places[kCapacity] != TopDenied::kNoSlot);
    std::uint64_t count = 0;
    QCOMPARE(keys.top.relink(3, "key-9", count), TopDenied::kNoSlot);  // its entry is gone for good

    // The list still behaves: another unlink/relink pair works after the takeover.
    keys.top.unlink(keys.places[20]);
    QCOMPARE(keys.top.relink(77, "key-20", count), keys.places[20]);
    QCOMPARE(count, std::uint64_t{50});
}

void TestTopDenied::topIsSortedByCountThenKey()
{
    TopDenied top;
    std::uint32_t displaced = 0;
    const std::vector<std::pair<std::string, std::uint64_t>> input{{"delta", 5}, {"alpha", 7}, {"charlie", 5},
                                                                   {"bravo", 9}, {"echo", 7},  {"aaron", 5}};
    for (std::uint32_t r = 0; r < input.size(); ++r) {
        top.update(TopDenied::kNoSlot, r, input[r].first, input[r].second, displaced);
    }
    std::vector<TopDeniedEntry> out;
    top.top(100, out);
    const std::vector<std::pair<std::string, std::uint64_t>> expected{{"bravo", 9}, {"alpha", 7},   {"echo", 7},
                                                                      {"aaron", 5}, {"charlie", 5}, {"delta", 5}};
    QCOMPARE(out.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(out[i].key, expected[i].first);
        QCOMPARE(out[i].denied, expected[i].second);
    }
    top.top(2, out);
    QCOMPARE(out.size(), std::size_t(2));
    QCOMPARE(out[1].key, std::string("alpha"));
    top.top(0, out);
    QVERIFY(out.empty());
}

QTEST_APPLESS_MAIN(TestTopDenied)
#include "tst_top_denied.moc"
