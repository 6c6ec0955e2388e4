// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Snapshot.h"
#include "runtime/SimulationDriver.h"

#include <array>
#include <string>
#include <vector>

namespace sluice::engine::sim {

struct ThrottleTransition {
    TimeNs at = 0;
    ThrottleLevel from = ThrottleLevel::None;
    ThrottleLevel to = ThrottleLevel::None;
    std::string reason;
};

struct ThrottleHistory {
    std::array<double, kThrottleLevelCount> secondsInLevel{};
    std::vector<ThrottleTransition> transitions;
};

// What a finished what-if run produced, as the JSON document `sluice simulate --report` writes.
struct SimulationSummary {
    std::string scenario;
    std::uint64_t seed = 0;
    double simulatedSeconds = 0;
    double wallSeconds = 0;
    ClassOutcomes outcomes{};
    std::array<std::uint64_t, kTrafficClassCount> keysPerClass{};
    Snapshot finalSnapshot;
    ThrottleHistory throttle;
};

std::string reportJson(const SimulationSummary& summary);

}  // namespace sluice::engine::sim
