// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "sim/Faults.h"
#include "sim/Scenario.h"
#include "sim/SimulationReport.h"
#include "vip/VipSetup.h"
#include "whatif/WhatIfTally.h"
#include "whatif/WhatIfTraffic.h"

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
    std::array<VipSetup, kSides> vip;  // each engine's VIP tiers and assignments, before any traffic
    sim::FaultSchedule faults;
    // A log to replay instead of the scenario's traffic (which then only names nothing): its requests at their own
    // times, as fast as the engines decide them. There is no modelled backend, so no load and no faults.
    std::optional<LogInput> log;
};

// A key whose outcome differs between A and B (a replayed log has no ground truth: this is its comparison).
struct KeyChange {
    std::string key;
    std::uint64_t requests = 0;
    std::array<std::uint64_t, kSides> denied{};
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
    // Replays only: the log, its lines read and rejected, the keys seen, how many were denied a different number of
    // times by A and B, and the most changed of them (by the difference, at most kTopKeyChanges).
    std::string log;
    std::uint64_t linesRead = 0;
    std::uint64_t linesRejected = 0;
    std::uint64_t keysSeen = 0;
    std::uint64_t keysChanged = 0;
    std::vector<KeyChange> keyChanges;
    static constexpr std::size_t kTopKeyChanges = 20;
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
