// SPDX-License-Identifier: Apache-2.0
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/StoreWriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <future>
#include <optional>
#include <string>
#include <utility>

using namespace sluice::engine;
using namespace sluice::engine::store;
using namespace sluice::engine::store::testing;

namespace {

Event violation(const std::string& key, TimeNs at, float before, float after)
{
    Event event;
    event.kind = EventKind::Violation;
    event.at = at;
    event.key = key;
    event.severity = 2;
    event.scoreBefore = before;
    event.scoreAfter = after;
    return event;
}

Event makeEvent(EventKind kind, const std::string& key, TimeNs at, const std::string& detail)
{
    Event e;
    e.kind = kind;
    e.at = at;
    e.key = key;
    e.detail = detail;
    return e;
}

Event throttleEvent(TimeNs at, ThrottleLevel level, ThrottleLevel previous, const std::string& reason)
{
    Event e = makeEvent(EventKind::ThrottleChanged, "", at, reason);
    e.throttle.level = level;
    e.throttle.previous = previous;
    e.throttle.load = LoadSignals{93.0, 40.0, 1200.0};
    return e;
}

// Appends rather than using operator+: GCC 12 at -O3 reports a false -Wrestrict on "literal" + std::string.
std::string numbered(const char* prefix, int i)
{
    std::string name(prefix);
    name += std::to_string(i);
    return name;
}

}  // namespace

class TestStoreWriter : public QObject {
    Q_OBJECT

private slots:
    void persistsAcrossRestart();
    void writerWritesAllEvents();
    void adminDoneMeansDurable();
    void destructorDrainsQueue();
    void writerCountsErrorsAndRecovers();
};

