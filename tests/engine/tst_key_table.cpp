// SPDX-License-Identifier: Apache-2.0
#include "keys/KeyRecord.h"
#include "keys/KeyTable.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace sluice::engine;

namespace {

constexpr int kKeyCount = 100'000;

// A key of exactly `length` bytes: `fill` repeated, ending in a unique id. (Built with append(): GCC 12 at
// -O3 reports a false -Wrestrict on operator+ for strings.)
std::string paddedKey(char fill, std::size_t length, const std::string& id)
{
    std::string key(length - id.size(), fill);
    key.append(id);
    return key;
}

// Every third key is long (17..255 bytes, in the arena); the rest fit inline. All distinct.
std::string mixedKey(int n)
{
    const std::string id = std::to_string(n);
    if (n % 3 != 0) {
        return std::string("k").append(id);
    }
    const std::size_t length = KeyRecord::kInlineKeyBytes + 1 + static_cast<std::size_t>(n) % 239;
    return paddedKey(static_cast<char>('a' + n % 26), length, std::string("-").append(id));
}

std::string longKey(int n, std::size_t length)
{
    return paddedKey('L', length, std::string(":").append(std::to_string(n)));
}

std::uint32_t insertKey(KeyTable& table, const std::string& key) { return table.insert(key, KeyTable::hash(key)); }
std::uint32_t findKey(const KeyTable& table, const std::string& key) { return table.find(key, KeyTable::hash(key)); }

}  // namespace

class TestKeyTable final : public QObject {
    Q_OBJECT

private slots:
    void keyOfReturnsTheExactBytes_data();
    void keyOfReturnsTheExactBytes();
    void insertFindAndEraseHundredThousandKeys();
    void eraseKeepsEveryOtherKeyFindable();
    void erasedKeysCanBeInsertedAgain();
    void recordsDoNotMoveWhileTheTableGrows();
    void freedRecordsAreReused();
    void arenaCompactionPreservesRemainingLongKeys();
    void churnOfLongKeysDoesNotGrowMemory();
    void forEachLiveVisitsExactlyTheLiveRecords();
    void millionShortKeysFitTheBytesPerKeyBudget();
};

void TestKeyTable::keyOfReturnsTheExactBytes_data()
{
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("one byte") << QByteArray("a");
    QTest::newRow("15 bytes") << QByteArray(15, 'x');
    QTest::newRow("16 bytes, inline limit") << QByteArray("0123456789abcdef");
    QTest::newRow("17 bytes, first in arena") << QByteArray("0123456789abcdefg");
    QTest::newRow("255 bytes") << QByteArray(255, 'z');
    QTest::newRow("embedded NUL inline") << QByteArray("ab\0cd", 5);
    QTest::newRow("embedded NUL long") << QByteArray("user\0with\0nul\0bytes\0inside", 26);
    QTest::newRow("high bytes") << QByteArray("\xff\xfe\x80\x01 caf\xc3\xa9 \xe2\x82\xac", 15);
}

void TestKeyTable::keyOfReturnsTheExactBytes()
{
    QFETCH(QByteArray, key);
    const std::string k(key.constData(), static_cast<std::size_t>(key.size()));

    KeyTable table;
    // Neighbours either side so a wrong length or offset would read someone else's bytes.
    insertKey(table, std::string(40, 'P'));
    const std::uint32_t index = insertKey(table, k);
    insertKey(table, std::string(40, 'Q'));

    QCOMPARE(table.keyOf(index).size(), k.size());
    QVERIFY(table.keyOf(index) == k);
    QCOMPARE(findKey(table, k), index);
    QVERIFY(table.matches(index, k));
    QVERIFY(!table.matches(index, std::string(k).append("x")));
    if (!k.empty()) {
        QCOMPARE(findKey(table, k.substr(0, k.size() - 1)), KeyTable::kNone);
    }
}

void TestKeyTable::insertFindAndEraseHundredThousandKeys()
{
    KeyTable table;
    std::vector<std::uint32_t> index(kKeyCount);
    for (int n = 0; n < kKeyCount; ++n) {
        const std::string key = mixedKey(n);
        QCOMPARE(findKey(table, key), KeyTable::kNone);
        index[n] = insertKey(table, key);
    }
    QCOMPARE(table.size(), std::size_t(kKeyCount));
    QVERIFY(table.highWater() >= static_cast<std::uint32_t>(kKeyCount));

    std::set<std::uint32_t> distinct(index.begin(), index.end());
    QCOMPARE(distinct.size(), std::size_t(kKeyCount));
    for (int n = 0; n < kKeyCount; ++n) {
        const std::string key = mixedKey(n);
        if (findKey(table, key) != index[n] || table.keyOf(index[n]) != key) {
            QFAIL(qPrintable(QStringLiteral("key %1 not found at its index").arg(n)));
        }
        QVERIFY(index[n] < table.highWater());
    }
    QCOMPARE(findKey(table, "absent"), KeyTable::kNone);
    QCOMPARE(findKey(table, longKey(7, 200)), KeyTable::kNone);

    for (int n = 0; n < kKeyCount; ++n) {
        table.erase(index[n]);
        QCOMPARE(findKey(table, mixedKey(n)), KeyTable::kNone);
    }
    QCOMPARE(table.size(), std::size_t(0));
}

