// SPDX-License-Identifier: Apache-2.0
#include "http/AdminBodies.h"

#include "config/ConfigJson.h"
#include "config/NotifyConfigJson.h"
#include "core/JsonRead.h"
#include "core/NotifyTypes.h"
#include "core/Tiers.h"
#include "flagbook/FlagChanges.h"
#include "flags/FlagsJson.h"
#include "flags/InstantText.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace sluice::engine::http {

using json = nlohmann::json;

namespace {

constexpr std::size_t kMaxTextBytes = 500;

json objectOf(std::string_view body, std::initializer_list<const char*> allowed)
{
    json j = body.empty() ? json::object() : JsonRead::parse(body, "");
    JsonRead::requireObject(j, "", allowed);
    return j;
}

std::string text(const json& body, const char* name, bool required)
{
    if (!body.contains(name)) {
        if (required) {
            JsonRead::fail(name, "required");
        }
        return {};
    }
    return JsonRead::text(body.at(name), name, kMaxTextBytes, !required);
}

// Reads one engine setting over the defaults. ConfigJson's messages start "setting <name>"; the API names the field
// from the body's root instead.
// The readers the API shares with files name fields from their own root ("setting engine.policies[0].limit: ...",
// "feature.strategies[0]..."); the API names them from the body's ("[0].limit: ...", "strategies[0]...").
std::string fromBodyRoot(std::string message, std::string_view root)
{
    if (message.starts_with(root)) {
        message.erase(0, root.size());
        if (message.starts_with(": ")) {
            message.erase(0, 2);
        } else if (message.starts_with('.')) {
            message.erase(0, 1);
        }
    }
    return message;
}

EngineConfig readSetting(const std::string& name, std::string_view body)
{
    EngineConfig config;
    if (auto error = ConfigJson::applySetting(name, std::string(body), config)) {
        JsonRead::fail("", fromBodyRoot(*error, "setting " + name));
    }
    return config;
}

}  // namespace

cmd::SetThrottleOverride readOverrideBody(std::string_view body, TimeNs now, const std::string& actor)
{
    const json j = objectOf(body, {"level", "reason", "duration_s"});
    cmd::SetThrottleOverride c;
    const std::string level = text(j, "level", true);
    if (!parseThrottleLevel(level, c.level)) {
        JsonRead::fail("level", "expected none, low, medium, high or critical, not \"" + level + "\"");
    }
    c.reason = text(j, "reason", true);
    const std::int64_t duration =
        j.contains("duration_s") ? JsonRead::whole(j.at("duration_s"), "duration_s", 0, 30 * 86400) : 0;
    c.expiresAt = duration == 0 ? 0 : now + duration * kNsPerSec;
    c.actor = actor;
    return c;
}

cmd::ClearThrottleOverride readClearBody(std::string_view body, const std::string& actor)
{
    const json j = objectOf(body, {"reason"});
    return cmd::ClearThrottleOverride{actor, text(j, "reason", false)};
}

cmd::AssignVip readAssignBody(std::string key, std::string_view body, const std::string& actor)
{
    const json j = objectOf(body, {"tier", "expires_at", "notes"});
    cmd::AssignVip c;
    c.key = std::move(key);
    c.tier = text(j, "tier", true);
    if (j.contains("expires_at") && !j.at("expires_at").is_null()) {
        const std::string when = JsonRead::text(j.at("expires_at"), "expires_at", 64, false);
        const auto instant = flags::readInstantText(when);
        if (!instant) {
            JsonRead::fail("expires_at", "expected an RFC 3339 time such as 2027-01-31T00:00:00Z, or null");
        }
        c.expiresAt = *instant;
    }
    c.notes = text(j, "notes", false);
    c.assignedBy = actor;
    return c;
}

cmd::PutVipTier readTierBody(std::string name, std::string_view body)
{
    const json j = objectOf(body, {"multiplier"});
    if (!j.contains("multiplier")) {
        JsonRead::fail("multiplier", "required");
    }
    return cmd::PutVipTier{std::move(name), JsonRead::number(j.at("multiplier"), "multiplier", 0, 1e6)};
}

cmd::SetFlagEnabled readFlagEnabledBody(std::string name, std::string_view body, const std::string& actor)
{
    const json j = objectOf(body, {"enabled"});
    if (!j.contains("enabled")) {
        JsonRead::fail("enabled", "required");
    }
    return cmd::SetFlagEnabled{std::move(name), JsonRead::boolean(j.at("enabled"), "enabled"), actor};
}

cmd::SetFlagRollout readRolloutBody(std::string name, std::string_view body, const std::string& actor)
{
    const json j = objectOf(body, {"percent"});
    if (!j.contains("percent")) {
        JsonRead::fail("percent", "required");
    }
    return cmd::SetFlagRollout{std::move(name), static_cast<int>(JsonRead::whole(j.at("percent"), "percent", 0, 100)),
                               actor};
}