void TestStoreWriter::persistsAcrossRestart()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    const std::string unicodeKey = "ключ/ü";
    const VipAssignment bob{"bob", "gold", kT0 + 30 * kNsPerDay, "pays yearly", "ops@example.com", kT0};
    const VipAssignment carol{"carol", "silver", 0, "", "admin", kT0 + kNsPerMs};
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        StoreWriter writer(std::move(db));
        writer.submitAdmin({PutVipTier{{"gold", 2.0}}, PutVipTier{{"silver", 1.5}}, AssignVip{bob}, AssignVip{carol},
                            PutSetting{"limits.default", R"({"rate":100,"period":"1m"})"}},
                           testAudit(), {});
        writer.submitCheckpoint({{"alice", 40.5F, ReputationTier::Standard, 3, kT0},
                                 {"bob", 91.25F, ReputationTier::Trusted, 250, kT0 + kNsPerSec}});
        Event tierChanged = violation("alice", kT0 + 2 * kNsPerMs, 40.5F, 29.75F);
        tierChanged.kind = EventKind::TierChanged;
        tierChanged.tierAfter = ReputationTier::Flagged;
        writer.submitEvents({violation("alice", kT0 + kNsPerMs, 50.0F, 40.5F), tierChanged,
                             makeEvent(EventKind::VipAssigned, "bob", kT0, "gold"),
                             makeEvent(EventKind::VipRevoked, "dave", kT0, "silver"),
                             makeEvent(EventKind::VipExpired, "erin", kT0, "gold"),
                             throttleEvent(kT0, ThrottleLevel::High, ThrottleLevel::Medium, "cpu 93% | queue deep"),
                             throttleEvent(kT0 + kNsPerSec, ThrottleLevel::None, ThrottleLevel::High, "")});
        // A later checkpoint of the same key replaces the earlier row.
        writer.submitCheckpoint({{"alice", 29.75F, ReputationTier::Flagged, 7, kT0 + 2 * kNsPerMs},
                                 {unicodeKey, 50.0F, ReputationTier::Standard, 0, kT0}});
        writer.flush();
        QCOMPARE(writer.stats().errors, std::uint64_t(0));
        QCOMPARE(writer.stats().eventsWritten, std::uint64_t(7));
        QCOMPARE(writer.stats().keysWritten, std::uint64_t(4));
    }

    auto db = openOrFail(path);
    QVERIFY(db);
    const PersistedState state = db->load();
    QCOMPARE(state.keys.size(), std::size_t(3));
    const KeyReputation& alice = state.keys[0];
    QCOMPARE(alice.key, std::string("alice"));
    QCOMPARE(alice.score, 29.75F);
    QVERIFY(alice.tier == ReputationTier::Flagged);
    QCOMPARE(alice.cleanAllowed, 7U);
    QCOMPARE(alice.updatedAt, kT0 + 2 * kNsPerMs);
    QCOMPARE(state.keys[1].key, std::string("bob"));
    QCOMPARE(state.keys[1].score, 91.25F);
    QVERIFY(state.keys[1].tier == ReputationTier::Trusted);
    QCOMPARE(state.keys[1].cleanAllowed, 250U);
    QCOMPARE(state.keys[1].updatedAt, kT0 + kNsPerSec);
    QCOMPARE(state.keys[2].key, unicodeKey);

    // The two seeded tiers that were put again carry their new multipliers; the third keeps its default.
    QCOMPARE(tierList(state.vipTiers), QStringLiteral("gold 2, platinum 2, silver 1.5"));

    QCOMPARE(state.vipAssignments.size(), std::size_t(2));
    for (const auto& [got, want] :
         {std::pair{state.vipAssignments[0], bob}, std::pair{state.vipAssignments[1], carol}}) {
        QCOMPARE(got.key, want.key);
        QCOMPARE(got.tier, want.tier);
        QCOMPARE(got.expiresAt, want.expiresAt);
        QCOMPARE(got.notes, want.notes);
        QCOMPARE(got.assignedBy, want.assignedBy);
        QCOMPARE(got.assignedAt, want.assignedAt);
    }
    QCOMPARE(state.settings.size(), std::size_t(1));
    QCOMPARE(state.settings[0].first, std::string("limits.default"));
    QCOMPARE(state.settings[0].second, std::string(R"({"rate":100,"period":"1m"})"));

    RawDb raw = openRaw(path);
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM reputation_events"), std::int64_t(2));
    QCOMPARE(rawText(raw, "SELECT kind || ',' || key || ',' || at || ',' || severity || ',' || score_before || ',' || "
                          "score_after || ',' || tier_before || ',' || tier_after FROM reputation_events ORDER BY id "
                          "LIMIT 1 OFFSET 1"),
             QStringLiteral("tier_changed,alice,1700000000125,2,40.5,29.75,standard,flagged"));
    QCOMPARE(rawText(raw, "SELECT group_concat(kind || ':' || key || ':' || tier, ' ') FROM vip_events"),
             QStringLiteral("vip_assigned:bob:gold vip_revoked:dave:silver vip_expired:erin:gold"));
    QCOMPARE(rawText(raw, "SELECT level || '|' || previous_level || '|' || reason || '|' || multiplier || '|' || "
                          "cpu_percent || '|' || automatic || '|' || duration_ms FROM throttle_events ORDER BY id "
                          "LIMIT 1"),
             QStringLiteral("high|medium|cpu 93% | queue deep|0.4|93.0|1|1000"));
    // The newest period is still open; the one before it ended where it began.
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM throttle_events WHERE level = 'none' AND previous_level = 'high' "
                         "AND reason IS NULL AND ended_at IS NULL"),
             std::int64_t(1));
}