void TestKeyTable::eraseKeepsEveryOtherKeyFindable()
{
    KeyTable table;
    std::vector<std::uint32_t> index(kKeyCount);
    for (int n = 0; n < kKeyCount; ++n) {
        index[n] = insertKey(table, mixedKey(n));
    }

    // Erase two keys in three, in shuffled order: backward-shift deletion moves index slots around a lot.
    std::vector<int> order(kKeyCount);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(12345);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<bool> erased(kKeyCount, false);
    int erasedCount = 0;
    for (const int n : order) {
        if (n % 3 == 0 && n % 9 != 0) {
            continue;
        }
        table.erase(index[n]);
        erased[n] = true;
        if (++erasedCount % 10'000 == 0) {  // probe chains stay intact partway through, too
            for (int m = 0; m < kKeyCount; m += 101) {
                QCOMPARE(findKey(table, mixedKey(m)), erased[m] ? KeyTable::kNone : index[m]);
            }
        }
    }
    QCOMPARE(table.size(), std::size_t(kKeyCount - erasedCount));

    for (int n = 0; n < kKeyCount; ++n) {
        const std::string key = mixedKey(n);
        const std::uint32_t found = findKey(table, key);
        if (erased[n] ? found != KeyTable::kNone : (found != index[n] || table.keyOf(found) != key)) {
            QFAIL(qPrintable(QStringLiteral("key %1 (erased=%2): found %3, expected %4")
                                 .arg(n)
                                 .arg(erased[n] ? 1 : 0)
                                 .arg(found)
                                 .arg(erased[n] ? KeyTable::kNone : index[n])));
        }
    }
}

void TestKeyTable::erasedKeysCanBeInsertedAgain()
{
    KeyTable table;
    std::vector<std::uint32_t> index(kKeyCount);
    for (int n = 0; n < kKeyCount; ++n) {
        index[n] = insertKey(table, mixedKey(n));
    }
    for (int n = 0; n < kKeyCount; n += 2) {
        table.erase(index[n]);
    }
    for (int n = 0; n < kKeyCount; n += 2) {
        QCOMPARE(findKey(table, mixedKey(n)), KeyTable::kNone);
        index[n] = insertKey(table, mixedKey(n));
    }
    QCOMPARE(table.size(), std::size_t(kKeyCount));
    for (int n = 0; n < kKeyCount; ++n) {
        const std::string key = mixedKey(n);
        if (findKey(table, key) != index[n] || table.keyOf(index[n]) != key) {
            QFAIL(qPrintable(QStringLiteral("key %1 lost after erase and re-insert").arg(n)));
        }
    }
}

void TestKeyTable::recordsDoNotMoveWhileTheTableGrows()
{
    KeyTable table;
    const std::string shortKey = "pinned";
    const std::string pinnedLong = longKey(1, 180);
    const std::uint32_t a = insertKey(table, shortKey);
    const std::uint32_t b = insertKey(table, pinnedLong);
    KeyRecord* const ra = &table.record(a);
    KeyRecord* const rb = &table.record(b);
    ra->denied = 4242;
    ra->tat = 123'456'789;
    rb->allowed = 77;
    rb->score = 0.25F;

    for (int n = 0; n < kKeyCount; ++n) {  // grows the index many times and adds chunks
        insertKey(table, mixedKey(n));
    }

    QCOMPARE(findKey(table, shortKey), a);
    QCOMPARE(findKey(table, pinnedLong), b);
    QCOMPARE(&table.record(a), ra);
    QCOMPARE(&table.record(b), rb);
    QCOMPARE(table.record(a).denied, 4242U);
    QCOMPARE(table.record(a).tat, TimeNs{123'456'789});
    QCOMPARE(table.record(b).allowed, 77U);
    QCOMPARE(table.record(b).score, 0.25F);
    QVERIFY(table.keyOf(a) == shortKey);
    QVERIFY(table.keyOf(b) == pinnedLong);
    QVERIFY((table.record(a).flags & KeyRecord::kLive) != 0);
}

