// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"
#include "core/FlagsView.h"
#include "core/NotifyView.h"
#include "core/SharedView.h"
#include "core/StoreHealth.h"
#include "core/ThrottleView.h"
#include "core/Tiers.h"
#include "core/Time.h"
#include "core/WatchView.h"
#include "rollup/RollupBucket.h"
#include "rollup/RouteCounts.h"
#include "rollup/TopDenied.h"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace sluice::engine {

inline constexpr int kHistogramBins = 20;

// An immutable picture of the engine, published about ten times a second. Readers share it read-only.
struct Snapshot {
    std::uint64_t sequence = 0;
    TimeNs at = 0;  // engine time
    std::uint64_t requests = 0;
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
    std::uint64_t activeKeys = 0;   // keys in the hot table
    std::uint64_t dormantKeys = 0;  // evicted keys whose non-neutral reputation is kept compactly
    std::uint64_t vipAssignments = 0;
    std::array<std::uint64_t, kReputationTierCount> tierCounts{};
    std::array<std::uint64_t, kHistogramBins> histogram{};  // active keys by score, 5 points per bin
    float flaggedBelow = 20.0F;                             // the reputation tier thresholds in force
    float trustedAbove = 80.0F;
    std::vector<RouteDecisions> routeDecisions;  // by route policy since the start: they add up to allowed, denied
    std::vector<RollupBucket> lastHourBySecond;
    std::vector<RollupBucket> lastDayByMinute;
    std::vector<RollupBucket> lastWeekByTenMinutes;
    std::vector<TopDeniedEntry> topDenied;
    ThrottleView throttle;
    std::uint64_t memoryBytes = 0;
    StoreHealth store;                           // whether history reaches the database, and what waits or was lost
    WatchView watch;                             // a watching console's database: how recent the state shown is
    std::shared_ptr<const AnomalyView> anomaly;  // never null in a published snapshot; shared while unchanged
    NotifyView notify;                           // notification delivery: queue, spills, channels and breakers
    std::shared_ptr<const FlagsView> flags;      // never null in a published snapshot; shared while unchanged
    SharedView shared;                           // the limiter shared with other engines (Redis), when there is one
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

}  // namespace sluice::engine
