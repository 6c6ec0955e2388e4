// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "store/StoreTypes.h"

#include <vector>

namespace sluice::engine {

// What the store must hold for an admin command to survive a restart.
std::vector<store::AdminChange> adminChangesFor(const Command& command, TimeNs now);

}  // namespace sluice::engine
