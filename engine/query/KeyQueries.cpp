// SPDX-License-Identifier: Apache-2.0
// Paged queries over the key table for the console, and one key's state. A page of a million keys costs one
// pass plus a partial sort, not a full sort.
#include "query/EngineQueries.h"

#include "flagbook/FlagBook.h"
#include "limiter/RateTable.h"
#include "query/NaturalOrder.h"

#include <algorithm>
#include <array>
#include <bit>

namespace sluice::engine {

namespace {
struct Candidate {
    double order;          // the sort column as a number
    std::uint64_t prefix;  // the key's first 8 bytes, big-endian: most ties end here without touching the key
    std::uint32_t index;
    std::uint8_t firstDigit;  // where the key's first digit is within the prefix (8: none there)
};

constexpr std::size_t kPrefixBytes = 8;

std::uint64_t prefixOf(std::string_view key)
{
    std::uint64_t p = 0;
    for (std::size_t i = 0; i < kPrefixBytes; ++i) {
        p = (p << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0U);
    }
    return p;
}

std::uint8_t firstDigitOf(std::string_view key)
{
    const std::size_t n = std::min(key.size(), kPrefixBytes);
    for (std::size_t i = 0; i < n; ++i) {
        if (isAsciiDigit(key[i])) {
            return static_cast<std::uint8_t>(i);
        }
    }
    return kPrefixBytes;
}

// Natural key order (query/NaturalOrder.h). When the prefixes differ before either key's first digit, the
// bytes decide, as they would in the natural order: only keys alike up to a number are compared in full.
bool keyLess(const KeyTable& keys, const Candidate& a, const Candidate& b)
{
    if (a.prefix != b.prefix) {
        const auto differsAt = static_cast<std::size_t>(std::countl_zero(a.prefix ^ b.prefix) / 8);
        if (differsAt < std::min(a.firstDigit, b.firstDigit)) {
            return a.prefix < b.prefix;
        }
    }
    return naturalLess(keys.keyOf(a.index), keys.keyOf(b.index));
}

using VipOrder = std::array<double, kMaxVipTiers + 1>;

double orderOf(KeySort sort, const KeyRecord& r, const VipOrder& vip)
{
    switch (sort) {
    case KeySort::Vip:
        return r.vipTier < vip.size() ? vip[r.vipTier] : 0;
    case KeySort::Score:
        return r.score;
    case KeySort::Allowed:
        return r.allowed;
    case KeySort::Denied:
        return r.denied;
    case KeySort::LastSeen:
        return r.lastSeenSec;
    case KeySort::Key:
        return 0;
    }
    return 0;
}
}  // namespace

bool keyRowBefore(const KeyQuery& query, const VipCatalog& catalog, const KeyRow& a, const KeyRow& b)
{
    // The order of the candidates below, from the rows: the VIP order by the tier's multiplier (none: 0).
    const auto orderOfRow = [&](const KeyRow& row) -> double {
        switch (query.sort) {
        case KeySort::Vip: {
            const auto index = row.vipTier.empty() ? std::nullopt : catalog.indexOf(row.vipTier);
            const VipTier* tier = index ? catalog.at(*index) : nullptr;
            return tier != nullptr ? tier->multiplier : 0;
        }
        case KeySort::Score:
            return row.score;
        case KeySort::Allowed:
            return row.allowed;
        case KeySort::Denied:
            return row.denied;
        case KeySort::LastSeen:
            return static_cast<double>(row.lastSeen);
        case KeySort::Key:
            return 0;
        }
        return 0;
    };
    if (query.sort == KeySort::Key) {
        return query.descending ? naturalLess(b.key, a.key) : naturalLess(a.key, b.key);
    }
    const double x = orderOfRow(a);
    const double y = orderOfRow(b);
    if (x != y) {
        return query.descending ? x > y : x < y;
    }
    return naturalLess(a.key, b.key);
}

KeyPage queryKeys(const QuerySources& from, const KeyQuery& query)
{
    VipOrder vipOrder{};
    for (int t = 1; t <= kMaxVipTiers; ++t) {
        if (const VipTier* v = from.vip.catalog().at(t)) {
            vipOrder[static_cast<std::size_t>(t)] = v->multiplier;
        }
    }
    std::vector<Candidate> matches;
    matches.reserve(from.keys.size());
    from.keys.forEachLive([&](std::uint32_t index, const KeyRecord& r) {
        if (query.tier && static_cast<ReputationTier>(r.tier) != *query.tier) {
            return;
        }
        if (!query.contains.empty() && from.keys.keyOf(index).find(query.contains) == std::string_view::npos) {
            return;
        }
        const std::string_view key = from.keys.keyOf(index);
        matches.push_back(Candidate{orderOf(query.sort, r, vipOrder), prefixOf(key), index, firstDigitOf(key)});
    });

    KeyPage page;
    page.totalMatching = matches.size();
    page.offset = std::min(query.offset, matches.size());
    const std::size_t end = std::min(matches.size(), page.offset + query.limit);
    const auto less = [&](const Candidate& a, const Candidate& b) {
        if (query.sort == KeySort::Key) {
            return query.descending ? keyLess(from.keys, b, a) : keyLess(from.keys, a, b);
        }
        if (a.order != b.order) {
            return query.descending ? a.order > b.order : a.order < b.order;
        }
        return keyLess(from.keys, a, b);
    };
    if (page.offset < end) {
        std::nth_element(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(page.offset), matches.end(),
                         less);
        std::partial_sort(matches.begin() + static_cast<std::ptrdiff_t>(page.offset),
                          matches.begin() + static_cast<std::ptrdiff_t>(end), matches.end(), less);
    }
    for (std::size_t i = page.offset; i < end; ++i) {
        const KeyRecord& r = from.keys.record(matches[i].index);
        KeyRow row;
        row.key = std::string(from.keys.keyOf(matches[i].index));
        row.score = r.score;
        row.tier = static_cast<ReputationTier>(r.tier);
        if (const VipTier* v = from.vip.catalog().at(r.vipTier)) {
            row.vipTier = v->name;
        }
        row.allowed = r.allowed;
        row.denied = r.denied;
        row.lastSeen = fromUnixSec(r.lastSeenSec);
        page.rows.push_back(std::move(row));
    }
    return page;
}

LimitBreakdown limitFor(const QuerySources& from, std::string_view key, std::string_view route)
{
    LimitBreakdown b;
    const Policy& policy = from.config.policies[policyIndex(from.config.policies, route)];
    b.baseLimit = policy.limit;
    b.period = policy.period;
    const std::string_view clamped = key.substr(0, KeyTable::kMaxKeyBytes);
    const std::uint32_t index = from.keys.find(clamped, KeyTable::hash(clamped));
    ReputationTier tier = from.reputation.rules().tierOf(from.config.reputation.initialScore);
    int vip = 0;
    std::uint8_t features = 0;
    if (index != KeyTable::kNone) {
        const KeyRecord& r = from.keys.record(index);
        tier = static_cast<ReputationTier>(r.tier);
        vip = r.vipTier != 0 ? r.vipTier : r.flagVipTier;
        features = r.flags;
    } else {
        const KeyFlags resolved = from.flags.resolve(clamped);
        features = resolved.features;
        vip = resolved.vipTier;
        if (const VipRoster::Assignment* a = from.vip.find(clamped)) {
            vip = a->tierIndex;
        }
    }
    if ((features & KeyRecord::kReputationOn) != 0) {
        b.reputationMultiplier = from.config.reputation.tierMultipliers[static_cast<int>(tier)];
    }
    if (const VipTier* v = from.vip.catalog().at(vip)) {
        b.vipMultiplier = v->multiplier;
    }
    if ((features & KeyRecord::kThrottleOn) != 0) {
        b.throttleMultiplier = throttleMultiplier(from.throttleLevel);
    }
    b.effectiveLimit =
        RateTable::compute(policy, b.reputationMultiplier * b.vipMultiplier * b.throttleMultiplier).limit;
    return b;
}

namespace {
std::vector<RouteLimit> routesOf(const QuerySources& from, std::string_view key, std::uint64_t hash)
{
    std::vector<RouteLimit> routes;
    const std::uint32_t index = from.keys.find(key, hash);
    const bool onDefault = index != KeyTable::kNone && from.keys.record(index).tat != 0;
    for (std::uint32_t p = 0; p < from.config.policies.size(); ++p) {
        const bool used = p == 0 ? onDefault : from.routeStates.find(routeStateKey(hash, p)) != nullptr;
        if (used) {
            const std::string& route = from.config.policies[p].route;
            routes.push_back(RouteLimit{p == 0 ? std::string() : route, limitFor(from, key, route)});
        }
    }
    if (routes.empty()) {
        routes.push_back(RouteLimit{std::string(), limitFor(from, key, {})});
    }
    return routes;
}
}  // namespace

std::vector<std::string> policyRoutes(const QuerySources& from)
{
    std::vector<std::string> routes{std::string()};
    for (std::size_t p = 1; p < from.config.policies.size(); ++p) {
        routes.push_back(from.config.policies[p].route);
    }
    return routes;
}

std::optional<KeyView> inspect(const QuerySources& from, std::string_view key, std::string_view route)
{
    const std::string_view clamped = key.substr(0, KeyTable::kMaxKeyBytes);
    const std::uint64_t hash = KeyTable::hash(clamped);
    KeyView v;
    v.key = std::string(clamped);
    v.limit = limitFor(from, clamped, route);
    v.routes = routesOf(from, clamped, hash);
    const VipRoster::Assignment* vip = from.vip.find(clamped);
    if (vip != nullptr) {
        if (const VipTier* t = from.vip.catalog().at(vip->tierIndex)) {
            v.vipTier = t->name;
        }
        v.vipExpiresAt = vip->expiresAt;
    }
    const std::uint32_t index = from.keys.find(clamped, hash);
    if (index != KeyTable::kNone) {
        const KeyRecord& r = from.keys.record(index);
        v.active = true;
        v.score = r.score;
        v.tier = static_cast<ReputationTier>(r.tier);
        v.allowed = r.allowed;
        v.denied = r.denied;
        v.lastSeen = fromUnixSec(r.lastSeenSec);
        v.reputationApplies = (r.flags & KeyRecord::kReputationOn) != 0;
        v.throttleApplies = (r.flags & KeyRecord::kThrottleOn) != 0;
        return v;
    }
    if (const std::optional<float> dormant = from.reputation.dormantScore(hash, from.timersAt)) {
        v.score = *dormant;
        v.tier = from.reputation.rules().tierOf(v.score);
        return v;
    }
    if (vip != nullptr) {
        return v;
    }
    return std::nullopt;
}

}  // namespace sluice::engine
