// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "store/StoreTypes.h"

#include <vector>

namespace sluice::engine {

class EngineShards;

// What the store must hold for an admin command to survive a restart. `engine` is as the command finds it (an
// alert command writes the alert as the command leaves it); `now` is the engine's time, `wallNow` the clock's.
std::vector<store::AdminChange> adminChangesFor(const Command& command, const EngineShards& engine, TimeNs now,
                                                TimeNs wallNow);

}  // namespace sluice::engine
