// SPDX-License-Identifier: Apache-2.0
// A simulation runs far faster than a database can take its history. The engine waits for a store that is far
// behind (so memory stays bounded and nothing is dropped), but never for one that is failing.
#include "RuntimeTestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

constexpr int kKeys = 400;
constexpr int kRounds = 50;
// Burst 10 at one request a second (smallConfig): the eleventh request of a key in one instant is denied,
// which makes a violation to assess when its window has passed.
constexpr int kRequestsPerKey = 11;
constexpr TimeNs kRoundGap = 11 * kNsPerSec;  // longer than the 10 s violation window
constexpr std::uint64_t kHighWater = 2048;
constexpr std::uint64_t kLowWater = 1024;

// Round `round`: every key over its limit at one instant. Each round's batch closes the previous round's
// violation windows, so every batch brings hundreds of events.
std::unique_ptr<RequestBatch> roundBatch(int round)
{
    auto b = std::make_unique<RequestBatch>();
    b->bytes.reserve(kKeys * 8);
    std::vector<std::string_view> keys;
    for (int k = 0; k < kKeys; ++k) {
        keys.push_back(b->store("key" + std::to_string(k)));
    }
    const TimeNs at = kT0 + round * kRoundGap;
    for (const std::string_view key : keys) {
        for (int i = 0; i < kRequestsPerKey; ++i) {
            b->requests.push_back(request(key, at));
        }
    }
    return b;
}

struct Expected {
    std::uint64_t reputationEvents = 0;
    std::uint64_t mostInOneBatch = 0;
};

// The same traffic through a bare Engine: how many reputation events it makes, and at most in one batch.
Expected expectedEvents()
{
    Engine engine(smallConfig());
    Expected expected;
    EventBatch events;
    for (int round = 0; round < kRounds; ++round) {
        auto b = roundBatch(round);
        b->decisions.resize(b->requests.size());
        engine.decide(b->requests, b->decisions);
        engine.takeEvents(events);
        const auto reputation =
            static_cast<std::uint64_t>(std::count_if(events.begin(), events.end(), [](const Event& e) {
                return e.kind == EventKind::Violation || e.kind == EventKind::TierChanged;
            }));
        expected.reputationEvents += reputation;
        expected.mostInOneBatch = std::max(expected.mostInOneBatch, static_cast<std::uint64_t>(events.size()));
    }
    return expected;
}

std::unique_ptr<RuntimeOptions> simulationOptions(const QString& path)
{
    auto o = optionsFor(path);
    o->followRequestTime = true;
    o->storeHighWater = kHighWater;
    o->storeLowWater = kLowWater;
    o->maxQueuedBatches = 4;
    return o;
}

bool exec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_busy_timeout(db, 10000);
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Feeds every round as a traffic source does (waiting for room), sampling after each decided batch what the
// store has not yet written. Returns false when a batch could not be handed over.
bool feed(EngineRuntime& rt, std::atomic<std::uint64_t>& mostUnwritten, std::atomic<int>& decided)
{
    for (int round = 0; round < kRounds; ++round) {
        auto batch = roundBatch(round);
        batch->done = [&rt, &mostUnwritten, &decided](std::unique_ptr<RequestBatch>) {
            const std::uint64_t unwritten = rt.unwrittenEvents();
            std::uint64_t most = mostUnwritten.load();
            while (unwritten > most && !mostUnwritten.compare_exchange_weak(most, unwritten)) {
            }
            ++decided;
        };
        if (!rt.submitWait(batch, std::chrono::seconds(60))) {
            return false;
        }
    }
    return true;
}

}  // namespace

class TestSimulationStoreBacklog final : public QObject {
    Q_OBJECT

private slots:
    void slowDatabaseHoldsTheSimulationBackAndLosesNothing();
    void failingDatabaseIsNotWaitedFor();
};

void TestSimulationStoreBacklog::slowDatabaseHoldsTheSimulationBackAndLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.db"));
    std::string error;
    ManualClock clock(kT0);
    {
        auto created = EngineRuntime::start(*simulationOptions(path), clock, {}, error);
        QVERIFY2(created, error.c_str());
    }
    // A slow disk: every stored reputation event costs the database some thousand steps of work, so the engine
    // could decide the whole run long before the history is written.
    QVERIFY(exec(path, "CREATE TABLE slow_disk(x); "
                       "INSERT INTO slow_disk VALUES (1),(2),(3),(4),(5),(6); "
                       "INSERT INTO slow_disk SELECT a.x + b.x FROM slow_disk a, slow_disk b; "
                       "CREATE TRIGGER slow_write AFTER INSERT ON reputation_events "
                       "BEGIN SELECT count(*) FROM slow_disk a, slow_disk b WHERE a.x <> b.x; END;"));

    const Expected expected = expectedEvents();
    QVERIFY(expected.reputationEvents > 5 * kHighWater);
    auto rt = EngineRuntime::start(*simulationOptions(path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    std::atomic<std::uint64_t> mostUnwritten{0};
    std::atomic<int> decided{0};
    QVERIFY(feed(*rt, mostUnwritten, decided));
    // As `sluice simulate` does: every batch back before the final sync (which decides what is queued at once).
    QTRY_COMPARE_WITH_TIMEOUT(decided.load(), kRounds, 60000);
    rt->sync();

    // Events go to the store an eighth of the high-water mark at a time, after a batch: so the store holds at
    // most the mark, one such piece and one batch's events.
    const std::uint64_t bound = kHighWater + kHighWater / 8 + expected.mostInOneBatch;
    QVERIFY2(mostUnwritten.load() <= bound,
             qPrintable(QStringLiteral("%1 events unwritten at once, bound %2").arg(mostUnwritten.load()).arg(bound)));
    const StoreHealth health = rt->shutdown();
    QVERIFY(!health.lostAnything());
    QCOMPARE(countRows(path, "SELECT count(*) FROM reputation_events"), static_cast<int>(expected.reputationEvents));
}

void TestSimulationStoreBacklog::failingDatabaseIsNotWaitedFor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.db"));
    std::string error;
    ManualClock clock(kT0);
    auto rt = EngineRuntime::start(*simulationOptions(path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    rt->sync();  // the start's own history is written before the database is locked

    sqlite3* lock = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &lock), SQLITE_OK);
    QCOMPARE(sqlite3_exec(lock, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    std::atomic<std::uint64_t> mostUnwritten{0};
    std::atomic<int> decided{0};
    // Waiting for this store would wait as long as the lock is held: every batch must be decided all the same.
    const bool fed = feed(*rt, mostUnwritten, decided);
    QTRY_COMPARE_WITH_TIMEOUT(decided.load(), kRounds, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(rt->storeHealth().failing(), 60000);
    QCOMPARE(sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(lock);
    QVERIFY(fed);
    QVERIFY2(mostUnwritten.load() > kHighWater, "the store held more than the high-water mark while it failed");

    // Once the lock is gone the held history is written; nothing was beyond the store's own bound.
    rt->sync();
    const Expected expected = expectedEvents();
    QTRY_COMPARE_WITH_TIMEOUT(countRows(path, "SELECT count(*) FROM reputation_events"),
                              static_cast<int>(expected.reputationEvents), 60000);
    QVERIFY(!rt->shutdown().lostAnything());
}

QTEST_GUILESS_MAIN(TestSimulationStoreBacklog)
#include "tst_simulation_store_backlog.moc"