void TestKeyTable::freedRecordsAreReused()
{
    KeyTable table;
    std::vector<std::uint32_t> index(10'000);
    for (int n = 0; n < 10'000; ++n) {
        index[n] = insertKey(table, mixedKey(n));
    }
    const std::uint32_t highWater = table.highWater();

    std::set<std::uint32_t> freed;
    for (int n = 0; n < 10'000; n += 4) {
        table.record(index[n]).denied = 999;  // a reused record must come back clean
        table.erase(index[n]);
        freed.insert(index[n]);
    }
    std::set<std::uint32_t> reused;
    for (std::size_t i = 0; i < freed.size(); ++i) {
        const std::string key = std::string("fresh-").append(std::to_string(i));
        const std::uint32_t at = insertKey(table, key);
        reused.insert(at);
        QCOMPARE(table.record(at).denied, 0U);
        QVERIFY(table.keyOf(at) == key);
    }
    QCOMPARE(reused, freed);
    QCOMPARE(table.highWater(), highWater);  // no record was taken from fresh memory
}

void TestKeyTable::arenaCompactionPreservesRemainingLongKeys()
{
    KeyTable table;
    constexpr int kLong = 20'000;
    std::vector<std::uint32_t> index(kLong);
    for (int n = 0; n < kLong; ++n) {
        index[n] = insertKey(table, longKey(n, 17 + static_cast<std::size_t>(n) % 239));
    }
    const std::size_t before = table.memoryBytes();

    // Erasing most long keys leaves most of the arena garbage: it must be compacted, moving survivors.
    for (int n = 0; n < kLong; ++n) {
        if (n % 5 != 0) {
            table.erase(index[n]);
        }
    }
    QVERIFY2(table.memoryBytes() < before,
             qPrintable(QStringLiteral("%1 bytes before, %2 after").arg(before).arg(table.memoryBytes())));
    for (int n = 0; n < kLong; ++n) {
        const std::string key = longKey(n, 17 + static_cast<std::size_t>(n) % 239);
        if (n % 5 == 0) {
            if (table.keyOf(index[n]) != key || findKey(table, key) != index[n]) {
                QFAIL(qPrintable(QStringLiteral("surviving long key %1 damaged by compaction").arg(n)));
            }
        } else {
            QCOMPARE(findKey(table, key), KeyTable::kNone);
        }
    }
    // Survivors can still be erased after their bytes moved, and new long keys land correctly.
    for (int n = 0; n < kLong; n += 10) {
        table.erase(index[n]);
    }
    for (int n = 5; n < kLong; n += 10) {
        QCOMPARE(findKey(table, longKey(n, 17 + static_cast<std::size_t>(n) % 239)), index[n]);
    }
    const std::string added = longKey(-1, 255);
    const std::uint32_t at = insertKey(table, added);
    QVERIFY(table.keyOf(at) == added);
    QCOMPARE(findKey(table, added), at);
}

void TestKeyTable::churnOfLongKeysDoesNotGrowMemory()
{
    KeyTable table;
    std::size_t afterFirstRound = 0;
    for (int round = 0; round < 50; ++round) {
        std::vector<std::uint32_t> index;
        for (int n = 0; n < 2'000; ++n) {
            index.push_back(insertKey(table, longKey(round * 2'000 + n, 200)));
        }
        for (const std::uint32_t i : index) {
            table.erase(i);
        }
        if (round == 0) {
            afterFirstRound = table.memoryBytes();
        }
    }
    QCOMPARE(table.size(), std::size_t(0));
    // 50 rounds x 2,000 x 200 bytes = 20 MB of arena if erased keys were never reclaimed.
    QVERIFY2(table.memoryBytes() <= afterFirstRound + 1'000'000,
             qPrintable(QStringLiteral("%1 -> %2 bytes").arg(afterFirstRound).arg(table.memoryBytes())));
}

void TestKeyTable::forEachLiveVisitsExactlyTheLiveRecords()
{
    KeyTable table;
    std::vector<std::uint32_t> index(1'000);
    for (int n = 0; n < 1'000; ++n) {
        index[n] = insertKey(table, mixedKey(n));
    }
    std::set<std::uint32_t> live;
    for (int n = 0; n < 1'000; ++n) {
        if (n % 7 == 0) {
            table.erase(index[n]);
        } else {
            live.insert(index[n]);
        }
    }
    std::set<std::uint32_t> visited;
    table.forEachLive([&](std::uint32_t i, KeyRecord& r) {
        QVERIFY(&r == &table.record(i));
        visited.insert(i);
    });
    QCOMPARE(visited, live);
}

void TestKeyTable::millionShortKeysFitTheBytesPerKeyBudget()
{
    QCOMPARE(sizeof(KeyRecord), std::size_t(64));
    KeyTable table;
    constexpr int kMillion = 1'000'000;
    for (int n = 0; n < kMillion; ++n) {
        insertKey(table, std::string("user-").append(std::to_string(n)));
    }
    QCOMPARE(table.size(), std::size_t(kMillion));
    const double bytesPerKey = static_cast<double>(table.memoryBytes()) / static_cast<double>(table.size());
    QVERIFY2(bytesPerKey <= 96.0, qPrintable(QStringLiteral("%1 bytes per key").arg(bytesPerKey)));
    for (int n = 0; n < kMillion; n += 9973) {
        const std::string key = std::string("user-").append(std::to_string(n));
        const std::uint32_t at = findKey(table, key);
        QVERIFY(at != KeyTable::kNone);
        QVERIFY(table.keyOf(at) == key);
    }
}

QTEST_APPLESS_MAIN(TestKeyTable)
#include "tst_key_table.moc"
