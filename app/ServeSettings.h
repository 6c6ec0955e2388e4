// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "config/EngineConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace sluice::app {

// The admin commands that bring the engine's configuration `current` to `wanted` (a settings file read at start
// or on SIGHUP): one per part that differs, so a reload of an unchanged file changes and audits nothing.
// Parts no command sets (idle eviction, maintenance interval) take effect at the next start.
std::vector<engine::Command> commandsToReach(const engine::EngineConfig& wanted, const engine::EngineConfig& current);

// What a settings file's `text` asks of an engine whose configuration is `current`, into `out`; the file's problem,
// naming the field, when it does not read. The parts commandsToReach sets are read over the defaults, as they always
// were. Anomaly detection's and the notifications' sections are read over what the engine has: a file with them sets
// the fields they name, and one without them leaves what the admin API set (the sections came later than the rest,
// and a server's channels are often set only that way). The file is checked as the configuration it will leave.
std::optional<std::string> commandsOfFile(const std::string& text, const engine::EngineConfig& current,
                                          std::vector<engine::Command>& out);

}  // namespace sluice::app
