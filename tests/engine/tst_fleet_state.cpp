// SPDX-License-Identifier: Apache-2.0
// The fleet's standing state: every change the fleet shares leaves its mark in the state, and the state reads back
// as the commands that make it; what expired or is not Sluice's is left out; an engine already in step makes
// nothing. Through a real redis-server: a new engine is handed the state the others left and goes on from the log's
// end; a change counts as reached once it is made, so one taken but not made before a stop is taken again; one
// started again takes what it missed from the log; one away for longer than the log keeps goes on from the log's
// end with the state instead of missing what the log no longer holds.
#include "EngineTestSupport.h"
#include "FlagTestSupport.h"
#include "FleetStateMap.h"
#include "RedisTestSupport.h"
#include "config/ConfigJson.h"
#include "core/Overloaded.h"
#include "flags/FlagsJson.h"
#include "redis/FleetChanges.h"
#include "redis/FleetState.h"
#include "shard/EngineShards.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <array>
#include <atomic>
#include <future>
#include <map>
#include <mutex>

using namespace sluice::engine;
using namespace sluice::engine::redis;
using sluice::engine::testing::find;
using sluice::engine::testing::kT0;
using sluice::engine::testing::StateMap;
using sluice::test::RedisServer;
using sluice::test::waitUntil;

namespace {

FleetChange change(Command command, std::string actor = "ops")
{
    return FleetChange{"host-a:1", std::move(actor), std::move(command), "host-a:db", {}, {}};
}

RedisOptions optionsOf(const RedisServer& server)
{
    RedisOptions options;
    options.seeds = {server.endpoint()};
    return options;
}

// An engine that makes every change it is handed at once.
void makesAtOnce(FleetChange, FleetChanges::Made made) { made(); }

// The changes an admin makes on one engine, in order, and what they leave: gold at 2.0, partner-1 gold (with
// notes), imported-1 gold until 2031, no partner-2, the throttle held at high, 3 policies' worth, a flag half out.
std::vector<FleetChange> adminDay()
{
    std::vector<FleetChange> out;
    out.push_back(change(cmd::PutVipTier{"silver", 1.5}));
    out.push_back(change(cmd::PutVipTier{"gold", 2.0}));
    out.push_back(change(cmd::RemoveVipTier{"silver"}));
    out.push_back(change(cmd::AssignVip{"partner-1", "gold", 0, "contract 1", "ops"}));
    out.push_back(change(cmd::AssignVip{"partner-2", "gold", 0, "", "ops"}));
    out.push_back(change(cmd::RevokeVip{"partner-2"}));
    cmd::ImportVip imported;
    imported.assignments.push_back(cmd::AssignVip{"imported-1", "gold", 1'956'528'000LL * kNsPerSec, "file", "ops"});
    out.push_back(change(std::move(imported), "importer"));
    out.push_back(change(cmd::SetThrottleOverride{ThrottleLevel::High, "incident 7", 0, "ops"}, "lead"));
    out.push_back(change(cmd::SetPolicies{{Policy{"", 100, kNsPerMin, 20}, Policy{"/login", 5, kNsPerMin, 5}}}));
    out.push_back(change(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 50, "ops"}));
    out.push_back(change(cmd::SetFlagEnabled{flags::kAnomalyDetection, false, "ops"}));
    out.push_back(change(cmd::SetFlagKilled{flags::kReputationSystem, true, "bad scores", "ops"}));
    return out;
}

}  // namespace

class TestFleetState final : public QObject {
    Q_OBJECT

private slots:
    // Every kind the fleet shares travels as a change and reads back the same.
    void everySharedChangeTravels()
    {
        for (const FleetChange& c : adminDay()) {
            const std::string text = encodeFleetChange(c);
            QVERIFY2(!text.empty(), std::to_string(c.command.index()).c_str());
            const auto back = decodeFleetChange(text);
            QVERIFY2(back.has_value(), text.c_str());
            QCOMPARE(encodeFleetChange(*back), text);
        }
        // Not shared: a notification's acknowledgement is this engine's own.
        QVERIFY(encodeFleetChange(change(cmd::AcknowledgeNotification{7, "ops"})).empty());
        QVERIFY(stateEditsOf(change(cmd::AcknowledgeNotification{7, "ops"})).empty());
        // Unless it is asked of one engine: then it travels to that engine, and it is no part of the fleet's state.
        for (Command c : std::vector<Command>{cmd::AcknowledgeNotification{7, "ops"}, cmd::AcknowledgeAlert{3, "ops"},
                                              cmd::ResolveAlert{3, "ops"}, cmd::UndoAlertResponse{3, "ops"},
                                              cmd::MarkNotificationsRead{{1, 2}, false, "", "ops"},
                                              cmd::MarkNotificationsRead{{}, true, "ops", "ops"}}) {
            FleetChange asked = change(std::move(c));
            asked.target = "host-b:2";
            const std::string text = encodeFleetChange(asked);
            QVERIFY2(!text.empty(), std::to_string(asked.command.index()).c_str());
            const auto back = decodeFleetChange(text);
            QVERIFY2(back && back->target == "host-b:2" && back->command.index() == asked.command.index(),
                     text.c_str());
            QCOMPARE(encodeFleetChange(*back), text);
            QVERIFY(stateEditsOf(asked).empty());
        }
        const auto read = decodeFleetChange(R"({"v":1,"origin":"a","actor":"anna","kind":"notifications.read",)"
                                            R"("target":"b:2","ids":[4,5],"all":false,"recipient":""})");
        QVERIFY(read);
        QCOMPARE(std::get<cmd::MarkNotificationsRead>(read->command).ids, (std::vector<std::uint64_t>{4, 5}));
        QCOMPARE(std::get<cmd::MarkNotificationsRead>(read->command).actor, std::string("anna"));
        // Without a target, or with a malformed id, it is not a change.
        for (const char* text : {R"({"v":1,"origin":"a","actor":"b","kind":"alert.resolve","item":3})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"alert.resolve","item":3,"target":""})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"alert.resolve","item":-3,"target":"b:2"})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"alert.resolve","item":"3","target":"b:2"})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"alert.undo","item":3})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"alert.undone","item":3,"target":"b:2"})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"notification.acknowledge",)"
                                 R"("item":9100000000000000000,"target":"b:2"})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"notifications.read","target":"b:2",)"
                                 R"("ids":[],"all":false,"recipient":""})",
                                 R"({"v":1,"origin":"a","actor":"b","kind":"notifications.read","target":"b:2",)"
                                 R"("ids":[1,"2"],"all":false,"recipient":""})"}) {
            QVERIFY2(!decodeFleetChange(text), text);
        }
        // A policy that is not one is not a change.
        QVERIFY(!decodeFleetChange(R"({"v":1,"origin":"a","actor":"b","kind":"setting","name":"engine.policies",)"
                                   R"("value":[{"route":"","limit":-1}]})"));
        // Nor is a setting the fleet does not share (each engine's own load source), or anomaly settings out of range.
        QVERIFY(!decodeFleetChange(R"({"v":1,"origin":"a","actor":"b","kind":"setting","name":"engine.load",)"
                                   R"("value":{"source":"none"}})"));
        QVERIFY(!decodeFleetChange(R"({"v":1,"origin":"a","actor":"b","kind":"setting","name":"engine.anomaly",)"
                                   R"("value":{"alert_threshold":4}})"));
        QVERIFY(
            !decodeFleetChange(R"({"v":1,"origin":"a","actor":"b","kind":"flag.rollout","name":"f","percent":101})"));
    }

