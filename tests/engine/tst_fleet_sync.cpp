// SPDX-License-Identifier: Apache-2.0
// The fleet's state and its change log agree when an engine compares itself with the fleet, through a real
// redis-server: a change logged while an engine reads the state is made there once, by the log for an engine that
// follows the log and by the state for one that takes the state instead (a new engine). Made twice, it would be
// audited twice; made by the state before the log, a later change could be set back. A change for one engine is
// made there whatever the state.
#include "RedisTestSupport.h"
#include "redis/FleetChanges.h"
#include "redis/FleetState.h"

#include <QTest>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::test::RedisServer;
using sluice::test::waitUntil;

namespace {

RedisOptions optionsOf(const RedisServer& server)
{
    RedisOptions options;
    options.seeds = {server.endpoint()};
    return options;
}

void makesAtOnce(FleetChange, FleetChanges::Made made) { made(); }

bool holdsVip(const FleetState& state, const std::string& key)
{
    for (const auto& [field, value] : state.vip) {
        if (field == key) {
            return true;
        }
    }
    return false;
}

// Another engine's change logged (state and all, as its script does) without its announcement, which was lost:
// the log is read for it within a second, and a state read before then holds it already. A change for one engine
// (`target`) leaves no mark in the state.
std::string logUnannounced(const RedisServer& server, const std::string& prefix, Command command,
                           const std::string& target = {})
{
    const FleetChange change{"host-a:1", "ops", std::move(command), "host-a:db", {}, target};
    for (const StateEdit& e : stateEditsOf(change, 0)) {
        server.call({"HSET", "{" + prefix + ":changelog}:vip", e.field, *e.value});
    }
    return server.call({"XADD", prefix + ":changelog", "*", "change", encodeFleetChange(change)}).text;
}

// What an engine was handed, in a word: a VIP's key, or "ack <id>" for an alert acknowledged.
std::string named(const Command& c)
{
    if (const auto* ack = std::get_if<cmd::AcknowledgeAlert>(&c)) {
        return "ack " + std::to_string(ack->id);
    }
    return std::get<cmd::AssignVip>(c).key;
}

// An engine's side: what it was handed from the log, and the states it was handed with what it had made by then.
// Its first sync has another engine log a change and says it is not done, as a sync that could not finish does:
// the next sync, at once, reads a state that holds the change, which the log holds too.
class Follower {
public:
    Follower(const RedisOptions& options, const std::string& prefix, std::function<std::string()> race)
        : m_changes(
              options, prefix, "host-b:1", "host-b:db",
              [this](FleetChange c, FleetChanges::Made made) {
                  {
                      const std::lock_guard lock(m_mutex);
                      m_applied.push_back(named(c.command));
                  }
                  made();
              },
              [this, race = std::move(race)](FleetState state) {
                  if (!m_raced.exchange(true)) {
                      m_racedId = race();
                      return false;
                  }
                  const std::lock_guard lock(m_mutex);
                  m_synced.push_back(Synced{holdsVip(state, "racer"), m_applied});
                  return true;
              })
    {
    }
    struct Synced {
        bool holdsRacer = false;
        std::vector<std::string> appliedBefore;
    };
    std::vector<std::string> applied() const
    {
        const std::lock_guard lock(m_mutex);
        return m_applied;
    }
    std::vector<Synced> synced() const
    {
        const std::lock_guard lock(m_mutex);
        return m_synced;
    }
    FleetChanges& changes() { return m_changes; }
    const std::string& racedId() const { return m_racedId; }  // once synced

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_applied;
    std::vector<Synced> m_synced;
    std::atomic<bool> m_raced{false};
    std::string m_racedId;
    FleetChanges m_changes;  // last: its threads call the members above
};

}  // namespace

