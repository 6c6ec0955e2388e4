// SPDX-License-Identifier: Apache-2.0
// VIP assignments: checking and applying them, their expiry and its advance warning, and the console's view.
#include "decision/Engine.h"

#include "core/EngineText.h"
#include "core/TextCheck.h"
#include "vip/VipCsv.h"

#include <algorithm>

namespace sluice::engine {

namespace {
// A name or key quoted in a refusal, safe to show on a terminal.
std::string shown(std::string_view text) { return TextCheck::escapeForTerminal(text, 80); }

bool containsText(const std::string& haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}
}  // namespace

std::optional<std::string> Engine::checkAssignment(const cmd::AssignVip& c, TimeNs now, std::string& column) const
{
    // The same rules as a CSV file's (vip/VipCsv), so no way in (dialog, console, file) stores what another
    // would refuse.
    column = "key";
    if (c.key.empty() || c.key.size() > KeyTable::kMaxKeyBytes) {
        return say(Text::VipKeyLength);
    }
    if (auto problem = TextCheck::check(c.key, TextCheck::Kind::Key)) {
        return say(Text::VipKeyUnusable, {problem->reason});
    }
    column = "tier";
    if (!m_vipCatalog.indexOf(c.tier)) {
        return say(Text::UnknownVipTier, {shown(c.tier)});
    }
    column = "expires";
    if (c.expiresAt != 0 && c.expiresAt <= now) {
        return say(Text::VipExpiryInPast, {shown(c.key)});
    }
    column = "notes";
    if (c.notes.size() > VipCsv::kMaxNotesBytes) {
        return say(Text::VipNotesTooLong);
    }
    if (auto problem = TextCheck::check(c.notes, TextCheck::Kind::MultiLine)) {
        return say(Text::VipNotesUnusable, {problem->reason});
    }
    return std::nullopt;
}

CommandResult Engine::applyVip(const cmd::AssignVip& c, TimeNs now)
{
    const auto index = m_vipCatalog.indexOf(c.tier);
    VipAssignmentState& a = m_vip[c.key];
    a = VipAssignmentState{*index, c.expiresAt, 0, false, c.notes, c.assignedBy, now};
    if (c.expiresAt != 0) {
        m_vipExpiries.emplace(c.expiresAt, c.key);
        m_nextDue = std::min(m_nextDue, c.expiresAt);
        scheduleVipWarning(c.key, a, now);
    }
    setVipFor(c.key, *index);
    raise(EventKind::VipAssigned, now, c.key, c.tier);
    return CommandResult{};
}

void Engine::scheduleVipWarning(const std::string& key, VipAssignmentState& a, TimeNs now)
{
    if (a.expiresAt == 0 || a.warned) {
        a.warnAt = 0;
        return;
    }
    // An assignment that is already within the lead time is warned about at once.
    a.warnAt = std::max(a.expiresAt - m_config.vipExpiringLead, now);
    if (a.warnAt >= a.expiresAt) {
        a.warnAt = 0;  // expiring at this very instant: vip_expired says it all
        return;
    }
    m_vipWarnings.emplace(a.warnAt, key);
    m_nextDue = std::min(m_nextDue, a.warnAt);
}

void Engine::warnVip(TimeNs now)
{
    while (!m_vipWarnings.empty() && m_vipWarnings.top().first <= now) {
        const Expiry due = m_vipWarnings.top();
        m_vipWarnings.pop();
        auto it = m_vip.find(due.second);
        if (it == m_vip.end() || it->second.warned || it->second.warnAt != due.first) {
            continue;  // revoked, reassigned or rescheduled since
        }
        it->second.warned = true;
        const VipTier* tier = m_vipCatalog.at(it->second.tierIndex);
        raise(EventKind::VipExpiring, due.first, due.second, tier != nullptr ? tier->name : std::string());
    }
}

void Engine::expireVip(TimeNs now)
{
    while (!m_vipExpiries.empty() && m_vipExpiries.top().first <= now) {
        const Expiry due = m_vipExpiries.top();
        m_vipExpiries.pop();
        auto it = m_vip.find(due.second);
        if (it == m_vip.end() || it->second.expiresAt != due.first) {
            continue;  // revoked or reassigned since
        }
        const VipTier* tier = m_vipCatalog.at(it->second.tierIndex);
        m_vip.erase(it);
        setVipFor(due.second, 0);
        raise(EventKind::VipExpired, due.first, due.second, tier != nullptr ? tier->name : std::string());
    }
}

void Engine::setVipFor(std::string_view key, int tierIndex)
{
    const std::uint32_t index = m_keys.find(key, KeyTable::hash(key));
    if (index != KeyTable::kNone) {
        m_keys.record(index).vipTier = static_cast<std::uint8_t>(tierIndex);
    }
}

std::uint64_t Engine::vipTierUsers(int tierIndex) const
{
    return static_cast<std::uint64_t>(
        std::count_if(m_vip.begin(), m_vip.end(), [&](const auto& a) { return a.second.tierIndex == tierIndex; }));
}

std::vector<store::VipAssignment> Engine::vipAssignments() const
{
    std::vector<store::VipAssignment> out;
    out.reserve(m_vip.size());
    for (const auto& [key, a] : m_vip) {
        const VipTier* tier = m_vipCatalog.at(a.tierIndex);
        out.push_back(store::VipAssignment{key, tier != nullptr ? tier->name : std::string(), a.expiresAt, a.notes,
                                           a.assignedBy, a.assignedAt});
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.key < y.key; });
    return out;
}

