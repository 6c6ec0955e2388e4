// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "sim/Faults.h"
#include "sim/Scenario.h"
#include "sim/SimulationReport.h"
#include "whatif/WhatIfTally.h"

#include <array>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace sluice::engine::whatif {

inline constexpr int kSides = 2;  // A, the configuration in force, and B, the edited copy

// One what-if question: the same traffic under two configurations, with the same faults injected into the
// modelled backend of both.
struct WhatIfSpec {
    sim::Scenario scenario;
    std::uint64_t seed = 1;
    TimeNs duration = 0;  // of virtual time; 0: the scenario's
    std::array<EngineConfig, kSides> configs;
    sim::FaultSchedule faults;
};

// What one configuration did.
struct SideResult {
    sim::SimulationSummary summary;  // per class, reputation at the end, throttle history, the final snapshot
    std::array<std::uint64_t, kReputationTierCount> deniedByTier{};
    std::array<std::uint64_t, kReputationTierCount> allowedByTier{};
    std::uint64_t vipDenied = 0;
    std::uint64_t vipAllowed = 0;
    std::vector<TimelinePoint> timeline;
    std::uint64_t alertsRaised = 0;
};

struct WhatIfResult {
    std::string scenario;
    std::uint64_t seed = 0;
    TimeNs start = 0;
    TimeNs duration = 0;
    TimeNs interval = 0;         // of a timeline point
    std::uint64_t requests = 0;  // each side judged these
    double wallSeconds = 0;
    sim::FaultSchedule faults;
    std::array<SideResult, kSides> sides;
};

// Progress and cancel for a run on another thread.
struct WhatIfControl {
    std::atomic<bool> cancel{false};
    std::atomic<double> progress{0};  // 0..1
};

// Runs both configurations on one generated traffic, each engine on a thread of its own, and waits. nullopt
// with `error` set when an engine cannot start; nullopt with `error` empty when cancelled.
std::optional<WhatIfResult> runWhatIf(const WhatIfSpec& spec, WhatIfControl& control, std::string& error);

}  // namespace sluice::engine::whatif
