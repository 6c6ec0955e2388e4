// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sluice::engine::redis {

// An admin change as it travels between the engines of a fleet: who made it, on which engine, and the command.
struct FleetChange {
    std::string origin;  // the engine it was made on (host:pid)
    std::string actor;   // the admin (an API token's name)
    Command command;
    std::string instance;  // the same engine across restarts (host and database); empty from older engines
    std::string id;        // its entry in the fleet's change log, once logged ("<ms>-<seq>")
    // The one engine (host:pid) that makes it: a change to that engine's own alerts or inbox, whose ids are its own.
    // Empty: every engine but the origin makes it.
    std::string target;
};

// The changes a fleet shares as JSON: VIP assignments, imports and revocations, VIP tiers, the policies, the
// reputation settings and anomaly detection's (each replaced whole), the throttle
// override and its clearing, flags' and segments' definitions (put whole, or removed), and a flag's switch, rollout and
// kill switch; and, for one engine named as the target, acknowledging or resolving one of its alerts, and acknowledging
// or marking read its notifications. `encodeFleetChange` is empty for a command the fleet does not share (an alert's or
// a notification's without a target); `decodeFleetChange` is nullopt for text that is not such a change (from another
// program on the channel, or a newer Sluice).
std::string encodeFleetChange(const FleetChange& change);
std::optional<FleetChange> decodeFleetChange(std::string_view text);

// The engine settings a fleet shares, by their settings rows' names.
inline constexpr const char* kPoliciesSetting = "engine.policies";
inline constexpr const char* kReputationSetting = "engine.reputation";
inline constexpr const char* kAnomalySetting = "engine.anomaly";
// Whether `name` is one of them.
bool sharedSetting(std::string_view name);
// The command that replaces setting `name` with `value` (its settings row's JSON); nullopt when `name` is not one
// the fleet shares or `value` is not a valid one.
std::optional<Command> settingCommand(const std::string& name, const std::string& value);

// A change-log entry id "<ms>-<seq>" as a pair that orders as Redis orders them; nullopt when it is not one.
std::optional<std::pair<std::uint64_t, std::uint64_t>> streamEntryId(std::string_view id);
// Whether change-log entry `id` is at or before `cursor` (both "<ms>-<seq>"); false when either is not an id.
bool changeReached(std::string_view id, std::string_view cursor);

}  // namespace sluice::engine::redis