cmd::SetFlagKilled readKillBody(std::string name, std::string_view body, const std::string& actor)
{
    const json j = objectOf(body, {"killed", "reason"});
    if (!j.contains("killed")) {
        JsonRead::fail("killed", "required");
    }
    cmd::SetFlagKilled c{std::move(name), JsonRead::boolean(j.at("killed"), "killed"), {}, actor};
    c.reason = j.contains("reason") ? JsonRead::text(j.at("reason"), "reason", 500, true) : std::string();
    if (c.killed && c.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        JsonRead::fail("reason", "required to kill a flag: every engine's audit log keeps it");
    }
    return c;
}

namespace {

// The body as an object whose `field` is `expected` (set when absent); throws naming `field` when it differs. Read
// in order, so a definition's strategies keep their parameters' order.
std::string withField(std::string_view body, const char* field, const nlohmann::ordered_json& expected,
                      const char* where)
{
    (void)JsonRead::parse(body, "");  // a syntax error said with its line and column
    auto j = nlohmann::ordered_json::parse(body, nullptr, false);
    if (!j.is_object()) {
        JsonRead::fail("", "expected an object");
    }
    const auto replace = nlohmann::ordered_json::error_handler_t::replace;
    if (!j.contains(field)) {
        j[field] = expected;
    } else if (j.at(field) != expected) {
        JsonRead::fail(field, std::string("must be the ") + where + "'s, " + expected.dump(-1, ' ', false, replace) +
                                  ", as in the path");
    }
    return j.dump(-1, ' ', false, replace);
}

}  // namespace

cmd::PutFlag readFlagBody(std::string name, std::string_view body, const std::string& actor,
                          std::vector<std::string>& warnings)
{
    flags::FlagRead read = flags::readFeature(withField(body, "name", nlohmann::ordered_json(name), "flag"));
    if (!read.flag) {
        JsonRead::fail("", fromBodyRoot(std::move(read.error), "feature"));
    }
    warnings.clear();
    for (std::string& w : read.warnings) {
        warnings.push_back(fromBodyRoot(std::move(w), "feature"));
    }
    // The engine gives a built-in flag its own effect whatever the body says; the answer says so rather than keep
    // quiet.
    if (isBuiltInFlag(read.flag->name) && read.flag->effect.kind != flags::EffectKind::Feature) {
        warnings.push_back("sluice.effect: " + read.flag->name +
                           " is built in, so it keeps its own effect (kind \"feature\"); the one given is not used");
    }
    return cmd::PutFlag{std::move(*read.flag), actor};
}

cmd::PutSegment readSegmentBody(int id, std::string_view body, const std::string& actor)
{
    std::string error;
    auto segment = flags::readSegment(withField(body, "id", nlohmann::ordered_json(id), "segment"), error);
    if (!segment) {
        JsonRead::fail("", fromBodyRoot(std::move(error), "segment"));
    }
    return cmd::PutSegment{std::move(*segment), actor};
}

int segmentIdOf(const std::string& text)
{
    int id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id < 1) {
        JsonRead::fail("id", "a segment's id is a whole number from 1 to 2147483647, not '" + text + "'");
    }
    return id;
}

cmd::MarkNotificationsRead readMarkReadBody(std::string_view body, const std::string& actor)
{
    const json j = objectOf(body, {"ids", "all", "recipient"});
    cmd::MarkNotificationsRead c;
    c.actor = actor;
    c.all = j.contains("all") && JsonRead::boolean(j.at("all"), "all");
    c.recipient = text(j, "recipient", false);
    if (j.contains("ids")) {
        const json& ids = j.at("ids");
        if (!ids.is_array() || ids.size() > 1000) {
            JsonRead::fail("ids", "expected a list of at most 1000 notification ids");
        }
        for (std::size_t i = 0; i < ids.size(); ++i) {
            c.ids.push_back(static_cast<std::uint64_t>(JsonRead::whole(ids[i], JsonRead::index("ids", i), 1, 9e15)));
        }
    }
    if (c.all == !c.ids.empty()) {
        JsonRead::fail("ids", "give either ids or \"all\": true");
    }
    return c;
}

cmd::SetNotifyPreferences readPreferencesBody(std::string recipient, std::string_view body)
{
    const json j = body.empty() ? json::object() : JsonRead::parse(body, "");
    const bool ops = recipient == kOpsRecipient;
    return cmd::SetNotifyPreferences{std::move(recipient), decodePreferences(j, "", defaultPreferences(ops))};
}

cmd::SetPolicies readPoliciesBody(std::string_view body) { return {readSetting("engine.policies", body).policies}; }

cmd::SetReputationConfig readReputationBody(std::string_view body)
{
    return {readSetting("engine.reputation", body).reputation};
}

cmd::SetAnomalyConfig readAnomalyBody(std::string_view body) { return {readSetting("engine.anomaly", body).anomaly}; }

cmd::SetNotifyConfig readNotifyBody(std::string_view body) { return {readSetting("engine.notify", body).notify}; }

}  // namespace sluice::engine::http