    // Anomaly detection's settings travel whole like the policies: the state holds the latest, a new engine makes it,
    // and an engine that has it makes nothing. The notifications' settings do not travel: their channels are each
    // host's.
    void anomalySettingsAreTheFleets()
    {
        AnomalyConfig anomaly;
        anomaly.alertThreshold = 0.6;
        anomaly.respond = false;
        StateMap map;
        const FleetChange made = change(cmd::SetAnomalyConfig{anomaly});
        const std::string text = encodeFleetChange(made);
        QVERIFY2(text.find(R"("kind":"setting")") != std::string::npos, text.c_str());
        const auto back = decodeFleetChange(text);
        QVERIFY(back && encodeFleetChange(*back) == text);
        map.apply(made);
        NotifyConfig notify;
        notify.email.host = "smtp.example.org";
        QVERIFY(encodeFleetChange(change(cmd::SetNotifyConfig{notify})).empty());
        QVERIFY(!decodeFleetChange(R"({"v":1,"origin":"a","actor":"b","kind":"setting","name":"engine.notify",)"
                                   R"("value":{}})"));
        QCOMPARE(map.settings.count("engine.anomaly"), std::size_t{1});
        const StateCommands state = commandsOfState(map.state(), kT0);
        QCOMPARE(state.unreadable, std::size_t{0});
        QCOMPARE(state.commands.size(), std::size_t{1});
        QCOMPARE(find<cmd::SetAnomalyConfig>(state.commands)->config.alertThreshold, 0.6);
        EngineShards e(EngineConfig{}, 1);
        QCOMPARE(missingOn(state.commands, e).size(), std::size_t{1});
        for (const Command& c : state.commands) {
            QVERIFY(e.apply(c, kT0).ok);
        }
        QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, e).empty());
    }

    // The state an admin's day leaves reads back as the commands that make it, tiers first and the VIPs last.
    void theStateReadsBackAsCommands()
    {
        StateMap map;
        for (const FleetChange& c : adminDay()) {
            map.apply(c);
        }
        QCOMPARE(map.vip.size(), std::size_t{3});  // partner-2 is kept as revoked
        const StateCommands made = commandsOfState(map.state(), kT0);
        QCOMPARE(made.unreadable, std::size_t{0});
        // Tiers first; the assignments, then revocations, then tiers removed, last.
        QVERIFY(std::holds_alternative<cmd::PutVipTier>(made.commands.front()));
        const auto n = made.commands.size();
        QVERIFY(std::holds_alternative<cmd::ImportVip>(made.commands[n - 3]));
        QCOMPARE(std::get<cmd::RevokeVip>(made.commands[n - 2]).key, std::string("partner-2"));
        QCOMPARE(std::get<cmd::RemoveVipTier>(made.commands[n - 1]).name, std::string("silver"));

        const auto* tier = find<cmd::PutVipTier>(made.commands);
        QCOMPARE(tier->name, std::string("gold"));
        QCOMPARE(tier->multiplier, 2.0);
        std::size_t tiers = 0;
        for (const Command& c : made.commands) {
            tiers += std::holds_alternative<cmd::PutVipTier>(c) ? 1 : 0;
        }
        QCOMPARE(tiers, std::size_t{1});  // silver was removed

        const auto* vips = find<cmd::ImportVip>(made.commands);
        QCOMPARE(vips->assignments.size(), std::size_t{2});
        const cmd::AssignVip& imported = vips->assignments[0];
        QCOMPARE(imported.key, std::string("imported-1"));
        QCOMPARE(imported.assignedBy, std::string("importer"));
        QCOMPARE(imported.expiresAt, 1'956'528'000LL * kNsPerSec);
        QCOMPARE(vips->assignments[1].notes, std::string("contract 1"));

        const auto* held = find<cmd::SetThrottleOverride>(made.commands);
        QVERIFY(held != nullptr);
        QCOMPARE(held->level, ThrottleLevel::High);
        QCOMPARE(held->actor, std::string("lead"));  // the admin who made it, not the engine's own name
        QCOMPARE(held->reason, std::string("incident 7"));

        const auto* policies = find<cmd::SetPolicies>(made.commands);
        QVERIFY(policies != nullptr);
        QCOMPARE(policies->policies.size(), std::size_t{2});
        QCOMPARE(policies->policies[1].route, std::string("/login"));

        QCOMPARE(find<cmd::SetFlagRollout>(made.commands)->percent, 50);
        QCOMPARE(find<cmd::SetFlagEnabled>(made.commands)->enabled, false);
        QCOMPARE(find<cmd::SetFlagKilled>(made.commands)->reason, std::string("bad scores"));

        // Cleared, the override is kept as cleared.
        map.apply(change(cmd::ClearThrottleOverride{"ops", "over"}));
        const StateCommands cleared = commandsOfState(map.state(), kT0);
        QVERIFY(find<cmd::SetThrottleOverride>(cleared.commands) == nullptr);
        QVERIFY(find<cmd::ClearThrottleOverride>(cleared.commands) != nullptr);
    }

    void whatExpiredOrIsNotSluicesIsLeftOut()
    {
        StateMap map;
        map.apply(change(cmd::AssignVip{"gone", "gold", kT0 - kNsPerSec, "", "ops"}));
        map.apply(change(cmd::AssignVip{"stays", "gold", kT0 + kNsPerSec, "", "ops"}));
        map.apply(change(cmd::SetThrottleOverride{ThrottleLevel::Critical, "short", kT0 - kNsPerSec, "ops"}));
        map.vip.emplace("junk", "not json");
        map.vip.emplace("half", R"({"tier": "gold"})");
        map.settings.emplace("tier:bad", R"("two")");
        map.settings.emplace("someone-else", "1");
        map.settings.emplace("flag.rollout:f", R"({"percent": 900, "actor": "x"})");
        const StateCommands made = commandsOfState(map.state(), kT0);
        QCOMPARE(made.unreadable, std::size_t{5});
        QCOMPARE(made.commands.size(), std::size_t{1});
        const auto* vips = find<cmd::ImportVip>(made.commands);
        QCOMPARE(vips->assignments.size(), std::size_t{1});
        QCOMPARE(vips->assignments[0].key, std::string("stays"));
    }

    // An engine that has what the state says makes nothing; one that differs in one assignment makes that one.
    void anEngineInStepMakesNothing()
    {
        EngineShards e(sluice::engine::testing::smallConfig(), 1);
        StateMap map;
        for (const FleetChange& c : adminDay()) {
            map.apply(c);
            QVERIFY2(e.apply(c.command, kT0).ok, encodeFleetChange(c).c_str());
        }
        QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, e).empty());

        QVERIFY(e.apply(cmd::RevokeVip{"partner-1"}, kT0).ok);
        QVERIFY(e.apply(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 80, "ops"}, kT0).ok);
        QVERIFY(e.apply(cmd::ClearThrottleOverride{"ops"}, kT0).ok);
        QVERIFY(e.apply(cmd::AssignVip{"partner-2", "gold", 0, "", "ops"}, kT0).ok);  // revoked on the fleet
        const auto missing = missingOn(commandsOfState(map.state(), kT0).commands, e);
        QCOMPARE(missing.size(), std::size_t{4});
        QCOMPARE(find<cmd::RevokeVip>(missing)->key, std::string("partner-2"));
        const auto* vips = find<cmd::ImportVip>(missing);
        QCOMPARE(vips->assignments.size(), std::size_t{1});
        QCOMPARE(vips->assignments[0].key, std::string("partner-1"));
        QCOMPARE(find<cmd::SetFlagRollout>(missing)->percent, 50);
        QVERIFY(find<cmd::SetThrottleOverride>(missing) != nullptr);
        for (const Command& c : missing) {
            QVERIFY(e.apply(c, kT0).ok);
        }
        QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, e).empty());

        // The fleet cleared its override: one an admin set here goes, one the engine's anomaly response set stays.
        map.apply(change(cmd::ClearThrottleOverride{"ops", "over"}));
        QCOMPARE(missingOn(commandsOfState(map.state(), kT0).commands, e).size(), std::size_t{1});
        QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::Critical, "surge", 0, "anomaly-detection"}, kT0).ok);
        QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, e).empty());
        // A rollout the engine's rollout plan moves is the plan's: the fleet's slider does not set it back.
        map.apply(change(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 10, "ops"}));
        QCOMPARE(missingOn(commandsOfState(map.state(), kT0).commands, e).size(), std::size_t{1});
        flags::RolloutPlan plan;
        plan.stepPercent = 10;
        plan.stepEvery = kNsPerHour;
        plan.targetPercent = 100;
        QVERIFY(e.apply(cmd::SetRolloutPlan{flags::kAdaptiveLimiting, plan, "ops"}, kT0).ok);
        QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, e).empty());
        // An assignment to a tier this engine lacks is left out; the others still come.
        map.apply(change(cmd::AssignVip{"odd-tier", "platinum", 0, "", "ops"}));
        map.apply(change(cmd::AssignVip{"partner-6", "gold", 0, "", "ops"}));
        std::size_t withoutTier = 0;
        const auto known = missingOn(commandsOfState(map.state(), kT0).commands, e, &withoutTier);
        QCOMPARE(withoutTier, std::size_t{1});
        QCOMPARE(known.size(), std::size_t{1});
        QCOMPARE(std::get<cmd::ImportVip>(known[0]).assignments.size(), std::size_t{1});
        QCOMPARE(std::get<cmd::ImportVip>(known[0]).assignments[0].key, std::string("partner-6"));
        QVERIFY(e.apply(known[0], kT0).ok);
        // A flag this engine does not have is left alone.
        map.apply(change(cmd::SetFlagEnabled{"not-here", true, "ops"}));
        QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, e).empty());
    }

    // Flags' and segments' definitions travel whole and are kept in the state: a new engine makes the segments, then
    // each flag after the flags it depends on, then the switches set since; removals are kept as such.
    void flagDefinitionsTravelAndReadBackInTheOrderTheyCanBeMade()
    {
        flags::Segment staff{7, "staff", {}};
        flags::Constraint inStaff;
        inStaff.contextName = "userId";
        inStaff.op = flags::Operator::In;
        inStaff.operatorName = "IN";
        inStaff.values = {"ann", "bob"};
        staff.constraints.push_back(inStaff);
        flags::FeatureFlag preview = flags::test::rolloutFlag("preview", 100);
        preview.strategies[0].segments = {7};
        preview.dependencies.push_back(flags::Dependency{"base", true, {}});
        std::vector<FleetChange> day;
        day.push_back(change(cmd::PutSegment{staff, "ops"}));
        day.push_back(change(cmd::PutFlag{flags::test::rolloutFlag("base", 20), "ops"}));
        day.push_back(change(cmd::PutFlag{preview, "ops"}));
        day.push_back(change(cmd::SetFlagEnabled{"preview", false, "ops"}));
        day.push_back(change(cmd::PutFlag{flags::test::rolloutFlag("old", 5), "ops"}));
        day.push_back(change(cmd::RemoveFlag{"old", "ops"}));
        day.push_back(change(cmd::PutSegment{flags::Segment{8, "gone", {}}, "ops"}));
        day.push_back(change(cmd::RemoveSegment{8, "ops"}));
        StateMap map;
        EngineShards here(sluice::engine::testing::smallConfig(), 1);
        for (const FleetChange& c : day) {
            const std::string text = encodeFleetChange(c);
            QVERIFY2(!text.empty(), std::to_string(c.command.index()).c_str());
            const auto back = decodeFleetChange(text);
            QVERIFY2(back.has_value(), text.c_str());
            QCOMPARE(encodeFleetChange(*back), text);
            map.apply(c);
            QVERIFY2(here.apply(c.command, kT0).ok, text.c_str());
        }
        const auto sent = [](const char* kind, const char* field, const nlohmann::json& value) {
            return nlohmann::json{{"v", 1}, {"origin", "a"}, {"actor", "b"}, {"kind", kind}, {field, value}}.dump();
        };
        QVERIFY(!decodeFleetChange(sent("flag.put", "flag", R"({"name": "x", "strategies": 5})")));
        QVERIFY(!decodeFleetChange(sent("flag.put", "flag", nlohmann::json{{"name", "preview"}})));
        QVERIFY(!decodeFleetChange(sent("segment.put", "segment", R"({"id": 0})")));
        QVERIFY(!decodeFleetChange(R"({"v":1,"origin":"a","actor":"b","kind":"segment.remove","segment_id":-3})"));

        // The state, in the order it can be made: the dependency "base" was put after "preview"'s first mention
        // in no particular order in the hash, but is made first.
        const StateCommands made = commandsOfState(map.state(), kT0);
        QCOMPARE(made.unreadable, std::size_t{0});
        std::vector<std::string> order;
        for (const Command& c : made.commands) {
            std::visit(
                Overloaded{
                    [&](const cmd::PutSegment& x) { order.push_back("segment " + std::to_string(x.segment.id)); },
                    [&](const cmd::RemoveSegment& x) { order.push_back("no segment " + std::to_string(x.id)); },
                    [&](const cmd::PutFlag& x) { order.push_back("flag " + x.flag.name); },
                    [&](const cmd::RemoveFlag& x) { order.push_back("no flag " + x.name); },
                    [&](const cmd::SetFlagEnabled& x) { order.push_back("switch " + x.name); },
                    [&](const auto&) { order.push_back("other"); }},
                c);
        }
        const std::vector<std::string> expected{"segment 7",      "flag base",   "flag preview",
                                                "switch preview", "no flag old", "no segment 8"};
        QCOMPARE(order, expected);

        // An engine in step makes nothing; a new one makes what it lacks, and it can make all of it.
        QVERIFY(missingOn(made.commands, here).empty());
        EngineShards fresh(sluice::engine::testing::smallConfig(), 1);
        const auto missing = missingOn(made.commands, fresh);
        QCOMPARE(missing.size(), std::size_t{4});  // nothing to remove there
        for (const Command& c : missing) {
            const CommandResult r = fresh.apply(c, kT0);
            QVERIFY2(r.ok, r.error.c_str());
        }
        QVERIFY(missingOn(made.commands, fresh).empty());
        QCOMPARE(fresh.flagSet().find("preview")->enabled, false);  // the switch made after the definition
        QVERIFY(fresh.flagSet().segment(7) != nullptr);
        QCOMPARE(flags::writeFeature(*fresh.flagSet().find("base")), flags::writeFeature(*here.flagSet().find("base")));

        // Put again, the definition says where its switch is: the older switch field is gone from the state.
        map.apply(change(cmd::PutFlag{preview, "ops"}));
        QVERIFY(find<cmd::SetFlagEnabled>(commandsOfState(map.state(), kT0).commands) == nullptr);
        const auto again = missingOn(commandsOfState(map.state(), kT0).commands, fresh);
        QCOMPARE(again.size(), std::size_t{1});
        QCOMPARE(std::get<cmd::PutFlag>(again[0]).flag.enabled, true);

        // A rollout plan's steps are the engine's own: a definition whose plan has moved on is still the same one.
        flags::FeatureFlag planned = flags::test::rolloutFlag("planned", 10);
        flags::RolloutPlan plan;
        plan.stepPercent = 10;
        plan.stepEvery = kNsPerHour;
        plan.targetPercent = 50;
        planned.plan = plan;
        map.apply(change(cmd::PutFlag{planned, "ops"}));
        QVERIFY(fresh.apply(cmd::PutFlag{preview, "ops"}, kT0).ok);
        QVERIFY(fresh.apply(cmd::PutFlag{planned, "ops"}, kT0).ok);
        fresh.tick(kT0 + 2 * kNsPerHour + kNsPerSec);
        QCOMPARE(flags::rolloutOf(*fresh.flagSet().find("planned")), std::optional<int>(30));
        QVERIFY(missingOn(commandsOfState(map.state(), kT0 + 2 * kNsPerHour).commands, fresh).empty());
        // A flag's switch for a flag this engine will not have is still left out.
        map.apply(change(cmd::SetFlagEnabled{"nowhere", true, "ops"}));
        QVERIFY(missingOn(commandsOfState(map.state(), kT0).commands, fresh).empty());
    }

    // What a definition needs comes first and what it is today counts: a flag whose effect names a route policy
    // after the policies; a schedule entry long past applied, not made again; a flag removed before the flag it
    // depended on; Sluice's own flags as the engine holds them.
    void flagDefinitionsFromTheStateAreMadeAsTheEngineTakesThem()
    {
        StateMap map;
        map.apply(change(cmd::SetPolicies{{Policy{"", 100, kNsPerMin, 20}, Policy{"/login", 5, kNsPerMin, 5}}}));
        flags::FeatureFlag strict = flags::test::rolloutFlag("strict-login", 50);
        strict.effect = flags::Effect{flags::EffectKind::RoutePolicy, "/login"};
        map.apply(change(cmd::PutFlag{strict, "ops"}));
        flags::FeatureFlag launch = flags::test::rolloutFlag("launch", 100);
        launch.enabled = false;
        launch.schedule = {flags::ScheduleEntry{kT0 - kNsPerHour, true}};  // on an hour ago
        map.apply(change(cmd::PutFlag{launch, "ops"}));
        flags::FeatureFlag builtIn = flags::test::rolloutFlag(std::string(flags::kReputationSystem), 70);
        map.apply(change(cmd::PutFlag{builtIn, "ops"}));

        EngineShards fresh(sluice::engine::testing::smallConfig(), 1);
        const StateCommands made = commandsOfState(map.state(), kT0);
        const auto missing = missingOn(made.commands, fresh);
        for (const Command& c : missing) {
            const CommandResult r = fresh.apply(c, kT0);
            QVERIFY2(r.ok, r.error.c_str());
        }
        QVERIFY(fresh.flagSet().find("strict-login") != nullptr);
        const flags::FeatureFlag* launched = fresh.flagSet().find("launch");
        QVERIFY(launched != nullptr && launched->enabled && launched->schedule.empty());
        fresh.tick(kT0 + kNsPerSec);
        QVERIFY(missingOn(commandsOfState(map.state(), kT0 + kNsPerSec).commands, fresh).empty());

        // Removed on the fleet, a parent and the flag depending on it: the child goes first, whatever the state's
        // order (the hash lists "a-parent" first).
        flags::FeatureFlag parent = flags::test::rolloutFlag("a-parent", 100);
        flags::FeatureFlag child = flags::test::rolloutFlag("z-child", 100);
        child.dependencies.push_back(flags::Dependency{"a-parent", true, {}});
        for (const flags::FeatureFlag& f : {parent, child}) {
            map.apply(change(cmd::PutFlag{f, "ops"}));
            QVERIFY(fresh.apply(cmd::PutFlag{f, "ops"}, kT0).ok);
        }
        map.apply(change(cmd::RemoveFlag{"z-child", "ops"}));
        map.apply(change(cmd::RemoveFlag{"a-parent", "ops"}));
        const auto removals = missingOn(commandsOfState(map.state(), kT0).commands, fresh);
        QCOMPARE(removals.size(), std::size_t{2});
        QCOMPARE(std::get<cmd::RemoveFlag>(removals[0]).name, std::string("z-child"));
        for (const Command& c : removals) {
            const CommandResult r = fresh.apply(c, kT0);
            QVERIFY2(r.ok, r.error.c_str());
        }
        QVERIFY(fresh.flagSet().find("a-parent") == nullptr);

        // A switch set before the definition's schedule entry fired is what the running engines left behind: they are
        // on since the entry; one set after it stands.
        flags::FeatureFlag timed = flags::test::rolloutFlag("timed", 100);
        timed.enabled = false;
        timed.schedule = {flags::ScheduleEntry{kT0 - kNsPerMin, true}};
        map.apply(change(cmd::PutFlag{timed, "ops"}), kT0 - kNsPerHour);
        map.apply(change(cmd::SetFlagEnabled{"timed", false, "ops"}), kT0 - 30 * kNsPerMin);  // before the entry
        const auto timedNow = [&] {
            EngineShards fresh2(sluice::engine::testing::smallConfig(), 1);
            for (const Command& c : missingOn(commandsOfState(map.state(), kT0).commands, fresh2)) {
                if (!fresh2.apply(c, kT0).ok) {
                    return std::string("refused");
                }
            }
            fresh2.tick(kT0 + kNsPerSec);
            return std::string(fresh2.flagSet().find("timed")->enabled ? "on" : "off");
        };
        QCOMPARE(timedNow(), std::string("on"));
        map.apply(change(cmd::SetFlagEnabled{"timed", false, "ops"}), kT0 - kNsPerSec);  // after it
        QCOMPARE(timedNow(), std::string("off"));
    }

    // Through Redis: the script that logs each change keeps the state, a new engine is handed that state and goes
    // on from the log's end, and one whose cursor the log no longer holds is handed the state again.
    void aNewEngineStartsFromTheFleetsState()
    {
        if (!RedisServer::available()) {
            QSKIP("redis-server is not installed");
        }
        RedisServer server;
        QVERIFY(server.waitAnswering());
        const RedisOptions options = optionsOf(server);
        FleetChanges a(options, "state-test", "host-a:1", "host-a:db", makesAtOnce);
        QVERIFY(waitUntil([&] { return a.listening(); }));
        std::string last;
        for (const FleetChange& c : adminDay()) {
            last = a.publish(c.command, c.actor);
            QVERIFY(!last.empty());
        }
        QCOMPARE(server.call({"HLEN", "{state-test:changelog}:vip"}).integer, 3LL);
        QVERIFY(server.call({"HGET", "{state-test:changelog}:vip", "partner-2"}).text.find("revoked") !=
                std::string::npos);
        QCOMPARE(server.call({"XLEN", "state-test:changelog"}).integer, static_cast<long long>(adminDay().size()));

        struct Seen {
            std::mutex mutex;
            std::vector<FleetState> synced;
            std::vector<FleetChange> applied;
            std::vector<FleetChanges::Made> made;
            // The first sync waits for the test to open this gate, as a sync waits for its commands to be made.
            std::promise<void> gate;
            std::shared_future<void> opened = gate.get_future().share();
            std::atomic<bool> waiting{false};
        };
        auto seen = std::make_shared<Seen>();
        const auto makeB = [&] {
            return std::make_unique<FleetChanges>(
                options, "state-test", "host-b:1", "host-b:db",
                [seen](FleetChange c, FleetChanges::Made made) {
                    const std::lock_guard lock(seen->mutex);
                    seen->applied.push_back(std::move(c));
                    seen->made.push_back(std::move(made));  // made when the test says so
                },
                [seen](FleetState s) {
                    seen->waiting = true;
                    seen->opened.wait();
                    const std::lock_guard lock(seen->mutex);
                    seen->synced.push_back(std::move(s));
                    return true;
                });
        };
        const auto count = [&](auto member) {
            const std::lock_guard lock(seen->mutex);
            return (seen.get()->*member).size();
        };
        auto b = makeB();
        // Until its state sync is done, a new engine has not reached the log's end, though it reads from there.
        QVERIFY(waitUntil([&] { return seen->waiting.load(); }));
        QVERIFY(!b->listening());
        QVERIFY(b->cursor().empty());
        seen->gate.set_value();
        QVERIFY(waitUntil([&] { return b->listening(); }));
        QCOMPARE(count(&Seen::synced), std::size_t{1});
        QCOMPARE(b->cursor(), last);  // from the log's end: nothing of the day is made a second time
        QCOMPARE(count(&Seen::applied), std::size_t{0});
        {
            const std::lock_guard lock(seen->mutex);
            const StateCommands made = commandsOfState(seen->synced[0], kT0);
            QCOMPARE(made.unreadable, std::size_t{0});
            QCOMPARE(find<cmd::ImportVip>(made.commands)->assignments.size(), std::size_t{2});
            QCOMPARE(find<cmd::PutVipTier>(made.commands)->name, std::string("gold"));
            QVERIFY(find<cmd::SetThrottleOverride>(made.commands) != nullptr);
        }

        // The made changes are reported (and kept in Redis) as reached; a stopped engine's own calls are dropped.
        const auto makeAll = [&] {
            std::vector<FleetChanges::Made> made;
            {
                const std::lock_guard lock(seen->mutex);
                made.swap(seen->made);
            }
            for (const auto& m : made) {
                m();
            }
        };
        const auto stopB = [&] {
            b.reset();
            const std::lock_guard lock(seen->mutex);
            seen->made.clear();
        };

        // What comes after is taken from the log, change by change, and counts as reached once it is made.
        const std::string next = a.publish(cmd::AssignVip{"partner-3", "gold", 0, "", "ops"}, "ops");
        QVERIFY(waitUntil([&] { return count(&Seen::applied) == 1; }));
        QCOMPARE(b->cursor(), last);
        // B stops before it is made: started again, B takes it once more rather than losing it.
        stopB();
        b = makeB();
        QVERIFY(waitUntil([&] { return b->listening() && count(&Seen::applied) == 2; }));
        QCOMPARE(b->cursor(), last);
        makeAll();
        QCOMPARE(b->cursor(), next);
        // Made after B stopped listening (as serve's runtime makes its last commands): kept when B goes, so B
        // started again does not make it a second time.
        const std::string late = a.publish(cmd::AssignVip{"partner-3b", "gold", 0, "", "ops"}, "ops");
        QVERIFY(waitUntil([&] { return count(&Seen::applied) == 3; }));
        b->stopListening();
        makeAll();
        stopB();
        b = makeB();
        QVERIFY(waitUntil([&] { return b->listening(); }));
        QCOMPARE(b->cursor(), late);
        QCOMPARE(count(&Seen::applied), std::size_t{3});

        // B started again is handed the state once more (an engine in step makes nothing of it), and takes what
        // was made while it was away from the log.
        stopB();
        const std::string whileAway = a.publish(cmd::AssignVip{"partner-5", "gold", 0, "", "ops"}, "ops");
        b = makeB();
        QVERIFY(waitUntil([&] { return b->listening(); }));
        QCOMPARE(count(&Seen::synced), std::size_t{4});
        QVERIFY(waitUntil([&] { return count(&Seen::applied) == 4; }));
        makeAll();
        QCOMPARE(b->cursor(), whileAway);

        // B goes away; meanwhile changes are made and the log is trimmed past B's cursor.
        stopB();
        a.publish(cmd::RevokeVip{"partner-1"}, "ops");
        const std::string after = a.publish(cmd::AssignVip{"partner-4", "gold", 0, "", "ops"}, "ops");
        server.call({"XTRIM", "state-test:changelog", "MAXLEN", "1"});
        b = makeB();
        QVERIFY(waitUntil([&] { return b->listening(); }));
        QCOMPARE(count(&Seen::synced), std::size_t{5});
        QCOMPARE(count(&Seen::applied), std::size_t{4});  // nothing from the log: the state has it all
        QCOMPARE(b->cursor(), after);
        const std::lock_guard lock(seen->mutex);
        const auto made = commandsOfState(seen->synced[4], kT0);
        const auto* vips = find<cmd::ImportVip>(made.commands);
        QVERIFY(vips != nullptr);
        std::vector<std::string> keys;
        for (const auto& v : vips->assignments) {
            keys.push_back(v.key);
        }
        QCOMPARE(keys, (std::vector<std::string>{"imported-1", "partner-3", "partner-3b", "partner-4", "partner-5"}));
    }

    // A change made while Redis is away is answered at once without a log id, and logged (state and all) as soon as
    // Redis is back, so no engine's state sync sets it back.
    void aChangeMadeWhileRedisIsAwayIsSharedWhenItReturns()
    {
        if (!RedisServer::available()) {
            QSKIP("redis-server is not installed");
        }
        RedisServer server;
        QVERIFY(server.waitAnswering());
        FleetChanges a(optionsOf(server), "away-test", "host-a:1", "host-a:db", makesAtOnce);
        QVERIFY(waitUntil([&] { return a.listening(); }));
        server.kill();
        auto answered = std::make_shared<std::promise<std::string>>();
        a.publishLater(cmd::AssignVip{"made-offline", "gold", 0, "", "ops"}, "ops",
                       [answered](std::string id) { answered->set_value(std::move(id)); });
        QVERIFY(answered->get_future().get().empty());  // answered, not logged
        server.start();
        QVERIFY(server.waitAnswering());
        QVERIFY(waitUntil([&] { return server.call({"XLEN", "away-test:changelog"}).integer == 1; }));
        QVERIFY(server.call({"HEXISTS", "{away-test:changelog}:vip", "made-offline"}).integer == 1);
    }

    // A change asked of one engine (its alert, its inbox) is made by that engine alone, whoever asked: the others,
    // the asking one too, pass over it, and the fleet's state is not touched. One Redis could not log is not asked
    // again later: whoever asked was told so.
    void aChangeForOneEngineIsMadeThereAlone()
    {
        if (!RedisServer::available()) {
            QSKIP("redis-server is not installed");
        }
        RedisServer server;
        QVERIFY(server.waitAnswering());
        struct Made {
            std::mutex mutex;
            std::vector<FleetChange> changes;
        };
        std::array<Made, 3> made;
        const auto engine = [&](const char* origin, const char* instance, Made& seen) {
            return std::make_unique<FleetChanges>(optionsOf(server), "one-test", origin, instance,
                                                  [&seen](FleetChange c, FleetChanges::Made done) {
                                                      {
                                                          const std::lock_guard lock(seen.mutex);
                                                          seen.changes.push_back(std::move(c));
                                                      }
                                                      done();
                                                  });
        };
        auto a = engine("host-a:1", "host-a:db", made[0]);
        auto b = engine("host-b:2", "host-b:db", made[1]);
        auto c = engine("host-c:3", "host-c:db", made[2]);
        QVERIFY(waitUntil([&] { return a->listening() && b->listening() && c->listening(); }));
        const auto count = [&](std::size_t i) {
            const std::lock_guard lock(made[i].mutex);
            return made[i].changes.size();
        };

        const std::string asked = a->publish(cmd::AcknowledgeAlert{4, "anna"}, "anna", "host-b:2");
        QVERIFY(!asked.empty());
        QVERIFY(waitUntil([&] { return b->cursor() == asked && c->cursor() == asked && a->cursor() == asked; }));
        QCOMPARE(count(0), std::size_t{0});
        QCOMPARE(count(1), std::size_t{1});
        QCOMPARE(count(2), std::size_t{0});
        {
            const std::lock_guard lock(made[1].mutex);
            const FleetChange& taken = made[1].changes[0];
            QCOMPARE(taken.origin, std::string("host-a:1"));
            QCOMPARE(taken.actor, std::string("anna"));
            QCOMPARE(std::get<cmd::AcknowledgeAlert>(taken.command).id, std::uint64_t{4});
            QCOMPARE(std::get<cmd::AcknowledgeAlert>(taken.command).actor, std::string("anna"));
        }
        // Asked of the engine that asks another: B asks A.
        const std::string back = b->publish(cmd::MarkNotificationsRead{{8, 9}, false, "", "ben"}, "ben", "host-a:1");
        QVERIFY(waitUntil([&] { return count(0) == 1 && c->cursor() == back; }));
        QCOMPARE(count(1), std::size_t{1});
        QCOMPARE(count(2), std::size_t{0});
        // Nothing of it is the fleet's state; without a target it is not a change at all.
        QCOMPARE(server.call({"EXISTS", "{one-test:changelog}:settings", "{one-test:changelog}:vip"}).integer, 0LL);
        QVERIFY(a->publish(cmd::AcknowledgeAlert{4, "anna"}, "anna").empty());
        QCOMPARE(server.call({"XLEN", "one-test:changelog"}).integer, 2LL);

        // Redis away (it comes back empty): answered without an id, and not logged when Redis returns, though the
        // shared change after it is.
        server.kill();
        auto answered = std::make_shared<std::promise<std::string>>();
        a->publishLater(
            cmd::ResolveAlert{4, "anna"}, "anna", [answered](std::string id) { answered->set_value(std::move(id)); },
            "host-b:2");
        QVERIFY(answered->get_future().get().empty());
        // A shared change waits at the head for Redis, tried again every second; one for an engine asked after it is
        // told at once that it was not passed on, rather than wait behind it.
        auto shared = std::make_shared<std::promise<std::string>>();
        a->publishLater(cmd::PutVipTier{"gold", 2.0}, "anna",
                        [shared](std::string id) { shared->set_value(std::move(id)); });
        QVERIFY(shared->get_future().get().empty());
        auto behind = std::make_shared<std::promise<std::string>>();
        a->publishLater(
            cmd::AcknowledgeNotification{5, "anna"}, "anna",
            [behind](std::string id) { behind->set_value(std::move(id)); }, "host-b:2");
        auto told = behind->get_future();
        QVERIFY(told.wait_for(std::chrono::milliseconds(500)) == std::future_status::ready);
        QVERIFY(told.get().empty());
        server.start();
        QVERIFY(server.waitAnswering());
        QVERIFY(waitUntil([&] { return server.call({"XLEN", "one-test:changelog"}).integer == 1; }));
        const RedisReply logged = server.call({"XRANGE", "one-test:changelog", "-", "+"});
        QCOMPARE(logged.elements.size(), std::size_t{1});
        const auto only = decodeFleetChange(logged.elements[0].elements.at(1).elements.at(1).text);
        QVERIFY(only && std::holds_alternative<cmd::PutVipTier>(only->command));
    }
};

QTEST_GUILESS_MAIN(TestFleetState)
#include "tst_fleet_state.moc"
