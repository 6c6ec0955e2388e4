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

}  // namespace sluice::app
