// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Time.h"
#include "store/StoreTypes.h"

namespace sluice::engine {

class EngineShards;

// The audit row of an admin command: its action, target, and the target's state before and after as compact
// JSON. Runs on the engine thread when the command is validated, so `before` is what the engine holds at
// that moment; the row is then written in the same transaction as the change.
store::AuditEntry auditEntryFor(const Command& command, const EngineShards& engine, const AdminContext& context,
                                TimeNs at);

}  // namespace sluice::engine
