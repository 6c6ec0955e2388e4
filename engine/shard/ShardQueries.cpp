// SPDX-License-Identifier: Apache-2.0
// A sharded engine's answers to the console's and the admin API's questions: one key's from its shard, pages and
// counts from every shard, merged into what one engine would answer.
#include "shard/EngineShards.h"

#include "query/EngineQueries.h"
#include "query/FlagPreview.h"
#include "query/KeyQuery.h"
#include "query/KeyView.h"
#include "vip/VipQuery.h"

#include <algorithm>
#include <iterator>

namespace sluice::engine {

namespace {
// What each shard is asked for a page: its first rows up to the page's end.
template <class Query>
Query firstRowsOf(const Query& query)
{
    Query each = query;
    each.offset = 0;
    each.limit = query.offset + query.limit;
    return each;
}

// The rows of a page of `limit` rows from `offset`, taken from rows that hold the first offset + limit of every
// shard: those of all shards together are among them.
template <class Row, class Before>
std::vector<Row> pageOf(std::vector<Row> rows, std::size_t offset, std::size_t limit, Before before)
{
    const std::size_t from = std::min(offset, rows.size());
    const std::size_t end = std::min(rows.size(), from + limit);
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(end), rows.end(), before);
    return std::vector<Row>(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(from)),
                            std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(end)));
}
}  // namespace

TimeNs EngineShards::now() const
{
    TimeNs latest = 0;
    for (const auto& shard : m_shards) {
        latest = std::max(latest, shard->now());
    }
    return latest;
}

TimeNs EngineShards::latestRequestTime() const
{
    TimeNs latest = 0;
    for (const auto& shard : m_shards) {
        latest = std::max(latest, shard->latestRequestTime());
    }
    return latest;
}

std::optional<KeyView> EngineShards::inspect(std::string_view key, std::string_view route) const
{
    return m_shards[shardOf(key)]->inspect(key, route);
}

LimitBreakdown EngineShards::limitFor(std::string_view key, std::string_view route) const
{
    return m_shards[shardOf(key)]->limitFor(key, route);
}

std::optional<Engine::VipAssignmentView> EngineShards::vipAssignment(std::string_view key) const
{
    return m_shards[shardOf(key)]->vipAssignment(key);
}

std::vector<store::VipAssignment> EngineShards::vipAssignments() const
{
    std::vector<store::VipAssignment> all;
    for (const auto& shard : m_shards) {
        std::vector<store::VipAssignment> part = shard->vipAssignments();
        std::move(part.begin(), part.end(), std::back_inserter(all));
    }
    // By key, as one engine's roster lists them.
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    return all;
}

std::uint64_t EngineShards::vipTierUsers(int tierIndex) const
{
    std::uint64_t users = 0;
    for (const auto& shard : m_shards) {
        users += shard->vipTierUsers(tierIndex);
    }
    return users;
}

KeyPage EngineShards::queryKeys(const KeyQuery& query) const
{
    if (count() == 1) {
        return leader().queryKeys(query);
    }
    const KeyQuery each = firstRowsOf(query);
    KeyPage page;
    std::vector<KeyRow> rows;
    for (const auto& shard : m_shards) {
        KeyPage part = shard->queryKeys(each);
        page.totalMatching += part.totalMatching;
        std::move(part.rows.begin(), part.rows.end(), std::back_inserter(rows));
    }
    page.offset = static_cast<std::size_t>(std::min<std::uint64_t>(query.offset, page.totalMatching));
    const VipCatalog& catalog = vipCatalog();
    page.rows = pageOf(std::move(rows), page.offset, query.limit,
                       [&](const KeyRow& a, const KeyRow& b) { return keyRowBefore(query, catalog, a, b); });
    return page;
}

VipPage EngineShards::queryVip(const VipQuery& query) const
{
    if (count() == 1) {
        return leader().queryVip(query);
    }
    const VipQuery each = firstRowsOf(query);
    VipPage page;
    std::vector<VipRow> rows;
    for (std::uint32_t s = 0; s < count(); ++s) {
        VipPage part = m_shards[s]->queryVip(each);
        if (s == 0) {
            // Every shard has the same catalog, routes and lead; the counts are all shards'.
            page.tiers = part.tiers;
            for (VipTierUsage& tier : page.tiers) {
                tier.keys = 0;
            }
            page.routes = std::move(part.routes);
            page.expiringLead = part.expiringLead;
        }
        page.totalMatching += part.totalMatching;
        page.totalAssignments += part.totalAssignments;
        page.now = std::max(page.now, part.now);
        for (VipTierUsage& tier : page.tiers) {
            for (const VipTierUsage& used : part.tiers) {
                tier.keys += used.name == tier.name ? used.keys : 0;
            }
        }
        std::move(part.rows.begin(), part.rows.end(), std::back_inserter(rows));
    }
    page.offset = static_cast<std::size_t>(std::min<std::uint64_t>(query.offset, page.totalMatching));
    page.rows = pageOf(std::move(rows), page.offset, query.limit,
                       [&](const VipRow& a, const VipRow& b) { return vipRowBefore(query, a, b); });
    return page;
}

FlagPreview EngineShards::previewFlag(const flags::FeatureFlag& candidate) const
{
    FlagPreview all = leader().previewFlag(candidate);
    for (std::uint32_t s = 1; s < count(); ++s) {
        const FlagPreview part = m_shards[s]->previewFlag(candidate);
        all.keys += part.keys;
        all.inside += part.inside;
        for (std::size_t v = 0; v < all.variants.size() && v < part.variants.size(); ++v) {
            all.variants[v].second += part.variants[v].second;
        }
    }
    return all;
}

}  // namespace sluice::engine
