// SPDX-License-Identifier: Apache-2.0
// Paged queries over the key table for the console. They run on the engine thread between batches, so they
// scan without locks; a page of a million keys costs one pass plus a partial sort, not a full sort.
#include "decision/Engine.h"

#include <algorithm>
#include <array>

namespace sluice::engine {

namespace {
struct Candidate {
    double order;          // the sort column as a number
    std::uint64_t prefix;  // the key's first 8 bytes, big-endian: most ties end here without touching the key
    std::uint32_t index;
};

std::uint64_t prefixOf(std::string_view key)
{
    std::uint64_t p = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        p = (p << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0U);
    }
    return p;
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

KeyPage Engine::queryKeys(const KeyQuery& query) const
{
    VipOrder vipOrder{};
    for (int t = 1; t <= kMaxVipTiers; ++t) {
        if (const VipTier* v = m_vipCatalog.at(t)) {
            vipOrder[static_cast<std::size_t>(t)] = v->multiplier;
        }
    }
    std::vector<Candidate> matches;
    matches.reserve(m_keys.size());
    m_keys.forEachLive([&](std::uint32_t index, const KeyRecord& r) {
        if (query.tier && static_cast<ReputationTier>(r.tier) != *query.tier) {
            return;
        }
        if (!query.contains.empty() && m_keys.keyOf(index).find(query.contains) == std::string_view::npos) {
            return;
        }
        matches.push_back(Candidate{orderOf(query.sort, r, vipOrder), prefixOf(m_keys.keyOf(index)), index});
    });

    KeyPage page;
    page.totalMatching = matches.size();
    page.offset = std::min(query.offset, matches.size());
    const std::size_t end = std::min(matches.size(), page.offset + query.limit);
    const auto less = [&](const Candidate& a, const Candidate& b) {
        const auto keyLess = [&](const Candidate& x, const Candidate& y) {
            return x.prefix != y.prefix ? x.prefix < y.prefix : m_keys.keyOf(x.index) < m_keys.keyOf(y.index);
        };
        if (query.sort == KeySort::Key) {
            return query.descending ? keyLess(b, a) : keyLess(a, b);
        }
        if (a.order != b.order) {
            return query.descending ? a.order > b.order : a.order < b.order;
        }
        return keyLess(a, b);
    };
    if (page.offset < end) {
        std::nth_element(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(page.offset), matches.end(),
                         less);
        std::partial_sort(matches.begin() + static_cast<std::ptrdiff_t>(page.offset),
                          matches.begin() + static_cast<std::ptrdiff_t>(end), matches.end(), less);
    }
    for (std::size_t i = page.offset; i < end; ++i) {
        const KeyRecord& r = m_keys.record(matches[i].index);
        KeyRow row;
        row.key = std::string(m_keys.keyOf(matches[i].index));
        row.score = r.score;
        row.tier = static_cast<ReputationTier>(r.tier);
        if (const VipTier* v = m_vipCatalog.at(r.vipTier)) {
            row.vipTier = v->name;
        }
        row.allowed = r.allowed;
        row.denied = r.denied;
        row.lastSeen = fromUnixSec(r.lastSeenSec);
        page.rows.push_back(std::move(row));
    }
    return page;
}

std::optional<Engine::VipAssignmentView> Engine::vipAssignment(std::string_view key) const
{
    const auto it = m_vip.find(key);
    if (it == m_vip.end()) {
        return std::nullopt;
    }
    const VipTier* tier = m_vipCatalog.at(it->second.tierIndex);
    return VipAssignmentView{tier != nullptr ? tier->name : std::string(), it->second.expiresAt};
}

}  // namespace sluice::engine
