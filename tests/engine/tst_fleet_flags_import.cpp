// SPDX-License-Identifier: Apache-2.0
// A flags file imported through the admin API of one engine of a fleet: it travels to the other engines as one
// change (every flag and segment of it, or none, on each), and it leaves the fleet's state where it leaves an engine,
// so an engine that joins later holds the same flags as one that made the import. With "replace all", the flags the
// file lacks are marked removed in the state by the script that logs the change, through a real redis-server.
#include "EngineTestSupport.h"
#include "FlagTestSupport.h"
#include "FleetStateMap.h"
#include "RedisTestSupport.h"
#include "flags/FlagsJson.h"
#include "redis/FleetChanges.h"
#include "shard/EngineShards.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::engine::testing::kT0;
using sluice::engine::testing::StateMap;
using sluice::test::RedisServer;
using sluice::test::waitUntil;

namespace {

FleetChange change(Command command) { return FleetChange{"host-a:1", "anna", std::move(command), "host-a:db", {}, {}}; }

// A file: "kept" again at 70 % with a new description, and "fresh" on segment 4, which it brings.
cmd::ImportFlags theFile(bool replaceAll)
{
    flags::FeatureFlag kept = flags::test::rolloutFlag("kept", 70);
    kept.description = "from the file";
    flags::FeatureFlag fresh = flags::test::rolloutFlag("fresh", 100);
    fresh.strategies[0].segments = {4};
    fresh.dependencies.push_back(flags::Dependency{"kept", true, {}});
    std::string error;
    const auto beta = flags::readSegment(
        R"({"id": 4, "name": "beta", "constraints": [{"contextName": "userId", "operator": "IN", "values": ["ann"]}]})",
        error);
    return cmd::ImportFlags{flags::FlagSet{2, {kept, fresh}, {beta.value()}}, replaceAll, "the admin API", "anna"};
}

// Flags defined and switched one by one (one of Sluice's own defined anew), then the file imported.
std::vector<FleetChange> day(bool replaceAll)
{
    std::vector<FleetChange> out;
    flags::FeatureFlag own = flags::test::rolloutFlag(flags::kReputationSystem, 60);
    own.description = "ours, defined anew";
    out.push_back(change(cmd::PutFlag{own, "anna"}));
    out.push_back(change(cmd::PutFlag{flags::test::rolloutFlag("old", 5), "anna"}));
    out.push_back(change(cmd::PutFlag{flags::test::rolloutFlag("kept", 20), "anna"}));
    out.push_back(change(cmd::SetFlagEnabled{"old", false, "anna"}));
    out.push_back(change(cmd::SetFlagRollout{"kept", 30, "anna"}));
    out.push_back(change(theFile(replaceAll)));
    return out;
}

// The flags an engine holds, as a file says them, by name (the order they came in says nothing).
std::string flagsOf(const EngineShards& engine)
{
    flags::FlagSet set = engine.flagSet();
    std::sort(set.features.begin(), set.features.end(),
              [](const flags::FeatureFlag& a, const flags::FeatureFlag& b) { return a.name < b.name; });
    return flags::writeClientFeatures(set);
}

// An engine that joins the fleet: it makes what it lacks of `state`.
std::string joinedWith(const FleetState& state)
{
    EngineShards joined(sluice::engine::testing::smallConfig(), 1);
    const StateCommands made = commandsOfState(state, kT0);
    for (const Command& c : missingOn(made.commands, joined)) {
        const CommandResult r = joined.apply(c, kT0);
        if (!r.ok) {
            return "refused: " + r.error;
        }
    }
    return made.unreadable == 0 ? flagsOf(joined) : "unreadable fields";
}

}  // namespace

