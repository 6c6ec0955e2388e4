// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Event.h"
#include "core/Time.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace sluice::engine {

class KeyTable;
struct Policy;

// "No timer pending", for a part's nextDue().
inline constexpr TimeNs kNever = std::numeric_limits<TimeNs>::max();

// What the engine lends a part while it runs the part's timers or commands. Parts keep no pointers into the
// engine, so an engine can be moved; everything shared is handed over for the length of one call.
struct PartContext {
    KeyTable& keys;
    EventBatch& events;
    TimeNs latest = 0;                              // the latest time the engine has seen
    std::uint64_t allowed = 0;                      // requests allowed since the engine started
    std::uint64_t denied = 0;                       // requests denied since the engine started
    bool ratesChanged = false;                      // set by a part when the effective rates must be rebuilt
    const std::vector<Policy>* policies = nullptr;  // the route policies, [0] the default
};

}  // namespace sluice::engine
