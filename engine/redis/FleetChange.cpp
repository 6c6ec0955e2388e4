// SPDX-License-Identifier: Apache-2.0
#include "redis/FleetChange.h"

#include "config/ConfigJson.h"
#include "core/Overloaded.h"
#include "core/Tiers.h"
#include "flags/FlagsJson.h"
#include "redis/JsonField.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sluice::engine::redis {

using json = nlohmann::json;

namespace {

constexpr std::size_t kMaxText = 1000;         // a received change's texts, as the engine's own limits allow
constexpr std::size_t kMaxImported = 100'000;  // assignments in one shared import, as a VIP file allows
constexpr std::size_t kMaxReadIds = 1000;      // notifications marked read by one change, as the API allows
// Notification ids are bound as SQLite's signed 64-bit integers.
constexpr std::uint64_t kMaxNotificationId = 9'000'000'000'000'000;

bool readTime(const json& j, const char* name, TimeNs& out)
{
    if (!j.contains(name) || !j.at(name).is_number_integer()) {
        return false;
    }
    out = j.at(name).get<std::int64_t>();
    return out >= 0;
}

// A settings row (policies or reputation, whole) as a change of kind "setting".
bool encodeSetting(json& j, const std::vector<std::pair<std::string, std::string>>& rows)
{
    if (rows.size() != 1) {
        return false;
    }
    j.update({{"kind", "setting"}, {"name", rows[0].first}, {"value", json::parse(rows[0].second, nullptr, false)}});
    return !j.at("value").is_discarded();
}

// A change to one engine's alert or notification `id`, of `kind`; only with a target.
bool targeted(json& j, const FleetChange& change, const char* kind, std::uint64_t id)
{
    if (change.target.empty()) {
        return false;
    }
    j.update({{"kind", kind}, {"target", change.target}, {"item", id}});
    return true;
}

// A whole number of 0 to 2^64 - 1 at `name`.
bool readId(const json& j, const char* name, std::uint64_t& out)
{
    if (!j.contains(name) || !j.at(name).is_number_unsigned()) {
        return false;
    }
    out = j.at(name).get<std::uint64_t>();
    return true;
}

}  // namespace

// A stream entry id "<ms>-<seq>" as a pair that orders as Redis orders them; nullopt when it is not one.
std::optional<std::pair<std::uint64_t, std::uint64_t>> streamEntryId(std::string_view id)
{
    const std::size_t dash = id.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == id.size() || id.size() > 41) {
        return std::nullopt;
    }
    std::uint64_t ms = 0;
    std::uint64_t seq = 0;
    for (const char c : id.substr(0, dash)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        ms = ms * 10 + static_cast<std::uint64_t>(c - '0');
    }
    for (const char c : id.substr(dash + 1)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        seq = seq * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return std::pair{ms, seq};
}

bool changeReached(std::string_view id, std::string_view cursor)
{
    const auto a = streamEntryId(id);
    const auto b = streamEntryId(cursor);
    return a && b && *a <= *b;
}