VipPage Engine::queryVip(const VipQuery& query) const
{
    VipPage page;
    page.now = now();
    page.expiringLead = m_config.vipExpiringLead;
    page.totalAssignments = m_vip.size();
    for (std::size_t i = 0; i < m_vipCatalog.tiers().size(); ++i) {
        const VipTier& tier = m_vipCatalog.tiers()[i];
        if (!tier.name.empty()) {
            page.tiers.push_back(VipTierUsage{tier.name, tier.multiplier, vipTierUsers(static_cast<int>(i + 1))});
        }
    }
    std::sort(page.tiers.begin(), page.tiers.end(), [](const auto& a, const auto& b) { return a.name < b.name; });

    std::vector<VipRow> matches;
    for (const auto& [key, a] : m_vip) {
        const VipTier* tier = m_vipCatalog.at(a.tierIndex);
        const std::string tierName = tier != nullptr ? tier->name : std::string();
        if (query.expiringWithin && (a.expiresAt == 0 || a.expiresAt - page.now > *query.expiringWithin)) {
            continue;
        }
        if (!query.contains.empty() && !containsText(key, query.contains) && !containsText(tierName, query.contains) &&
            !containsText(a.notes, query.contains)) {
            continue;
        }
        VipRow row{key,          tierName,    tier != nullptr ? tier->multiplier : 1.0, 0, 0, a.expiresAt, a.notes,
                   a.assignedBy, a.assignedAt};
        const LimitBreakdown limit = limitFor(key);
        row.effectiveLimit = limit.effectiveLimit;
        row.limitPeriod = limit.period;
        matches.push_back(std::move(row));
    }
    // Never-expiring assignments sort as the latest expiry of all.
    const auto expiryOrder = [](TimeNs t) { return t == 0 ? INT64_MAX : t; };
    const auto less = [&](const VipRow& x, const VipRow& y) {
        switch (query.sort) {
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
        return x.key < y.key;
    };
    std::sort(matches.begin(), matches.end(),
              [&](const VipRow& x, const VipRow& y) { return query.descending ? less(y, x) : less(x, y); });
    page.totalMatching = matches.size();
    page.offset = std::min(query.offset, matches.size());
    const std::size_t end = std::min(matches.size(), page.offset + query.limit);
    page.rows.assign(std::make_move_iterator(matches.begin() + static_cast<std::ptrdiff_t>(page.offset)),
                     std::make_move_iterator(matches.begin() + static_cast<std::ptrdiff_t>(end)));
    return page;
}

}  // namespace sluice::engine
