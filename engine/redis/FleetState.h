// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Time.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine {
class EngineShards;
}

namespace sluice::engine::redis {

struct FleetChange;

// The fleet's standing state, kept in Redis beside its change log: what every shared admin change leaves behind.
// The change log says what happened lately; the state says where it led, so an engine that joins the fleet, or
// one that was away for longer than the log keeps, starts from the fleet's state instead of from nothing.
//
// Two hashes: `{prefix:changelog}:vip` (key -> assignment, or revoked) and `{prefix:changelog}:settings` (VIP tiers,
// the policies, the reputation settings, the throttle override, flags' and segments' definitions, and flags'
// switches, rollouts and kill switches, one field each). A revocation, a tier, flag or segment removed and an
// override cleared are kept as such, so an engine that was away takes them too. Putting or removing a flag's
// definition removes its switch fields: the definition says where the switches are until they move again. The braces
// put the hashes in the change log's hash slot, so one script appends a change and edits the state at once.
//
// `FlagsKept` is not a hash but an edit of the settings hash for an import that replaces every flag: each flag
// definition there whose name is not in `field` (a JSON array of names) is marked removed with `value`, and its
// switch fields go. Which flags the fleet holds is known only to the script, which reads them where it edits them.
enum class StateHash : std::uint8_t { Vip = 0, Settings = 1, FlagsKept = 2 };

// One field a change sets (`value`) or removes (nullopt).
struct StateEdit {
    StateHash hash = StateHash::Settings;
    std::string field;
    std::optional<std::string> value;
};

// What `change` does to the state; empty for a change the fleet does not share. `madeAt` (engine time, 0 = unknown)
// is kept with a flag's switch: a schedule entry of the flag that fires after it wins over it.
std::vector<StateEdit> stateEditsOf(const FleetChange& change, TimeNs madeAt = 0);
// The edits as the script that applies them reads them: [[hash, field, value?], ...].
std::string encodeStateEdits(const std::vector<StateEdit>& edits);

// The state as read from Redis.
struct FleetState {
    std::vector<std::pair<std::string, std::string>> vip;       // key -> assignment
    std::vector<std::pair<std::string, std::string>> settings;  // field -> value
};

// The commands that make the state on an engine, in the order they must be made (tiers and segments before what
// uses them, a flag after the flags it depends on; the assignments as one import; revocations, flags removed, then
// the segments and tiers removed, last). Assignments and an
// override that expired by `now` are left out, and so are fields that are not a state Sluice writes (counted in
// `unreadable`).
struct StateCommands {
    std::vector<Command> commands;
    std::size_t unreadable = 0;
};
StateCommands commandsOfState(const FleetState& state, TimeNs now);

// Of `commands`, those that would change something on `engine`: what it has already (the same tier, assignment,
// setting, switch or override) is left out, so an engine in step with its fleet makes nothing and audits nothing.
// A flag's definition counts as the same when it differs only in what the engine moved by itself since (a
// schedule's or plan's switch and rollout, the plan's progress, schedule entries applied).
// Also left out: a flag's switch or rollout when the engine moves them itself (a schedule or a rollout plan) or
// will not have such a flag (made before the fleet shared definitions, on some engines only), clearing an override the
// engine's own anomaly response set, and an assignment to a tier the engine will not have (it would refuse the whole
// import). `withoutTier`, when given, counts the assignments left out for their tier, for the log.
std::vector<Command> missingOn(std::vector<Command> commands, const EngineShards& engine,
                               std::size_t* withoutTier = nullptr);

}  // namespace sluice::engine::redis
