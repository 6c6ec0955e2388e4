// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "config/EngineConfig.h"

#include <vector>

namespace sluice::app {

// The admin commands that bring the engine's configuration `current` to `wanted` (a settings file read at start
// or on SIGHUP): one per part that differs, so a reload of an unchanged file changes and audits nothing.
// Parts no command sets (idle eviction, maintenance interval) take effect at the next start.
std::vector<engine::Command> commandsToReach(const engine::EngineConfig& wanted, const engine::EngineConfig& current);

// The same for anomaly detection's and the notifications' settings, `overCurrent` being the file read over `current`
// rather than over the defaults: a file with those sections sets what they say, and one without them leaves what the
// admin API set (the sections came later than the rest, and a server's inbox channels are often set only that way).
std::vector<engine::Command> sectionsToReach(const engine::EngineConfig& overCurrent,
                                             const engine::EngineConfig& current);

}  // namespace sluice::app
