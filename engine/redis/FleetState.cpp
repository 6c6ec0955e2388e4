// SPDX-License-Identifier: Apache-2.0
#include "redis/FleetState.h"

#include "anomaly/AnomalyMonitor.h"
#include "config/ConfigJson.h"
#include "core/Overloaded.h"
#include "flagbook/FlagChanges.h"
#include "flags/FlagModel.h"
#include "flags/FlagsJson.h"
#include "redis/FleetChanges.h"
#include "redis/JsonField.h"
#include "shard/EngineShards.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

namespace sluice::engine::redis {

using json = nlohmann::json;

namespace {

constexpr std::string_view kTierField = "tier:";
constexpr std::string_view kFlagEnabledField = "flag.enabled:";
constexpr std::string_view kFlagRolloutField = "flag.rollout:";
constexpr std::string_view kFlagKilledField = "flag.killed:";
constexpr std::string_view kFlagField = "flag:";
constexpr std::string_view kSegmentField = "segment:";
constexpr std::size_t kMaxStateText = 1000;  // a key, tier or flag name, or a note, as the engine's own limits allow

std::string dumped(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

StateEdit setting(std::string field, std::string value)
{
    return StateEdit{StateHash::Settings, std::move(field), std::move(value)};
}

// A flag's definition put whole, or removed (no `definition`): its switch, rollout and kill switch fields go, so
// an engine that takes the state later does not make an older switch over the newer definition.
// The definition is kept as text, which keeps its strategies' parameters in their order.
void flagEdits(std::vector<StateEdit>& edits, const std::string& name, std::optional<std::string> definition,
               const std::string& actor)
{
    json value{{"actor", actor}};
    if (!definition) {
        value["removed"] = true;
    } else {
        value["definition"] = std::move(*definition);
    }
    edits.push_back(setting(std::string(kFlagField) + name, dumped(value)));
    for (const std::string_view field : {kFlagEnabledField, kFlagRolloutField, kFlagKilledField}) {
        edits.push_back(StateEdit{StateHash::Settings, std::string(field) + name, std::nullopt});
    }
}

StateEdit segmentEdit(const flags::Segment& segment, const std::string& actor)
{
    return setting(std::string(kSegmentField) + std::to_string(segment.id),
                   dumped(json{{"definition", flags::writeSegment(segment)}, {"actor", actor}}));
}

// An import's edits: "replace all" first marks every flag the file does not define removed (the built-in flags
// stay, as on an engine), then the file's segments and flags are put.
void importEdits(std::vector<StateEdit>& edits, const cmd::ImportFlags& c, const std::string& actor)
{
    if (c.replaceAll) {
        json kept = json::array();
        for (const flags::FeatureFlag& f : c.flags.features) {
            kept.push_back(f.name);
        }
        for (const char* builtIn : flags::kBuiltInFlags) {
            kept.push_back(builtIn);
        }
        edits.push_back(
            StateEdit{StateHash::FlagsKept, dumped(kept), dumped(json{{"removed", true}, {"actor", actor}})});
    }
    for (const flags::Segment& s : c.flags.segments) {
        edits.push_back(segmentEdit(s, actor));
    }
    for (const flags::FeatureFlag& f : c.flags.features) {
        flagEdits(edits, f.name, flags::writeFeature(f), actor);
    }
}

StateEdit vipEdit(const cmd::AssignVip& a, const std::string& actor)
{
    return StateEdit{StateHash::Vip, a.key,
                     dumped(json{{"tier", a.tier}, {"expires_at", a.expiresAt}, {"notes", a.notes}, {"actor", actor}})};
}

// One VIP hash entry as an assignment or a revocation; nullopt when it is neither.
std::optional<Command> assignmentOf(const std::string& key, const std::string& text)
{
    const json j = json::parse(text, nullptr, false);
    if (std::string actor; j.is_object() && j.contains("revoked") && j.at("revoked") == true &&
                           key.size() <= kMaxStateText && textField(j, "actor", kMaxStateText, actor)) {
        return cmd::RevokeVip{key};
    }
    cmd::AssignVip a;
    a.key = key;
    if (!j.is_object() || key.size() > kMaxStateText || !textField(j, "tier", kMaxStateText, a.tier) ||
        !textField(j, "notes", kMaxStateText, a.notes) || !textField(j, "actor", kMaxStateText, a.assignedBy) ||
        !j.contains("expires_at") || !j.at("expires_at").is_number_integer() ||
        j.at("expires_at").get<std::int64_t>() < 0) {
        return std::nullopt;
    }
    a.expiresAt = j.at("expires_at").get<std::int64_t>();
    return a;
}

// A settings field "<prefix><name>": the name, or nullopt when the field does not start so.
std::optional<std::string> nameAfter(const std::string& field, std::string_view prefix)
{
    if (field.size() < prefix.size() || field.size() > prefix.size() + kMaxStateText ||
        std::string_view(field).substr(0, prefix.size()) != prefix) {
        return std::nullopt;
    }
    return field.substr(prefix.size());
}

// The definition as it stands at `now`: schedule entries due by then are applied to the switch and dropped, as the
// engine does at its next tick. A definition put long ago is thereby the one every engine holds today. Returns
// when the last of them fired (0: none).
TimeNs bringUpTo(flags::FeatureFlag& flag, TimeNs now)
{
    std::stable_sort(flag.schedule.begin(), flag.schedule.end(),
                     [](const flags::ScheduleEntry& a, const flags::ScheduleEntry& b) { return a.at < b.at; });
    TimeNs fired = 0;
    while (!flag.schedule.empty() && flag.schedule.front().at <= now) {
        flag.enabled = flag.schedule.front().enable;
        fired = flag.schedule.front().at;
        flag.schedule.erase(flag.schedule.begin());
    }
    return fired;
}

// One settings field as the command that makes it; nullopt when it is not a state Sluice writes.
// `switchedAt`: when a flag's switch was set (0 when the field does not say).
std::optional<Command> settingOf(const std::string& field, const std::string& value, TimeNs now, bool& expired,
                                 TimeNs& switchedAt)
{
    if (sharedSetting(field)) {
        return settingCommand(field, value);
    }
    if (field == ConfigJson::kThrottleOverrideSetting) {
        std::optional<ThrottleOverride> o;
        if (ConfigJson::decodeOverride(value, o)) {
            return std::nullopt;
        }
        if (!o) {
            return cmd::ClearThrottleOverride{"fleet", "cleared on the fleet"};
        }
        if (o->expiresAt != 0 && o->expiresAt <= now) {
            expired = true;
            return std::nullopt;
        }
        return cmd::SetThrottleOverride{o->level, o->reason, o->expiresAt, o->actor};
    }
    const json j = json::parse(value, nullptr, false);
    if (const auto tier = nameAfter(field, kTierField)) {
        if (j.is_null()) {
            return cmd::RemoveVipTier{*tier};
        }
        if (!j.is_number() || !std::isfinite(j.get<double>())) {
            return std::nullopt;
        }
        return cmd::PutVipTier{*tier, j.get<double>()};
    }
    if (!j.is_object()) {
        return std::nullopt;
    }
    if (const auto name = nameAfter(field, kFlagField)) {
        std::string actor;
        if (!textField(j, "actor", kMaxStateText, actor)) {
            return std::nullopt;
        }
        if (j.contains("removed") && j.at("removed") == true) {
            return cmd::RemoveFlag{*name, actor};
        }
        if (!j.contains("definition") || !j.at("definition").is_string()) {
            return std::nullopt;
        }
        flags::FlagRead read = flags::readFeature(j.at("definition").get_ref<const std::string&>());
        if (!read.flag || read.flag->name != *name) {
            return std::nullopt;
        }
        return cmd::PutFlag{std::move(*read.flag), actor};
    }
    if (const auto id = nameAfter(field, kSegmentField)) {
        std::string actor;
        int number = 0;
        const auto [end, ec] = std::from_chars(id->data(), id->data() + id->size(), number);
        if (!textField(j, "actor", kMaxStateText, actor) || ec != std::errc() || end != id->data() + id->size() ||
            number <= 0) {
            return std::nullopt;
        }
        if (j.contains("removed") && j.at("removed") == true) {
            return cmd::RemoveSegment{number, actor};
        }
        if (!j.contains("definition") || !j.at("definition").is_string()) {
            return std::nullopt;
        }
        std::string error;
        auto segment = flags::readSegment(j.at("definition").get_ref<const std::string&>(), error);
        if (!segment || segment->id != number) {
            return std::nullopt;
        }
        return cmd::PutSegment{std::move(*segment), actor};
    }
    if (const auto flag = nameAfter(field, kFlagEnabledField)) {
        std::string actor;
        if (!j.contains("enabled") || !j.at("enabled").is_boolean() || !textField(j, "actor", kMaxStateText, actor) ||
            (j.contains("at_ms") && (!j.at("at_ms").is_number_integer() || j.at("at_ms").get<std::int64_t>() < 0 ||
                                     j.at("at_ms").get<std::int64_t>() > kNever / kNsPerMs))) {
            return std::nullopt;
        }
        switchedAt = j.contains("at_ms") ? j.at("at_ms").get<std::int64_t>() * kNsPerMs : 0;
        return cmd::SetFlagEnabled{*flag, j.at("enabled").get<bool>(), actor};
    }
    if (const auto flag = nameAfter(field, kFlagRolloutField)) {
        std::string actor;
        if (!j.contains("percent") || !j.at("percent").is_number_integer() || j.at("percent").get<std::int64_t>() < 0 ||
            j.at("percent").get<std::int64_t>() > 100 || !textField(j, "actor", kMaxStateText, actor)) {
            return std::nullopt;
        }
        return cmd::SetFlagRollout{*flag, j.at("percent").get<int>(), actor};
    }
    if (const auto flag = nameAfter(field, kFlagKilledField)) {
        std::string actor;
        std::string reason;
        if (!j.contains("killed") || !j.at("killed").is_boolean() || !textField(j, "reason", kMaxStateText, reason) ||
            !textField(j, "actor", kMaxStateText, actor)) {
            return std::nullopt;
        }
        return cmd::SetFlagKilled{*flag, j.at("killed").get<bool>(), reason, actor};
    }
    return std::nullopt;
}

// The order commands of the state are made in: tiers and segments, flags' definitions (which may use them), then
// settings, flags' switches and the override, then the VIPs and their revocations, and last what is removed: flags,
// then the segments and tiers they may have used (one still used cannot go).
int rank(const Command& c)
{
    return std::visit(
        Overloaded{[](const cmd::PutVipTier&) { return 0; }, [](const cmd::PutSegment&) { return 0; },
                   // A flag's effect may name a route policy, which must exist first.
                   [](const cmd::SetPolicies&) { return 1; }, [](const cmd::SetReputationConfig&) { return 1; },
                   [](const cmd::SetAnomalyConfig&) { return 1; }, [](const cmd::SetThrottleOverride&) { return 1; },
                   [](const cmd::ClearThrottleOverride&) { return 1; }, [](const cmd::PutFlag&) { return 2; },
                   [](const cmd::ImportVip&) { return 4; }, [](const cmd::RevokeVip&) { return 5; },
                   [](const cmd::RemoveFlag&) { return 6; }, [](const cmd::RemoveSegment&) { return 7; },
                   [](const cmd::RemoveVipTier&) { return 7; }, [](const auto&) { return 3; }},  // flags' switches
        c);
}

// The flags the commands remove, in an order the engine takes: a flag before the flags it depends on (the engine
// refuses to remove a flag another still depends on). `held`, the engine's flags, says who depends on whom.
void removeDependentsFirst(std::vector<Command>& commands, const flags::FlagSet& held)
{
    const auto first = std::find_if(commands.begin(), commands.end(),
                                    [](const Command& c) { return std::holds_alternative<cmd::RemoveFlag>(c); });
    const auto last = std::find_if(first, commands.end(),
                                   [](const Command& c) { return !std::holds_alternative<cmd::RemoveFlag>(c); });
    std::set<std::string, std::less<>> pending;
    for (auto it = first; it != last; ++it) {
        pending.insert(std::get<cmd::RemoveFlag>(*it).name);
    }
    const auto dependedOnByPending = [&](std::string_view name) {
        return std::any_of(pending.begin(), pending.end(), [&](const std::string& other) {
            const flags::FeatureFlag* f = other != name ? held.find(other) : nullptr;
            return f != nullptr && std::any_of(f->dependencies.begin(), f->dependencies.end(),
                                               [&](const flags::Dependency& d) { return d.feature == name; });
        });
    };
    for (auto at = first; at != last; ++at) {
        const auto ready = std::find_if(
            at, last, [&](const Command& c) { return !dependedOnByPending(std::get<cmd::RemoveFlag>(c).name); });
        if (ready == last) {
            return;
        }
        std::rotate(at, ready, ready + 1);
        pending.erase(std::get<cmd::RemoveFlag>(*at).name);
    }
}

// Flags' definitions put so that a flag comes after the flags it depends on (the engine refuses a dependency on a
// flag it does not have); a cycle, which the engine refuses anyway, keeps its order.
void putDependenciesFirst(std::vector<Command>& commands)
{
    const auto first = std::find_if(commands.begin(), commands.end(),
                                    [](const Command& c) { return std::holds_alternative<cmd::PutFlag>(c); });
    const auto last =
        std::find_if(first, commands.end(), [](const Command& c) { return !std::holds_alternative<cmd::PutFlag>(c); });
    std::set<std::string, std::less<>> pending;
    for (auto it = first; it != last; ++it) {
        pending.insert(std::get<cmd::PutFlag>(*it).flag.name);
    }
    for (auto at = first; at != last; ++at) {
        const auto ready = std::find_if(at, last, [&](const Command& c) {
            const auto& deps = std::get<cmd::PutFlag>(c).flag.dependencies;
            return std::none_of(deps.begin(), deps.end(), [&](const flags::Dependency& d) {
                return d.feature != std::get<cmd::PutFlag>(c).flag.name && pending.contains(d.feature);
            });
        });
        if (ready == last) {
            return;
        }
        std::rotate(at, ready, ready + 1);
        pending.erase(std::get<cmd::PutFlag>(*at).flag.name);
    }
}

// A flag whose switch or rollout the engine moves by itself (a schedule, a rollout plan): the state holds the last
// admin's value, not where the engine has taken it since.
bool movesByItself(const flags::FeatureFlag& flag) { return !flag.schedule.empty() || flag.plan.has_value(); }

bool sameOverride(const std::optional<ThrottleOverride>& have, const cmd::SetThrottleOverride& want)
{
    // The settings row keeps milliseconds.
    return have && have->level == want.level && have->reason == want.reason &&
           have->expiresAt / kNsPerMs == want.expiresAt / kNsPerMs;
}

// The definition `want` as the engine would hold it by now if it had taken it: what the engine moves by itself since
// (the switch and rollout a schedule or plan moved, a plan's progress, schedule entries already applied) is taken
// from `have`, so only an admin's change of the definition counts as a difference.
flags::FeatureFlag asMovedSince(flags::FeatureFlag want, const flags::FeatureFlag& have, TimeNs now)
{
    if (isBuiltInFlag(want.name)) {
        want.effect = flags::Effect{flags::EffectKind::Feature, {}};  // as the engine holds its own flags
    }
    if (movesByItself(have)) {
        want.enabled = have.enabled;
        if (const auto rollout = flags::rolloutOf(have)) {
            flags::setRollout(want, *rollout);
        }
    }
    if (want.plan && have.plan) {
        want.plan->nextStepAt = have.plan->nextStepAt;
        want.plan->paused = have.plan->paused;
        want.plan->halted = have.plan->halted;
        want.plan->haltedAt = have.plan->haltedAt;
        want.plan->haltedBy = have.plan->haltedBy;
    }
    std::erase_if(want.schedule, [now](const flags::ScheduleEntry& e) { return e.at <= now; });
    return want;
}

// `flag` as `c` leaves it when `c` is one of its switches.
void switchedBy(const Command& c, flags::FeatureFlag& flag)
{
    if (const auto* on = std::get_if<cmd::SetFlagEnabled>(&c); on != nullptr && on->name == flag.name) {
        flag.enabled = on->enabled;
    } else if (const auto* rollout = std::get_if<cmd::SetFlagRollout>(&c);
               rollout != nullptr && rollout->name == flag.name) {
        flags::setRollout(flag, rollout->percent);
    } else if (const auto* kill = std::get_if<cmd::SetFlagKilled>(&c); kill != nullptr && kill->name == flag.name) {
        flag.killed = kill->killed;
    }
}

// Whether a command of the state would change something on the engine (ImportVip: drops what it has already).
struct Missing {
    const EngineShards& engine;
    // The definitions this list puts, by name: a flag's switch is compared with the flag as it will be.
    const std::map<std::string, const flags::FeatureFlag*, std::less<>>& puts;

    const flags::FeatureFlag* flagAfterPuts(std::string_view name) const
    {
        const auto put = puts.find(name);
        return put != puts.end() ? put->second : engine.flagSet().find(name);
    }
    bool operator()(const cmd::PutFlag&) const { return true; }  // decided before (putMissing)
    bool operator()(const cmd::RemoveFlag& c) const { return engine.flagSet().find(c.name) != nullptr; }
    bool operator()(const cmd::PutSegment& c) const
    {
        const flags::Segment* have = engine.flagSet().segment(c.segment.id);
        return have == nullptr || flags::writeSegment(*have) != flags::writeSegment(c.segment);
    }
    bool operator()(const cmd::RemoveSegment& c) const { return engine.flagSet().segment(c.id) != nullptr; }

    bool operator()(cmd::ImportVip& c) const
    {
        std::erase_if(c.assignments, [&](const cmd::AssignVip& a) {
            const auto have = engine.vipAssignment(a.key);
            // The database keeps expiries in milliseconds.
            return have && have->tier == a.tier && have->expiresAt / kNsPerMs == a.expiresAt / kNsPerMs;
        });
        return !c.assignments.empty();
    }
    bool operator()(const cmd::RevokeVip& c) const { return engine.vipAssignment(c.key).has_value(); }
    bool operator()(const cmd::PutVipTier& c) const
    {
        const auto index = engine.vipCatalog().indexOf(c.name);
        const VipTier* tier = index ? engine.vipCatalog().at(*index) : nullptr;
        return tier == nullptr || tier->multiplier != c.multiplier;
    }
    bool operator()(const cmd::RemoveVipTier& c) const { return engine.vipCatalog().indexOf(c.name).has_value(); }
    // A setting replaced whole differs from the engine's when their settings rows do.
    bool settingDiffers(const Command& c, const char* name) const
    {
        return ConfigJson::settingsFor(c).front().second != ConfigJson::settingValue(name, engine.config());
    }
    bool operator()(const cmd::SetPolicies& c) const { return settingDiffers(c, kPoliciesSetting); }
    bool operator()(const cmd::SetReputationConfig& c) const { return settingDiffers(c, kReputationSetting); }
    bool operator()(const cmd::SetAnomalyConfig& c) const { return settingDiffers(c, kAnomalySetting); }
    bool operator()(const cmd::SetThrottleOverride& c) const { return !sameOverride(engine.throttle().override(), c); }
    bool operator()(const cmd::ClearThrottleOverride&) const
    {
        // An override the engine's own anomaly response set is its own to end.
        const auto& held = engine.throttle().override();
        return held.has_value() && held->actor != anomaly::kResponseActor;
    }
    // A switch of a flag this engine will not have is left out: the flag was made before the fleet shared
    // definitions, and only on the engines that have it.
    bool operator()(const cmd::SetFlagEnabled& c) const
    {
        const flags::FeatureFlag* flag = flagAfterPuts(c.name);
        return flag != nullptr && !movesByItself(*flag) && flag->enabled != c.enabled;
    }
    bool operator()(const cmd::SetFlagRollout& c) const
    {
        const flags::FeatureFlag* flag = flagAfterPuts(c.name);
        const auto rollout = flag != nullptr ? flags::rolloutOf(*flag) : std::nullopt;
        return rollout.has_value() && !movesByItself(*flag) && *rollout != c.percent;
    }
    bool operator()(const cmd::SetFlagKilled& c) const
    {
        const flags::FeatureFlag* flag = flagAfterPuts(c.name);
        return flag != nullptr && flag->killed != c.killed;
    }
    bool operator()(const auto&) const { return true; }
};

}  // namespace

std::vector<StateEdit> stateEditsOf(const FleetChange& change, TimeNs madeAt)
{
    std::vector<StateEdit> edits;
    // A setting replaced whole: its settings rows.
    const auto settingEdits = [&](const Command& c) {
        for (auto& [name, value] : ConfigJson::settingsFor(c)) {
            edits.push_back(setting(name, value));
        }
    };
    std::visit(
        Overloaded{
            [&](const cmd::AssignVip& c) { edits.push_back(vipEdit(c, change.actor)); },
            [&](const cmd::RevokeVip& c) {
                // Kept as revoked rather than removed, so an engine that was away takes the revocation too.
                edits.push_back(
                    StateEdit{StateHash::Vip, c.key, dumped(json{{"revoked", true}, {"actor", change.actor}})});
            },
            [&](const cmd::ImportVip& c) {
                edits.reserve(c.assignments.size());
                for (const cmd::AssignVip& a : c.assignments) {
                    edits.push_back(vipEdit(a, change.actor));
                }
            },
            [&](const cmd::PutVipTier& c) {
                edits.push_back(setting(std::string(kTierField) + c.name, dumped(json(c.multiplier))));
            },
            [&](const cmd::RemoveVipTier& c) {
                edits.push_back(setting(std::string(kTierField) + c.name, "null"));  // removed, for those away
            },
            [&](const cmd::SetThrottleOverride& c) {
                cmd::SetThrottleOverride kept = c;
                kept.actor = change.actor;
                for (auto& [name, value] : ConfigJson::settingsFor(Command(kept))) {
                    edits.push_back(setting(name, value));
                }
            },
            [&](const cmd::ClearThrottleOverride& c) {
                for (auto& [name, value] : ConfigJson::settingsFor(Command(c))) {
                    edits.push_back(setting(name, value));  // "null": cleared, for those away
                }
            },
            [&](const cmd::SetPolicies& c) { settingEdits(Command(c)); },
            [&](const cmd::SetReputationConfig& c) { settingEdits(Command(c)); },
            [&](const cmd::SetAnomalyConfig& c) { settingEdits(Command(c)); },
            [&](const cmd::PutFlag& c) { flagEdits(edits, c.flag.name, flags::writeFeature(c.flag), change.actor); },
            [&](const cmd::RemoveFlag& c) { flagEdits(edits, c.name, std::nullopt, change.actor); },
            [&](const cmd::PutSegment& c) { edits.push_back(segmentEdit(c.segment, change.actor)); },
            [&](const cmd::ImportFlags& c) { importEdits(edits, c, change.actor); },
            [&](const cmd::RemoveSegment& c) {
                // Kept as removed, for those away.
                edits.push_back(setting(std::string(kSegmentField) + std::to_string(c.id),
                                        dumped(json{{"removed", true}, {"actor", change.actor}})));
            },
            [&](const cmd::SetFlagEnabled& c) {
                json value{{"enabled", c.enabled}, {"actor", change.actor}};
                if (madeAt > 0) {
                    value["at_ms"] = madeAt / kNsPerMs;  // a schedule entry that fires later wins over it
                }
                edits.push_back(setting(std::string(kFlagEnabledField) + c.name, dumped(value)));
            },
            [&](const cmd::SetFlagRollout& c) {
                edits.push_back(setting(std::string(kFlagRolloutField) + c.name,
                                        dumped(json{{"percent", c.percent}, {"actor", change.actor}})));
            },
            [&](const cmd::SetFlagKilled& c) {
                edits.push_back(
                    setting(std::string(kFlagKilledField) + c.name,
                            dumped(json{{"killed", c.killed}, {"reason", c.reason}, {"actor", change.actor}})));
            },
            [](const auto&) {}},
        change.command);
    return edits;
}

std::string encodeStateEdits(const std::vector<StateEdit>& edits)
{
    json out = json::array();
    for (const StateEdit& e : edits) {
        json row{static_cast<int>(e.hash), e.field};
        if (e.value) {
            row.push_back(*e.value);
        }
        out.push_back(std::move(row));
    }
    return dumped(out);
}

StateCommands commandsOfState(const FleetState& state, TimeNs now)
{
    StateCommands out;
    std::map<std::string, TimeNs, std::less<>> switchedAt;  // flags' switches by when they were set
    for (const auto& [field, value] : state.settings) {
        bool expired = false;
        TimeNs at = 0;
        if (auto c = settingOf(field, value, now, expired, at)) {
            if (const auto* on = std::get_if<cmd::SetFlagEnabled>(&*c)) {
                switchedAt[on->name] = at;
            }
            out.commands.push_back(std::move(*c));
        } else if (!expired) {
            ++out.unreadable;
        }
    }
    // A definition as it stands now; a switch set before its last schedule entry fired is what the running engines
    // left behind, so it goes (one without a time is taken as older: from an engine before switches had one).
    std::set<std::string, std::less<>> overtaken;
    for (Command& c : out.commands) {
        if (auto* put = std::get_if<cmd::PutFlag>(&c)) {
            const TimeNs fired = bringUpTo(put->flag, now);
            const auto switched = switchedAt.find(put->flag.name);
            if (fired != 0 && switched != switchedAt.end() && switched->second < fired) {
                overtaken.insert(put->flag.name);
            }
        }
    }
    std::erase_if(out.commands, [&](const Command& c) {
        const auto* on = std::get_if<cmd::SetFlagEnabled>(&c);
        return on != nullptr && overtaken.contains(on->name);
    });
    cmd::ImportVip vips;
    for (const auto& [key, value] : state.vip) {
        auto c = assignmentOf(key, value);
        if (!c) {
            ++out.unreadable;
        } else if (auto* a = std::get_if<cmd::AssignVip>(&*c)) {
            if (a->expiresAt == 0 || a->expiresAt > now) {
                vips.assignments.push_back(std::move(*a));
            }
        } else {
            out.commands.push_back(std::move(*c));
        }
    }
    if (!vips.assignments.empty()) {
        out.commands.push_back(std::move(vips));
    }
    std::stable_sort(out.commands.begin(), out.commands.end(),
                     [](const Command& a, const Command& b) { return rank(a) < rank(b); });
    putDependenciesFirst(out.commands);
    return out;
}

std::vector<Command> missingOn(std::vector<Command> commands, const EngineShards& engine, std::size_t* withoutTier)
{
    // An assignment to a tier this engine will not have would refuse the whole import: it is left out alone.
    std::set<std::string, std::less<>> tiers;
    for (const VipTier& t : engine.vipCatalog().tiers()) {
        tiers.insert(t.name);
    }
    for (const Command& c : commands) {
        if (const auto* put = std::get_if<cmd::PutVipTier>(&c)) {
            tiers.insert(put->name);
        }
    }
    for (Command& c : commands) {
        if (auto* import = std::get_if<cmd::ImportVip>(&c)) {
            const std::size_t dropped =
                std::erase_if(import->assignments, [&](const cmd::AssignVip& a) { return !tiers.contains(a.tier); });
            if (withoutTier != nullptr) {
                *withoutTier += dropped;
            }
        }
    }
    // A definition is missing when the engine's flag differs from it with the switches the state set since
    // applied; the switches of a definition that is made are then compared with that definition.
    std::map<std::string, const flags::FeatureFlag*, std::less<>> puts;
    std::vector<bool> missing(commands.size(), true);
    for (std::size_t at = 0; at < commands.size(); ++at) {
        const auto* put = std::get_if<cmd::PutFlag>(&commands[at]);
        if (put == nullptr) {
            continue;
        }
        const flags::FeatureFlag* have = engine.flagSet().find(put->flag.name);
        if (have == nullptr) {
            puts[put->flag.name] = &put->flag;
            continue;
        }
        flags::FeatureFlag switched = put->flag;
        for (std::size_t later = at + 1; later < commands.size(); ++later) {
            switchedBy(commands[later], switched);
        }
        missing[at] = flags::writeFeature(asMovedSince(switched, *have, engine.now())) != flags::writeFeature(*have);
        if (missing[at]) {
            puts[put->flag.name] = &put->flag;
        }
    }
    // Decided for every command before any goes: `puts` points into the list.
    for (std::size_t at = 0; at < commands.size(); ++at) {
        missing[at] = missing[at] && std::visit(Missing{engine, puts}, commands[at]);
    }
    std::size_t i = 0;
    std::erase_if(commands, [&](const Command&) { return !missing[i++]; });
    removeDependentsFirst(commands, engine.flagSet());
    return commands;
}

}  // namespace sluice::engine::redis
