// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Time.h"

#include <string>
#include <string_view>

namespace sluice::engine::http {

// The admin API's request bodies (JSON objects), read into the engine's commands with `actor` as the admin. An
// empty body is an empty object. Each throws JsonRead::Error whose message starts with the field at fault
// ("level: expected ...", "reason: required", "colour: unknown field").
cmd::SetThrottleOverride readOverrideBody(std::string_view body, TimeNs now, const std::string& actor);
cmd::ClearThrottleOverride readClearBody(std::string_view body, const std::string& actor);
cmd::AssignVip readAssignBody(std::string key, std::string_view body, const std::string& actor);

}  // namespace sluice::engine::http
