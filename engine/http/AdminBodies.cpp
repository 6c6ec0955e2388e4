// SPDX-License-Identifier: Apache-2.0
#include "http/AdminBodies.h"

#include "core/JsonRead.h"
#include "core/Tiers.h"
#include "flags/InstantText.h"

#include <nlohmann/json.hpp>

namespace sluice::engine::http {

namespace {

using json = nlohmann::json;

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

}  // namespace sluice::engine::http
