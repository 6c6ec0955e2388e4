// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/ClassOutcome.h"
#include "snapshot/Snapshot.h"
#include "throttle/AutoThrottle.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace sluice::engine::sim {

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
    ClassReputations reputationAtEnd{};
    // Just before the first ddos wave, when the run has one (seconds from the start).
    std::optional<ClassReputations> reputationBeforeAttack;
    std::int64_t attackAtS = 0;
    Snapshot finalSnapshot;
    ThrottleHistory throttle;
};

// Time in each level from the start up to `until`, and every period start after the first.
ThrottleHistory throttleHistory(const AutoThrottle& throttle, TimeNs until);

std::string reportJson(const SimulationSummary& summary);
// The report as a document, for reports that share its shape (a replayed log's).
nlohmann::ordered_json reportDocument(const SimulationSummary& summary);

}  // namespace sluice::engine::sim