class TestFleetFlagsImport final : public QObject {
    Q_OBJECT

private slots:
    void anImportTravelsAsOneChange()
    {
        for (const bool replaceAll : {false, true}) {
            const std::string text = encodeFleetChange(change(theFile(replaceAll)));
            QVERIFY(!text.empty());
            const auto back = decodeFleetChange(text);
            QVERIFY2(back.has_value(), text.c_str());
            QCOMPARE(encodeFleetChange(*back), text);
            const auto& imported = std::get<cmd::ImportFlags>(back->command);
            QCOMPARE(imported.replaceAll, replaceAll);
            QCOMPARE(imported.flags.features.size(), std::size_t{2});
            QCOMPARE(imported.flags.segments.size(), std::size_t{1});
            QCOMPARE(imported.actor, std::string("anna"));
        }
        // A file another reader would refuse, or a change without its "replace", is not a change.
        const auto sent = [](nlohmann::json features, nlohmann::json replace) {
            nlohmann::json j{{"v", 1},          {"origin", "a"},        {"actor", "b"},      {"kind", "flags.import"},
                             {"source", "api"}, {"features", features}, {"replace", replace}};
            return j.dump();
        };
        QVERIFY(decodeFleetChange(sent(R"({"version": 2, "features": []})", false)).has_value());
        QVERIFY(!decodeFleetChange(sent(R"({"version": 2, "features": [{"name": 5}]})", false)));
        QVERIFY(!decodeFleetChange(sent(nlohmann::json::object(), false)));
        QVERIFY(!decodeFleetChange(sent(R"({"version": 2, "features": []})", "yes")));
        // Nor is a file whose segment the engine would refuse.
        QVERIFY(
            !decodeFleetChange(sent(R"({"version": 2, "segments": [{"id": 0, "name": "z"}], "features": []})", false)));
    }

    // An engine that made the day's changes one by one and one that joins from the state they left hold the same
    // flags, with and without "replace all".
    void theStateAfterAnImportIsWhatTheEnginesHold()
    {
        for (const bool replaceAll : {false, true}) {
            StateMap map;
            EngineShards here(sluice::engine::testing::smallConfig(), 1);
            for (const FleetChange& c : day(replaceAll)) {
                map.apply(c);
                const CommandResult r = here.apply(c.command, kT0);
                QVERIFY2(r.ok, r.error.c_str());
            }
            QCOMPARE(here.flagSet().find("old") != nullptr, !replaceAll);
            QCOMPARE(joinedWith(map.state()), flagsOf(here));
            // And one in step makes nothing more.
            QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, here).empty());
        }
    }

    // The script that logs the changes leaves in Redis what the plain map leaves: "old" marked removed and its
    // switch gone, Sluice's own flags untouched; an engine joining from there holds what the importing one holds.
    void theScriptMarksWhatTheFileLacksRemoved()
    {
        if (!RedisServer::available()) {
            QSKIP("redis-server is not installed");
        }
        RedisServer server;
        QVERIFY(server.waitAnswering());
        RedisOptions options;
        options.seeds = {server.endpoint()};
        FleetChanges a(options, "import-test", "host-a:1", "host-a:db",
                       [](FleetChange, FleetChanges::Made made) { made(); });
        QVERIFY(waitUntil([&] { return a.listening(); }));
        StateMap map;
        EngineShards here(sluice::engine::testing::smallConfig(), 1);
        QVERIFY(!a.publish(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 40, "anna"}, "anna").empty());
        map.apply(change(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 40, "anna"}));
        QVERIFY(here.apply(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 40, "anna"}, kT0).ok);
        for (const FleetChange& c : day(true)) {
            QVERIFY(!a.publish(c.command, c.actor).empty());
            map.apply(c);
            QVERIFY(here.apply(c.command, kT0).ok);
        }
        const RedisReply all = server.call({"HGETALL", "{import-test:changelog}:settings"});
        std::map<std::string, std::string> settings;
        for (std::size_t i = 0; i + 1 < all.elements.size(); i += 2) {
            settings[all.elements[i].text] = all.elements[i + 1].text;
        }
        QCOMPARE(settings, map.settings);
        const auto old = nlohmann::json::parse(settings.at("flag:old"));
        QCOMPARE(old.at("removed").get<bool>(), true);
        QCOMPARE(old.at("actor").get<std::string>(), std::string("anna"));
        QVERIFY(!settings.contains("flag.enabled:old"));
        // Sluice's own flag, defined anew before, keeps its definition: "replace all" leaves Sluice's own alone.
        QVERIFY(settings.at(std::string("flag:") + flags::kReputationSystem).find("ours, defined anew") !=
                std::string::npos);
        QVERIFY(settings.contains(std::string("flag.rollout:") + flags::kAdaptiveLimiting));
        QCOMPARE(joinedWith(FleetState{{}, {settings.begin(), settings.end()}}), flagsOf(here));
    }
};

QTEST_GUILESS_MAIN(TestFleetFlagsImport)
#include "tst_fleet_flags_import.moc"
