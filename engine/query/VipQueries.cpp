// SPDX-License-Identifier: Apache-2.0
// The console's page of VIP assignments: filtered, sorted, with each key's effective limit.
#include "query/EngineQueries.h"

#include "query/NaturalOrder.h"

#include <algorithm>

namespace sluice::engine {

namespace {
bool containsText(const std::string& haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}

bool vipRowLess(VipSort sort, const VipRow& x, const VipRow& y)
{
    // Never-expiring assignments sort as the latest expiry of all.
    const auto expiryOrder = [](TimeNs t) { return t == 0 ? INT64_MAX : t; };
    switch (sort) {
    case VipSort::Tier:
        if (x.tier != y.tier) {
            return x.tier < y.tier;
        }
        break;
    case VipSort::Multiplier:
        if (x.multiplier != y.multiplier) {
            return x.multiplier < y.multiplier;
        }
        break;
    case VipSort::EffectiveLimit:
        if (x.effectiveLimit != y.effectiveLimit) {
            return x.effectiveLimit < y.effectiveLimit;
        }
        break;
    case VipSort::ExpiresAt:
        if (x.expiresAt != y.expiresAt) {
            return expiryOrder(x.expiresAt) < expiryOrder(y.expiresAt);
        }
        break;
    case VipSort::AssignedAt:
        if (x.assignedAt != y.assignedAt) {
            return x.assignedAt < y.assignedAt;
        }
        break;
    case VipSort::Key:
        break;
    }
    return naturalLess(x.key, y.key);
}
}  // namespace

bool vipRowBefore(const VipQuery& query, const VipRow& a, const VipRow& b)
{
    return query.descending ? vipRowLess(query.sort, b, a) : vipRowLess(query.sort, a, b);
}

VipPage queryVip(const QuerySources& from, const VipQuery& query)
{
    VipPage page;
    page.now = from.now;
    page.expiringLead = from.vip.expiringLead();
    page.totalAssignments = from.vip.size();
    for (std::size_t i = 0; i < from.vip.catalog().tiers().size(); ++i) {
        const VipTier& tier = from.vip.catalog().tiers()[i];
        if (!tier.name.empty()) {
            page.tiers.push_back(VipTierUsage{tier.name, tier.multiplier, from.vip.tierUsers(static_cast<int>(i + 1))});
        }
    }
    // The catalog's own order is the order of the multipliers: a list by name would put gold before silver.
    std::sort(page.tiers.begin(), page.tiers.end(), [](const auto& a, const auto& b) {
        return a.multiplier != b.multiplier ? a.multiplier < b.multiplier : a.name < b.name;
    });
    page.routes = policyRoutes(from);

    std::vector<VipRow> matches;
    from.vip.forEach([&](const std::string& key, const VipRoster::Assignment& a) {
        const VipTier* tier = from.vip.catalog().at(a.tierIndex);
        const std::string tierName = tier != nullptr ? tier->name : std::string();
        if (query.expiringWithin && (a.expiresAt == 0 || a.expiresAt - page.now > *query.expiringWithin)) {
            return;
        }
        if (!query.contains.empty() && !containsText(key, query.contains) && !containsText(tierName, query.contains) &&
            !containsText(a.notes, query.contains)) {
            return;
        }
        VipRow row{key,          tierName,    tier != nullptr ? tier->multiplier : 1.0, 0, 0, a.expiresAt, a.notes,
                   a.assignedBy, a.assignedAt};
        const LimitBreakdown limit = limitFor(from, key, query.route);
        row.effectiveLimit = limit.effectiveLimit;
        row.limitPeriod = limit.period;
        matches.push_back(std::move(row));
    });
    std::sort(matches.begin(), matches.end(),
              [&](const VipRow& x, const VipRow& y) { return vipRowBefore(query, x, y); });
    page.totalMatching = matches.size();
    page.offset = std::min(query.offset, matches.size());
    const std::size_t end = std::min(matches.size(), page.offset + query.limit);
    page.rows.assign(std::make_move_iterator(matches.begin() + static_cast<std::ptrdiff_t>(page.offset)),
                     std::make_move_iterator(matches.begin() + static_cast<std::ptrdiff_t>(end)));
    return page;
}

}  // namespace sluice::engine
