// SPDX-License-Identifier: Apache-2.0
#include "keys/U64Map.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using namespace sluice::engine;

namespace {

struct Payload {
    std::int64_t tat = 0;
    std::uint32_t tag = 0;
};

// Keys whose low 20 bits are equal share their home slot in any map of up to 2^20 slots.
std::uint64_t collidingKey(std::uint64_t k, std::uint64_t lowBits) { return (k << 20) | lowBits; }

// Checks the map holds exactly `expected`; returns an empty string or what went wrong.
QString mismatch(const U64Map<Payload>& map, const std::map<std::uint64_t, Payload>& expected,
                 const std::vector<std::uint64_t>& absent)
{
    if (map.size() != expected.size()) {
        return QStringLiteral("size %1, expected %2").arg(map.size()).arg(expected.size());
    }
    for (const auto& [key, value] : expected) {
        const Payload* found = map.find(key);
        if (found == nullptr) {
            return QStringLiteral("key %1 missing").arg(key);
        }
        if (found->tat != value.tat || found->tag != value.tag) {
            return QStringLiteral("key %1 has the wrong value").arg(key);
        }
    }
    for (const std::uint64_t key : absent) {
        if (map.find(key) != nullptr) {
            return QStringLiteral("erased key %1 still found").arg(key);
        }
    }
    return {};
}

}  // namespace

class TestU64Map final : public QObject {
    Q_OBJECT

private slots:
    void emptyMapFindsAndErasesNothing();
    void indexingAnExistingKeyKeepsItsValue();
    void insertFindEraseAcrossGrowth();
    void eraseUnderCollisionsKeepsTheRestFindable_data();
    void eraseUnderCollisionsKeepsTheRestFindable();
    void keyZeroWorks();
    void retainIfKeepsExactlyWhatThePredicateKeeps_data();
    void retainIfKeepsExactlyWhatThePredicateKeeps();
    void retainIfVisitsEveryEntryExactlyOnce();
};

void TestU64Map::emptyMapFindsAndErasesNothing()
{
    U64Map<Payload> map;
    QCOMPARE(map.size(), std::size_t(0));
    QVERIFY(map.find(42) == nullptr);
    QVERIFY(map.find(0) == nullptr);
    QVERIFY(!map.erase(42));

    map[7].tag = 1;
    QVERIFY(map.erase(7));
    QVERIFY(!map.erase(7));
    QVERIFY(map.find(7) == nullptr);
    QVERIFY(!map.erase(8));
    QCOMPARE(map.size(), std::size_t(0));
}

void TestU64Map::indexingAnExistingKeyKeepsItsValue()
{
    U64Map<Payload> map;
    map[99] = Payload{123, 4};
    QCOMPARE(map[99].tat, std::int64_t{123});
    QCOMPARE(map.size(), std::size_t(1));
    map[99].tag += 1;
    const U64Map<Payload>& view = map;
    QVERIFY(view.find(99) != nullptr);
    QCOMPARE(view.find(99)->tag, 5U);
    QCOMPARE(map[100].tat, std::int64_t{0});  // a new key starts value-initialised
    QCOMPARE(map.size(), std::size_t(2));
}