std::string encodeFleetChange(const FleetChange& change)
{
    json j{{"v", 1}, {"origin", change.origin}, {"actor", change.actor}};
    if (!change.instance.empty()) {
        j["instance"] = change.instance;
    }
    if (!change.id.empty()) {
        j["id"] = change.id;
    }
    const bool shared = std::visit(
        Overloaded{
            [&](const cmd::AssignVip& c) {
                j.update({{"kind", "vip.assign"},
                          {"key", c.key},
                          {"tier", c.tier},
                          {"expires_at", c.expiresAt},
                          {"notes", c.notes}});
                return true;
            },
            [&](const cmd::RevokeVip& c) {
                j.update({{"kind", "vip.revoke"}, {"key", c.key}});
                return true;
            },
            [&](const cmd::ImportVip& c) {
                json rows = json::array();
                for (const cmd::AssignVip& a : c.assignments) {
                    rows.push_back({{"key", a.key}, {"tier", a.tier}, {"expires_at", a.expiresAt}, {"notes", a.notes}});
                }
                j.update({{"kind", "vip.import"}, {"assignments", rows}});
                return true;
            },
            [&](const cmd::SetThrottleOverride& c) {
                j.update({{"kind", "throttle.override"},
                          {"level", nameOf(c.level)},
                          {"reason", c.reason},
                          {"expires_at", c.expiresAt}});
                return true;
            },
            [&](const cmd::ClearThrottleOverride& c) {
                j.update({{"kind", "throttle.clear"}, {"reason", c.reason}});
                return true;
            },
            [&](const cmd::PutVipTier& c) {
                j.update({{"kind", "vip_tier.put"}, {"name", c.name}, {"multiplier", c.multiplier}});
                return true;
            },
            [&](const cmd::RemoveVipTier& c) {
                j.update({{"kind", "vip_tier.remove"}, {"name", c.name}});
                return true;
            },
            [&](const cmd::SetPolicies& c) { return encodeSetting(j, ConfigJson::settingsFor(Command(c))); },
            [&](const cmd::SetReputationConfig& c) { return encodeSetting(j, ConfigJson::settingsFor(Command(c))); },
            [&](const cmd::SetAnomalyConfig& c) { return encodeSetting(j, ConfigJson::settingsFor(Command(c))); },
            [&](const cmd::PutFlag& c) {
                // As text: the definition keeps its strategies' parameters in their order.
                j.update({{"kind", "flag.put"}, {"flag", flags::writeFeature(c.flag)}});
                return true;
            },
            [&](const cmd::RemoveFlag& c) {
                j.update({{"kind", "flag.remove"}, {"name", c.name}});
                return true;
            },
            [&](const cmd::PutSegment& c) {
                j.update({{"kind", "segment.put"}, {"segment", flags::writeSegment(c.segment)}});
                return true;
            },
            [&](const cmd::RemoveSegment& c) {
                // "id" is the change's own, in the change log.
                j.update({{"kind", "segment.remove"}, {"segment_id", c.id}});
                return true;
            },
            [&](const cmd::ImportFlags& c) {
                // The file as the engine read it: every flag and segment, or none, on each engine.
                j.update({{"kind", "flags.import"},
                          {"features", flags::writeClientFeatures(c.flags)},
                          {"replace", c.replaceAll},
                          {"source", c.source}});
                return true;
            },
            [&](const cmd::SetFlagEnabled& c) {
                j.update({{"kind", "flag.enabled"}, {"name", c.name}, {"enabled", c.enabled}});
                return true;
            },
            [&](const cmd::SetFlagRollout& c) {
                j.update({{"kind", "flag.rollout"}, {"name", c.name}, {"percent", c.percent}});
                return true;
            },
            [&](const cmd::SetFlagKilled& c) {
                j.update({{"kind", "flag.killed"}, {"name", c.name}, {"killed", c.killed}, {"reason", c.reason}});
                return true;
            },
            // An engine's own alerts and inbox: made by the one engine named, never by every engine.
            [&](const cmd::AcknowledgeAlert& c) { return targeted(j, change, "alert.acknowledge", c.id); },
            [&](const cmd::ResolveAlert& c) { return targeted(j, change, "alert.resolve", c.id); },
            [&](const cmd::UndoAlertResponse& c) { return targeted(j, change, "alert.undo", c.id); },
            [&](const cmd::AcknowledgeNotification& c) {
                return targeted(j, change, "notification.acknowledge", c.id);
            },
            [&](const cmd::MarkNotificationsRead& c) {
                if (change.target.empty()) {
                    return false;
                }
                j.update({{"kind", "notifications.read"},
                          {"target", change.target},
                          {"ids", c.ids},
                          {"all", c.all},
                          {"recipient", c.recipient}});
                return true;
            },
            [](const auto&) { return false; }},
        change.command);
    return shared ? j.dump(-1, ' ', false, json::error_handler_t::replace) : std::string();
}

namespace {

// The changes made by one engine of the fleet alone: its alerts and its inbox.
bool decodeTargeted(const json& j, const std::string& kind, FleetChange& change)
{
    if (!textField(j, "target", kMaxText, change.target) || change.target.empty()) {
        return false;
    }
    std::uint64_t item = 0;
    if (kind == "notifications.read") {
        cmd::MarkNotificationsRead c;
        if (!j.contains("ids") || !j.at("ids").is_array() || j.at("ids").size() > kMaxReadIds || !j.contains("all") ||
            !j.at("all").is_boolean() || !textField(j, "recipient", kMaxText, c.recipient)) {
            return false;
        }
        for (const json& id : j.at("ids")) {
            if (!id.is_number_unsigned() || id.get<std::uint64_t>() > kMaxNotificationId) {
                return false;
            }
            c.ids.push_back(id.get<std::uint64_t>());
        }
        c.all = j.at("all").get<bool>();
        if (c.all == !c.ids.empty()) {
            return false;
        }
        c.actor = change.actor;
        change.command = std::move(c);
        return true;
    }
    if (!readId(j, "item", item)) {
        return false;
    }
    if (kind == "alert.acknowledge") {
        change.command = cmd::AcknowledgeAlert{item, change.actor};
    } else if (kind == "alert.resolve") {
        change.command = cmd::ResolveAlert{item, change.actor};
    } else if (kind == "alert.undo") {
        change.command = cmd::UndoAlertResponse{item, change.actor};
    } else if (kind == "notification.acknowledge" && item <= kMaxNotificationId) {
        change.command = cmd::AcknowledgeNotification{item, change.actor};
    } else {
        return false;
    }
    return true;
}

}  // namespace