void TestStoreWriter::writerWritesAllEvents()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    StoreWriter writer(std::move(db));
    for (int batch = 0; batch < 100; ++batch) {
        EventBatch events;
        for (int i = 0; i < 100; ++i) {
            events.push_back(violation(numbered("key", i), kT0 + (batch * 100 + i) * kNsPerMs, 50, 45));
        }
        writer.submitEvents(std::move(events));
    }
    writer.flush();
    const StoreWriter::Stats stats = writer.stats();
    QCOMPARE(stats.eventsWritten, std::uint64_t(10'000));
    QCOMPARE(stats.errors, std::uint64_t(0));
    QVERIFY(stats.transactions >= 1 && stats.transactions <= 100);
    RawDb raw = openRaw(path);
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM reputation_events"), std::int64_t(10'000));
    QCOMPARE(rawInt(raw, "SELECT count(DISTINCT at) FROM reputation_events"), std::int64_t(10'000));
}

void TestStoreWriter::adminDoneMeansDurable()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    StoreWriter writer(std::move(db));

    // Looks from a separate connection, inside the callback: what `done` promises must already be there.
    const std::string contentsSql = "SELECT (SELECT group_concat(name || ' ' || multiplier, ', ') "
                                    "FROM (SELECT * FROM vip_tiers ORDER BY name)) || ' | ' || "
                                    "(SELECT group_concat(name || '=' || value, ', ') FROM settings)";
    std::promise<QString> seen;
    writer.submitAdmin({PutVipTier{{"bronze", 1.1}}, PutVipTier{{"gold", 3.0}}, PutSetting{"x", "1"}}, testAudit(),
                       [&](const std::optional<StoreError>& error) {
                           seen.set_value(error ? QString::fromStdString(error->message)
                                                : rawText(openRaw(path), contentsSql));
                       });
    auto future = seen.get_future();
    QCOMPARE(future.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    const QString committed = QStringLiteral("bronze 1.1, gold 3.0, platinum 2.0, silver 1.25 | x=1");
    QCOMPARE(future.get(), committed);

    std::promise<std::optional<StoreError>> refused;
    writer.submitAdmin({RemoveVipTier{"gold"}, AssignVip{{"bob", "nope", 0, "", "", kT0}}}, testAudit(),
                       [&](const std::optional<StoreError>& error) { refused.set_value(error); });
    const std::optional<StoreError> error = refused.get_future().get();
    QVERIFY(error && error->code == StoreError::Code::Invalid);
    QVERIFY2(mentions(*error, "'nope'") && mentions(*error, path), error->message.c_str());
    QCOMPARE(rawText(openRaw(path), contentsSql), committed);
    writer.flush();
    QCOMPARE(writer.stats().transactions, std::uint64_t(1));
    QCOMPARE(writer.stats().errors, std::uint64_t(0));
}

void TestStoreWriter::destructorDrainsQueue()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    std::atomic<bool> adminDone = false;
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        StoreWriter writer(std::move(db));
        for (int batch = 0; batch < 50; ++batch) {
            EventBatch events;
            for (int i = 0; i < 100; ++i) {
                events.push_back(violation("k", kT0 + (batch * 100 + i) * kNsPerMs, 50, 45));
            }
            writer.submitEvents(std::move(events));
            writer.submitCheckpoint({{numbered("k", batch), 50, ReputationTier::Standard, 0, kT0}});
        }
        writer.submitAdmin({PutSetting{"last", "true"}}, testAudit(),
                           [&](const std::optional<StoreError>& error) { adminDone = !error; });
    }
    QVERIFY(adminDone);
    RawDb raw = openRaw(path);
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM reputation_events"), std::int64_t(5'000));
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM keys"), std::int64_t(50));
    QCOMPARE(rawInt(raw, "SELECT count(*) FROM settings"), std::int64_t(1));
}

void TestStoreWriter::writerCountsErrorsAndRecovers()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    StoreWriter writer(std::move(db));
    RawDb other = openRaw(path);
    // Another program holds the write lock longer than the busy timeout: the batch is kept and counted as pending.
    QCOMPARE(execRaw(other, "BEGIN EXCLUSIVE"), SQLITE_OK);
    writer.submitEvents({violation("a", kT0, 50, 40)});
    writer.flush();
    QVERIFY(writer.stats().errors >= 1);
    QCOMPARE(writer.stats().eventsWritten, std::uint64_t(0));
    QVERIFY(writer.health().failing());
    QCOMPARE(writer.health().eventsPending.reputation, std::uint64_t(1));
    QCOMPARE(execRaw(other, "ROLLBACK"), SQLITE_OK);

    writer.submitEvents({violation("b", kT0 + 1 * kNsPerMs, 50, 40)});
    QVERIFY(writer.waitStored(std::chrono::seconds(30)));
    QCOMPARE(writer.stats().eventsWritten, std::uint64_t(2));
    QVERIFY(!writer.health().failing());
    QVERIFY(!writer.health().lostAnything());
    QCOMPARE(rawText(other, "SELECT group_concat(key, ',') FROM (SELECT key FROM reputation_events ORDER BY id)"),
             QStringLiteral("a,b"));
}

QTEST_APPLESS_MAIN(TestStoreWriter)
#include "tst_store_writer.moc"
