// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyTypes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// One node of the shared store (a Redis server) as a snapshot shows it.
struct SharedNodeView {
    std::string address;  // "host:port"
    BreakerState breaker = BreakerState::Closed;
    bool master = false;
    std::uint64_t failures = 0;
    std::string lastError;
};

// The limiter several engines share (Redis), as a snapshot shows it. `configured` false: this engine decides alone.
struct SharedView {
    bool configured = false;
    std::string mode;  // "single", "cluster" or "unknown"
    // Some keys cannot reach their node: their requests are decided by their policy's failure rule.
    bool degraded = false;
    std::string lastError;
    std::vector<SharedNodeView> nodes;
    std::uint64_t decided = 0;     // requests the shared store decided (leased ones included)
    std::uint64_t leased = 0;      // of those, decided here from units leased earlier
    std::uint64_t failedOpen = 0;  // requests it could not decide, by the rule that decided them instead
    std::uint64_t failedClosed = 0;
    std::uint64_t failedLocal = 0;
    // Keys' scores kept with the fleet (reputation/SharedReputation.h), when they are.
    bool scoresShared = false;
    bool scoresListening = false;         // tier changes of other engines are heard now
    std::uint64_t scoreChanges = 0;       // changes the fleet made
    std::uint64_t scoreChangesAlone = 0;  // changes made here alone, because Redis could not take them
};

}  // namespace sluice::engine