std::optional<FleetChange> decodeFleetChange(std::string_view text)
{
    const json j = json::parse(text, nullptr, false);
    FleetChange change;
    std::string kind;
    if (!j.is_object() || !j.contains("v") || j.at("v") != 1 || !textField(j, "origin", kMaxText, change.origin) ||
        !textField(j, "actor", kMaxText, change.actor) || !textField(j, "kind", kMaxText, kind)) {
        return std::nullopt;
    }
    if ((j.contains("instance") && !textField(j, "instance", kMaxText, change.instance)) ||
        (j.contains("id") && (!textField(j, "id", kMaxText, change.id) || !streamEntryId(change.id)))) {
        return std::nullopt;
    }
    if (kind == "vip.assign") {
        cmd::AssignVip c;
        if (!textField(j, "key", kMaxText, c.key) || !textField(j, "tier", kMaxText, c.tier) ||
            !readTime(j, "expires_at", c.expiresAt) || !textField(j, "notes", kMaxText, c.notes)) {
            return std::nullopt;
        }
        c.assignedBy = change.actor;
        change.command = std::move(c);
    } else if (kind == "vip.import") {
        // One import, all or nothing on every engine as on the one it was made on.
        cmd::ImportVip c;
        const auto rows = j.find("assignments");
        if (rows == j.end() || !rows->is_array() || rows->empty() || rows->size() > kMaxImported) {
            return std::nullopt;
        }
        for (const json& row : *rows) {
            cmd::AssignVip a;
            if (!row.is_object() || !textField(row, "key", kMaxText, a.key) ||
                !textField(row, "tier", kMaxText, a.tier) || !readTime(row, "expires_at", a.expiresAt) ||
                !textField(row, "notes", kMaxText, a.notes)) {
                return std::nullopt;
            }
            a.assignedBy = change.actor;
            c.assignments.push_back(std::move(a));
        }
        change.command = std::move(c);
    } else if (kind == "vip.revoke") {
        cmd::RevokeVip c;
        if (!textField(j, "key", kMaxText, c.key)) {
            return std::nullopt;
        }
        change.command = std::move(c);
    } else if (kind == "throttle.override") {
        cmd::SetThrottleOverride c;
        std::string level;
        if (!textField(j, "level", kMaxText, level) || !parseThrottleLevel(level, c.level) ||
            !textField(j, "reason", kMaxText, c.reason) || !readTime(j, "expires_at", c.expiresAt)) {
            return std::nullopt;
        }
        c.actor = change.actor;
        change.command = std::move(c);
    } else if (kind == "throttle.clear") {
        cmd::ClearThrottleOverride c;
        if (!textField(j, "reason", kMaxText, c.reason)) {
            return std::nullopt;
        }
        c.actor = change.actor;
        change.command = std::move(c);
    } else if (kind == "vip_tier.put") {
        cmd::PutVipTier c;
        if (!textField(j, "name", kMaxText, c.name) || !j.contains("multiplier") || !j.at("multiplier").is_number() ||
            !std::isfinite(j.at("multiplier").get<double>())) {
            return std::nullopt;
        }
        c.multiplier = j.at("multiplier").get<double>();
        change.command = std::move(c);
    } else if (kind == "vip_tier.remove") {
        cmd::RemoveVipTier c;
        if (!textField(j, "name", kMaxText, c.name)) {
            return std::nullopt;
        }
        change.command = std::move(c);
    } else if (kind == "setting") {
        std::string name;
        if (!textField(j, "name", kMaxText, name) || !j.contains("value")) {
            return std::nullopt;
        }
        auto command = settingCommand(name, j.at("value").dump());
        if (!command) {
            return std::nullopt;
        }
        change.command = std::move(*command);
    } else if (kind == "flag.put" || kind == "segment.put") {
        // Read as the admin API read it on the engine it was made on: a definition another reader would refuse is
        // not a change.
        const bool flag = kind == "flag.put";
        const auto body = j.find(flag ? "flag" : "segment");
        if (body == j.end() || !body->is_string()) {
            return std::nullopt;
        }
        const auto& definition = body->get_ref<const std::string&>();
        if (flag) {
            flags::FlagRead read = flags::readFeature(definition);
            if (!read.flag) {
                return std::nullopt;
            }
            change.command = cmd::PutFlag{std::move(*read.flag), change.actor};
        } else {
            std::string error;
            auto segment = flags::readSegment(definition, error);
            if (!segment || segment->id <= 0) {
                return std::nullopt;
            }
            change.command = cmd::PutSegment{std::move(*segment), change.actor};
        }
    } else if (kind == "flags.import") {
        const auto features = j.find("features");
        const auto replace = j.find("replace");
        std::string source;
        if (features == j.end() || !features->is_string() || replace == j.end() || !replace->is_boolean() ||
            !textField(j, "source", kMaxText, source)) {
            return std::nullopt;
        }
        // Read as the admin API read it, and refused as the engine refuses a segment without an id.
        flags::FlagsRead read = flags::readClientFeatures(features->get_ref<const std::string&>());
        if (!read.flags || std::any_of(read.flags->segments.begin(), read.flags->segments.end(),
                                       [](const flags::Segment& s) { return s.id <= 0; })) {
            return std::nullopt;
        }
        change.command =
            cmd::ImportFlags{std::move(*read.flags), replace->get<bool>(), std::move(source), change.actor};
    } else if (kind == "flag.remove") {
        std::string name;
        if (!textField(j, "name", kMaxText, name)) {
            return std::nullopt;
        }
        change.command = cmd::RemoveFlag{std::move(name), change.actor};
    } else if (kind == "segment.remove") {
        const auto id = j.find("segment_id");
        if (id == j.end() || !id->is_number_integer() || id->get<std::int64_t>() <= 0 ||
            id->get<std::int64_t>() > std::numeric_limits<int>::max()) {
            return std::nullopt;
        }
        change.command = cmd::RemoveSegment{id->get<int>(), change.actor};
    } else if (kind == "flag.enabled" || kind == "flag.rollout" || kind == "flag.killed") {
        std::string name;
        if (!textField(j, "name", kMaxText, name)) {
            return std::nullopt;
        }
        if (kind == "flag.enabled" && j.contains("enabled") && j.at("enabled").is_boolean()) {
            change.command = cmd::SetFlagEnabled{name, j.at("enabled").get<bool>(), change.actor};
        } else if (kind == "flag.rollout" && j.contains("percent") && j.at("percent").is_number_integer() &&
                   j.at("percent").get<std::int64_t>() >= 0 && j.at("percent").get<std::int64_t>() <= 100) {
            change.command = cmd::SetFlagRollout{name, j.at("percent").get<int>(), change.actor};
        } else if (std::string reason; kind == "flag.killed" && j.contains("killed") && j.at("killed").is_boolean() &&
                                       textField(j, "reason", kMaxText, reason)) {
            change.command = cmd::SetFlagKilled{name, j.at("killed").get<bool>(), std::move(reason), change.actor};
        } else {
            return std::nullopt;
        }
    } else if (!decodeTargeted(j, kind, change)) {
        return std::nullopt;
    }
    return change;
}

bool sharedSetting(std::string_view name)
{
    // Not the notifications' settings: their channels are each host's (a CA file's path, an account, URLs that may
    // carry credentials).
    return name == kPoliciesSetting || name == kReputationSetting || name == kAnomalySetting;
}

std::optional<Command> settingCommand(const std::string& name, const std::string& value)
{
    EngineConfig config;
    if (!sharedSetting(name)) {
        return std::nullopt;
    }
    if (ConfigJson::applySetting(name, value, config)) {
        return std::nullopt;  // what is wrong with it
    }
    if (name == kPoliciesSetting) {
        return cmd::SetPolicies{config.policies};
    }
    if (name == kAnomalySetting) {
        return cmd::SetAnomalyConfig{config.anomaly};
    }
    return cmd::SetReputationConfig{config.reputation};
}

}  // namespace sluice::engine::redis
