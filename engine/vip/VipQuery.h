// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sluice::engine {

enum class VipSort : std::uint8_t { Key, Tier, Multiplier, EffectiveLimit, ExpiresAt, AssignedAt };

// One page of the VIP assignments, filtered and sorted on the engine thread.
struct VipQuery {
    std::string contains;                  // substring of the key, the tier or the notes; empty matches all
    std::optional<TimeNs> expiringWithin;  // only assignments that end within this long from the engine's now
    VipSort sort = VipSort::Key;
    bool descending = false;
    std::size_t offset = 0;
    std::size_t limit = 500;
    std::string route;  // the route whose policy the effective limits are for; empty: the default route
};

struct VipRow {
    std::string key;
    std::string tier;
    double multiplier = 1.0;
    std::uint32_t effectiveLimit = 0;  // on the query's route, as the key would be decided now
    TimeNs limitPeriod = 0;
    TimeNs expiresAt = 0;  // 0 = never
    std::string notes;
    std::string assignedBy;
    TimeNs assignedAt = 0;
};

struct VipTierUsage {
    std::string name;
    double multiplier = 1.0;
    std::uint64_t keys = 0;  // assignments using the tier
};

struct VipPage {
    std::uint64_t totalMatching = 0;
    std::uint64_t totalAssignments = 0;
    std::size_t offset = 0;
    std::vector<VipRow> rows;
    std::vector<VipTierUsage> tiers;  // the whole catalog, by multiplier (bronze before gold), then by name
    std::vector<std::string> routes;  // the routes of the configured policies, the default route (empty) first
    TimeNs now = 0;                   // the engine time the page was taken at
    TimeNs expiringLead = 0;          // when vip_expiring is raised before an expiry
};

}  // namespace sluice::engine
