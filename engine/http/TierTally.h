// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "snapshot/Snapshot.h"

#include <array>
#include <cstdint>

namespace sluice::engine::http {

// Decisions by reputation tier since the tally began, for counters that only ever grow. The engine counts by
// tier per second only (its rollups); this adds each second once it has closed, so it costs the hot path
// nothing. Fed at least once an hour (each scrape does), it misses no second the engine rolled up.
class TierTally final {
public:
    void add(const Snapshot& snapshot);
    std::uint64_t allowed(ReputationTier tier) const { return m_allowed[static_cast<int>(tier)]; }
    std::uint64_t denied(ReputationTier tier) const { return m_denied[static_cast<int>(tier)]; }

private:
    std::array<std::uint64_t, kReputationTierCount> m_allowed{};
    std::array<std::uint64_t, kReputationTierCount> m_denied{};
    std::uint32_t m_countedUpTo = 0;  // Unix second after the last one added
};

}  // namespace sluice::engine::http
