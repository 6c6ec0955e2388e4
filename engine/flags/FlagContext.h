// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::flags {

// Unleash's context: who asks. Views only, so the engine builds one per key without allocating; the caller
// keeps the strings alive for the evaluation.
struct FlagContext {
    std::string_view userId;
    std::string_view sessionId;
    std::string_view remoteAddress;
    std::string_view environment = "default";
    std::string_view appName;
    std::string_view hostname;          // what applicationHostname compares with
    std::optional<TimeNs> currentTime;  // for DATE_* constraints; nullopt = the wall clock
    std::vector<std::pair<std::string_view, std::string_view>> properties;  // other fields
    // What `random` stickiness and gradualRolloutRandom draw (1..100); nullopt = a fresh random number.
    std::optional<int> random;

    // A field by its Unleash name ("userId", "sessionId", ..., or a property); nullopt when not set.
    std::optional<std::string_view> field(std::string_view name) const;
};

}  // namespace sluice::engine::flags