void TestU64Map::insertFindEraseAcrossGrowth()
{
    U64Map<Payload> map;
    std::mt19937_64 rng(99);
    std::map<std::uint64_t, Payload> expected;
    std::vector<std::uint64_t> absent;
    for (std::uint32_t i = 0; i < 100'000; ++i) {
        std::uint64_t key = rng();
        while (key <= 1 || expected.count(key) != 0) {
            key = rng();
        }
        const Payload p{static_cast<std::int64_t>(key >> 3), i};
        map[key] = p;
        expected[key] = p;
        if ((i & (i - 1)) == 0) {  // at every power of two, i.e. around each growth
            QVERIFY(map.find(key) != nullptr);
            QCOMPARE(map.find(key)->tag, i);
        }
    }
    QString problem = mismatch(map, expected, absent);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    std::uint32_t n = 0;
    for (auto it = expected.begin(); it != expected.end();) {
        if (n++ % 3 != 0) {
            QVERIFY(map.erase(it->first));
            absent.push_back(it->first);
            it = expected.erase(it);
        } else {
            ++it;
        }
    }
    problem = mismatch(map, expected, absent);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Grows again after erasing, with erased keys coming back.
    for (std::size_t i = 0; i < absent.size(); i += 2) {
        map[absent[i]] = Payload{-1, 7};
        expected[absent[i]] = Payload{-1, 7};
    }
    std::vector<std::uint64_t> stillAbsent;
    for (std::size_t i = 1; i < absent.size(); i += 2) {
        stillAbsent.push_back(absent[i]);
    }
    problem = mismatch(map, expected, stillAbsent);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestU64Map::eraseUnderCollisionsKeepsTheRestFindable_data()
{
    QTest::addColumn<quint64>("lowBits");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("order");  // 0: every other, 1: from the front, 2: from the back, 3: shuffled

    // Home slot 0 at every size; home slot = last slot at every size, so chains wrap to the start.
    for (const quint64 low : {quint64{0}, quint64{0xFFFFF}, quint64{0x3F}}) {
        for (int order = 0; order < 4; ++order) {
            QTest::addRow("low bits %llx, order %d", static_cast<unsigned long long>(low), order)
                << low << 1500 << order;
        }
    }
}

void TestU64Map::eraseUnderCollisionsKeepsTheRestFindable()
{
    QFETCH(quint64, lowBits);
    QFETCH(int, count);
    QFETCH(int, order);

    U64Map<Payload> map;
    std::map<std::uint64_t, Payload> expected;
    // A few well-spread keys too, so the colliding chain runs through other entries.
    std::mt19937_64 rng(static_cast<std::uint64_t>(order) + lowBits);
    for (int k = 1; k <= count; ++k) {
        const std::uint64_t key = collidingKey(static_cast<std::uint64_t>(k), lowBits);
        map[key] = Payload{k, static_cast<std::uint32_t>(k)};
        expected[key] = Payload{k, static_cast<std::uint32_t>(k)};
        if (k % 3 == 0) {
            const std::uint64_t spread = rng() | (std::uint64_t{1} << 63);
            map[spread] = Payload{-k, 0};
            expected[spread] = Payload{-k, 0};
        }
    }
    QString problem = mismatch(map, expected, {});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    std::vector<std::uint64_t> victims;
    for (int k = 1; k <= count; ++k) {
        const bool erase = order == 0 ? k % 2 == 0 : k <= count * 2 / 3;
        if (erase) {
            victims.push_back(collidingKey(static_cast<std::uint64_t>(order == 2 ? count + 1 - k : k), lowBits));
        }
    }
    if (order == 3) {
        std::shuffle(victims.begin(), victims.end(), rng);
    }
    std::vector<std::uint64_t> absent;
    for (const std::uint64_t key : victims) {
        QVERIFY(map.erase(key));
        expected.erase(key);
        absent.push_back(key);
        if (absent.size() % 250 == 0) {
            problem = mismatch(map, expected, absent);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    problem = mismatch(map, expected, absent);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const std::uint64_t key : absent) {
        QVERIFY(!map.erase(key));
    }
}

void TestU64Map::keyZeroWorks()
{
    U64Map<Payload> map;
    for (std::uint64_t k = 2; k < 200; ++k) {
        map[k * 0x9E3779B97F4A7C15ULL].tag = static_cast<std::uint32_t>(k);
    }
    map[0] = Payload{55, 1};
    QVERIFY(map.find(0) != nullptr);
    QCOMPARE(map.find(0)->tat, std::int64_t{55});
    QCOMPARE(map[0].tag, 1U);
    QCOMPARE(map.size(), std::size_t(199));

    for (std::uint64_t k = 200; k < 2000; ++k) {  // survives growth
        map[k * 0x9E3779B97F4A7C15ULL].tag = static_cast<std::uint32_t>(k);
    }
    QVERIFY(map.find(0) != nullptr);
    QCOMPARE(map.find(0)->tat, std::int64_t{55});

    bool visited = false;
    map.retainIf([&](std::uint64_t, Payload& p) {
        visited = visited || p.tat == 55;
        return true;
    });
    QVERIFY(visited);

    QVERIFY(map.erase(0));
    QVERIFY(map.find(0) == nullptr);
    QVERIFY(!map.erase(0));
    QCOMPARE(map.size(), std::size_t(1998));
}

void TestU64Map::retainIfKeepsExactlyWhatThePredicateKeeps_data()
{
    QTest::addColumn<quint64>("lowBits");  // 0 = random keys; otherwise colliding keys with these low bits
    QTest::addColumn<int>("count");

    QTest::newRow("random keys") << quint64{0} << 50'000;
    QTest::newRow("colliding at slot 0") << quint64{1} << 1'500;
    QTest::newRow("colliding, wrapping") << quint64{0xFFFFF} << 1'500;
    QTest::newRow("small map, wrapping") << quint64{0x3F} << 20;
}

void TestU64Map::retainIfKeepsExactlyWhatThePredicateKeeps()
{
    QFETCH(quint64, lowBits);
    QFETCH(int, count);

    U64Map<Payload> map;
    std::mt19937_64 rng(5);
    std::map<std::uint64_t, Payload> expected;
    std::vector<std::uint64_t> absent;
    for (int i = 0; i < count; ++i) {
        const std::uint64_t key =
            lowBits == 0 ? (rng() | 2) : collidingKey(static_cast<std::uint64_t>(i) + 1, lowBits == 1 ? 0 : lowBits);
        const Payload p{static_cast<std::int64_t>(rng() % 1000), static_cast<std::uint32_t>(i)};
        map[key] = p;
        if (p.tat < 400) {
            absent.push_back(key);
        } else {
            expected[key] = p;
        }
    }
    map.retainIf([](std::uint64_t, Payload& p) { return p.tat >= 400; });
    const QString problem = mismatch(map, expected, absent);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestU64Map::retainIfVisitsEveryEntryExactlyOnce()
{
    // Twenty keys whose home is the last slot of the 64-slot map: the chain wraps to slots 0..18. Erasing the
    // entry in the last slot shifts the wrapped ones back across the end of the sweep.
    U64Map<Payload> map;
    std::vector<std::uint64_t> keys;
    for (std::uint64_t k = 1; k <= 20; ++k) {
        keys.push_back(collidingKey(k, 0x3F));
        map[keys.back()].tag = static_cast<std::uint32_t>(k);
    }
    std::unordered_map<std::uint64_t, int> visits;
    map.retainIf([&](std::uint64_t key, Payload& p) {
        ++visits[key];
        return p.tag != 1;  // erase the entry sitting in the last slot
    });
    for (const std::uint64_t key : keys) {
        QVERIFY2(visits[key] == 1,
                 qPrintable(QStringLiteral("key %1 visited %2 times").arg(key >> 20).arg(visits[key])));
    }
    QCOMPARE(map.size(), std::size_t(19));
    QVERIFY(map.find(keys[0]) == nullptr);
}

QTEST_APPLESS_MAIN(TestU64Map)
#include "tst_u64map.moc"
