// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Time.h"

#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::http {

// The admin API's request bodies (JSON objects), read into the engine's commands with `actor` as the admin. An
// empty body is an empty object. Each throws JsonRead::Error whose message starts with the field at fault
// ("level: expected ...", "reason: required", "colour: unknown field").
cmd::SetThrottleOverride readOverrideBody(std::string_view body, TimeNs now, const std::string& actor);
cmd::ClearThrottleOverride readClearBody(std::string_view body, const std::string& actor);
cmd::AssignVip readAssignBody(std::string key, std::string_view body, const std::string& actor);
// {"multiplier": m}; the engine checks the range.
cmd::PutVipTier readTierBody(std::string name, std::string_view body);
// {"enabled": true|false}
cmd::SetFlagEnabled readFlagEnabledBody(std::string name, std::string_view body, const std::string& actor);
// {"percent": 0..100}
cmd::SetFlagRollout readRolloutBody(std::string name, std::string_view body, const std::string& actor);
// {"killed": true, "reason": "..."} (a reason is required to kill) or {"killed": false}.
cmd::SetFlagKilled readKillBody(std::string name, std::string_view body, const std::string& actor);
// One flag's whole definition, as `GET /api/flags/{name}` and a client-features file's "features" hold it. Its
// "name" may be left out; given, it must be `name`. Throws JsonRead::Error naming the field ("strategies[0].name:
// ..."); `warnings` gets the strategies and operators Sluice does not know (they evaluate to off).
cmd::PutFlag readFlagBody(std::string name, std::string_view body, const std::string& actor,
                          std::vector<std::string>& warnings);
// One segment, as a client-features file's "segments" hold it; its "id" may be left out, given it must be `id`.
cmd::PutSegment readSegmentBody(int id, std::string_view body, const std::string& actor);
// A segment's id from the path: a whole number from 1 to 2^31-1; throws JsonRead::Error on "id" otherwise.
int segmentIdOf(const std::string& text);
// {"ids": [1, 2]} or {"all": true, "recipient": "ops"} (recipient optional: every recipient).
cmd::MarkNotificationsRead readMarkReadBody(std::string_view body, const std::string& actor);
// The preferences as the settings file writes them; fields left out take their defaults.
cmd::SetNotifyPreferences readPreferencesBody(std::string recipient, std::string_view body);
// A whole setting (the policies array, the reputation object) as the settings file writes it, read over the
// defaults and checked by the engine's rules. Throws JsonRead::Error naming the field ("[0].limit: ...").
cmd::SetPolicies readPoliciesBody(std::string_view body);
cmd::SetReputationConfig readReputationBody(std::string_view body);
// Anomaly detection's settings and the notification channels' (no secrets: those stay in each host's keychain).
cmd::SetAnomalyConfig readAnomalyBody(std::string_view body);
cmd::SetNotifyConfig readNotifyBody(std::string_view body);

}  // namespace sluice::engine::http
