// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "sim/ClassOutcome.h"
#include "traffic/RequestBatch.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sluice::engine::whatif {

// Legitimate clients are the ones a limit must let through; the rest are the ones it exists to stop.
constexpr bool isLegitimate(sim::TrafficClass c)
{
    return c == sim::TrafficClass::Normal || c == sim::TrafficClass::Bursty || c == sim::TrafficClass::Heavy;
}

// One interval of a run's timeline.
struct TimelinePoint {
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
    std::uint64_t legitimateDenied = 0;
    std::uint64_t abusiveAllowed = 0;
};

// What one configuration did with the run's traffic, counted from the decided batches: per traffic class (the
// ground truth the simulator tags), per reputation tier and VIP, and over time.
class WhatIfTally final {
public:
    // `intervalNs`: the width of one timeline point, from `start` on.
    WhatIfTally(TimeNs start, TimeNs duration, TimeNs intervalNs);

    void add(const RequestBatch& decided);

    // Also counts requests and denials per key: for a replayed log, which has no traffic classes, the comparison
    // is by key. Off by default (a lookup per request).
    void countKeys() { m_countKeys = true; }
    struct KeyCount {
        std::uint64_t requests = 0;
        std::uint64_t denied = 0;
    };
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
    };
    using KeyCounts = std::unordered_map<std::string, KeyCount, KeyHash, std::equal_to<>>;
    KeyCounts takeKeys() { return std::move(m_keys); }

    const sim::ClassOutcomes& outcomes() const { return m_outcomes; }
    const std::array<std::uint64_t, kReputationTierCount>& deniedByTier() const { return m_deniedByTier; }
    const std::array<std::uint64_t, kReputationTierCount>& allowedByTier() const { return m_allowedByTier; }
    std::uint64_t vipDenied() const { return m_vipDenied; }
    std::uint64_t vipAllowed() const { return m_vipAllowed; }
    const std::vector<TimelinePoint>& timeline() const { return m_timeline; }
    TimeNs interval() const { return m_interval; }

    // A timeline point every nice interval (1 s, 10 s, 1 min, 5 min, ... 1 day) giving at most `points` points.
    static TimeNs intervalFor(TimeNs duration, std::size_t points = 720);

private:
    void tallyKeys(const RequestBatch& decided, std::size_t n);

    TimeNs m_start;
    TimeNs m_interval;
    sim::ClassOutcomes m_outcomes{};
    std::array<std::uint64_t, kReputationTierCount> m_deniedByTier{};
    std::array<std::uint64_t, kReputationTierCount> m_allowedByTier{};
    std::uint64_t m_vipDenied = 0;
    std::uint64_t m_vipAllowed = 0;
    std::vector<TimelinePoint> m_timeline;
    bool m_countKeys = false;
    KeyCounts m_keys;
};

}  // namespace sluice::engine::whatif
