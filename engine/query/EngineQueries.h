// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "keys/KeyTable.h"
#include "keys/U64Map.h"
#include "query/KeyQuery.h"
#include "query/KeyView.h"
#include "reputation/ReputationTracker.h"
#include "vip/VipQuery.h"
#include "vip/VipRoster.h"

#include <optional>
#include <string_view>

namespace sluice::engine {

class FlagBook;
struct FlagPreview;
namespace flags {
struct FeatureFlag;
}

// What the console's questions are answered from: the engine lends its parts read-only for one query.
// Queries run on the engine thread between batches, so they scan without locks.
struct QuerySources {
    const EngineConfig& config;
    const KeyTable& keys;
    const U64Map<TimeNs>& routeStates;  // per-route limiter state of the keys (limiter/Policy.h: routeStateKey)
    const FlagBook& flags;
    const VipRoster& vip;
    const ReputationTracker& reputation;
    ThrottleLevel throttleLevel = ThrottleLevel::None;
    TimeNs now = 0;       // the latest time the engine has seen, from requests or from its caller
    TimeNs timersAt = 0;  // the latest time the engine ran its timers
};

KeyPage queryKeys(const QuerySources& from, const KeyQuery& query);
VipPage queryVip(const QuerySources& from, const VipQuery& query);
// Whether row `a` comes before row `b` on a page of `query`, in the order queryKeys and queryVip give: the pages
// of several engines (shard/EngineShards) merge into the page one engine would give.
bool keyRowBefore(const KeyQuery& query, const VipCatalog& catalog, const KeyRow& a, const KeyRow& b);
bool vipRowBefore(const VipQuery& query, const VipRow& a, const VipRow& b);
LimitBreakdown limitFor(const QuerySources& from, std::string_view key, std::string_view route);
// The key's state with its limit on `route`, and its limit on each route it holds limiter state for.
std::optional<KeyView> inspect(const QuerySources& from, std::string_view key, std::string_view route);
// The routes of the configured policies: the default route (empty) first, then the others as configured.
std::vector<std::string> policyRoutes(const QuerySources& from);
// A candidate flag (new or edited) evaluated over every key in the hot table with the other flags and segments
// in force: how many keys it would be on for, and their split over its variants (query/FlagQueries.cpp).
FlagPreview previewFlag(const QuerySources& from, const flags::FeatureFlag& candidate);

}  // namespace sluice::engine