class TestFleetSync : public QObject {
    Q_OBJECT

private slots:
    // Each case: a Redis of its own, and engine A, which has made one change ("early") before B starts.
    void init()
    {
        if (!RedisServer::available()) {
            QSKIP("redis-server is not installed");
        }
        m_server = std::make_unique<RedisServer>();
        QVERIFY(m_server->waitAnswering());
        m_a = std::make_unique<FleetChanges>(optionsOf(*m_server), kPrefix, "host-a:1", "host-a:db", makesAtOnce);
        QVERIFY(waitUntil([&] { return m_a->listening(); }));
        QVERIFY(!m_a->publish(cmd::AssignVip{"early", "gold", 0, "", "ops"}, "ops").empty());
    }
    void cleanup()
    {
        m_a.reset();
        m_server.reset();
    }

    // An engine that follows the log (it has a cursor) takes the change from the log before it compares the state,
    // so the state finds it made and makes nothing more of it.
    void anEngineFollowingTheLogMakesARacingChangeFromTheLogFirst()
    {
        // B's cursor stands before "early": B follows the log from there.
        QVERIFY(m_server->call({"SET", std::string(kPrefix) + ":cursor:host-b:db", "0-0"}).text == "OK");
        const auto b = startB();
        QVERIFY(b);
        const auto synced = b->synced();
        QCOMPARE(synced.size(), std::size_t{1});
        QVERIFY(synced[0].holdsRacer);
        QCOMPARE(synced[0].appliedBefore, (std::vector<std::string>{"early", "racer"}));
        QVERIFY(waitUntil([&] { return b->changes().cursor() == b->racedId(); }));
        QCOMPARE(b->applied(), (std::vector<std::string>{"early", "racer"}));  // each once

        // What comes later is taken from the log as ever.
        const std::string later = m_a->publish(cmd::AssignVip{"later", "gold", 0, "", "ops"}, "ops");
        QVERIFY(waitUntil([&] { return b->changes().cursor() == later; }));
        QCOMPARE(b->applied(), (std::vector<std::string>{"early", "racer", "later"}));
    }

    // A new engine takes the state instead of the log: the racing change reaches it through the state alone, and
    // counts as made here once the state is.
    void aNewEngineMakesARacingChangeFromTheStateAlone()
    {
        const auto b = startB();
        QVERIFY(b);
        const auto synced = b->synced();
        QCOMPARE(synced.size(), std::size_t{1});
        QVERIFY(synced[0].holdsRacer);
        QVERIFY(waitUntil([&] { return b->changes().cursor() == b->racedId(); }));
        const std::string later = m_a->publish(cmd::AssignVip{"later", "gold", 0, "", "ops"}, "ops");
        QVERIFY(waitUntil([&] { return b->changes().cursor() == later; }));
        QCOMPARE(b->applied(), (std::vector<std::string>{"later"}));
    }

    // A change for this engine alone, logged while a new engine takes the state, is made here all the same: the state
    // cannot hold it.
    void aChangeForThisEngineAloneIsMadeWhileItTakesTheState()
    {
        auto b = std::make_unique<Follower>(optionsOf(*m_server), kPrefix, [this] {
            return logUnannounced(*m_server, kPrefix, cmd::AcknowledgeAlert{7, "anna"}, "host-b:1");
        });
        QVERIFY(waitUntil([&] { return b->changes().listening(); }));
        QVERIFY(waitUntil([&] { return b->changes().cursor() == b->racedId(); }));
        QCOMPARE(b->applied(), (std::vector<std::string>{"ack 7"}));
    }

private:
    static constexpr const char* kPrefix = "sync-test";

    // Engine B, once it is listening (its state sync done); null when it did not get there.
    std::unique_ptr<Follower> startB()
    {
        auto b = std::make_unique<Follower>(optionsOf(*m_server), kPrefix, [this] {
            return logUnannounced(*m_server, kPrefix, cmd::AssignVip{"racer", "gold", 0, "", "ops"});
        });
        return waitUntil([&] { return b->changes().listening(); }) ? std::move(b) : nullptr;
    }

    std::unique_ptr<RedisServer> m_server;
    std::unique_ptr<FleetChanges> m_a;
};

QTEST_GUILESS_MAIN(TestFleetSync)
#include "tst_fleet_sync.moc"
