// SPDX-License-Identifier: Apache-2.0
#include "vip/VipRoster.h"

#include "core/EngineText.h"
#include "core/Overloaded.h"
#include "core/TextCheck.h"
#include "vip/VipCsv.h"

#include <algorithm>

namespace sluice::engine {

namespace {
CommandResult refuse(std::string why) { return CommandResult{false, std::move(why)}; }
// A key or name quoted in a refusal, safe to show on a terminal.
std::string shown(std::string_view text) { return TextCheck::escapeForTerminal(text, 80); }

void raise(EventBatch& events, EventKind kind, TimeNs at, std::string_view key, std::string detail)
{
    Event e;
    e.kind = kind;
    e.at = at;
    e.key = std::string(key);
    e.detail = std::move(detail);
    events.push_back(std::move(e));
}

void setTierOf(KeyTable& keys, std::string_view key, int tierIndex)
{
    const std::uint32_t index = keys.find(key, KeyTable::hash(key));
    if (index != KeyTable::kNone) {
        keys.record(index).vipTier = static_cast<std::uint8_t>(tierIndex);
    }
}
}  // namespace

std::string VipRoster::tierName(int tierIndex) const
{
    const VipTier* tier = m_catalog.at(tierIndex);
    return tier != nullptr ? tier->name : std::string();
}

std::uint64_t VipRoster::tierUsers(int tierIndex) const
{
    return static_cast<std::uint64_t>(std::count_if(m_assignments.begin(), m_assignments.end(),
                                                    [&](const auto& a) { return a.second.tierIndex == tierIndex; }));
}

std::vector<store::VipAssignment> VipRoster::assignments() const
{
    std::vector<store::VipAssignment> out;
    out.reserve(m_assignments.size());
    for (const auto& [key, a] : m_assignments) {
        out.push_back(
            store::VipAssignment{key, tierName(a.tierIndex), a.expiresAt, a.notes, a.assignedBy, a.assignedAt});
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.key < y.key; });
    return out;
}

std::optional<std::string> VipRoster::check(const cmd::AssignVip& c, TimeNs now, std::string& column) const
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
    if (!m_catalog.indexOf(c.tier)) {
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

std::optional<CommandResult> VipRoster::validate(const Command& command, TimeNs now) const
{
    return std::visit(Overloaded{
                          [&](const cmd::PutVipTier& c) -> std::optional<CommandResult> {
                              VipCatalog copy = m_catalog;
                              std::string error;
                              return copy.put(c.name, c.multiplier, error) ? CommandResult{} : refuse(error);
                          },
                          [&](const cmd::RemoveVipTier& c) -> std::optional<CommandResult> {
                              const auto index = m_catalog.indexOf(c.name);
                              if (!index) {
                                  return refuse(say(Text::UnknownVipTier, {shown(c.name)}));
                              }
                              const std::uint64_t users = tierUsers(*index);
                              if (users == 0) {
                                  return CommandResult{};
                              }
                              return refuse(users == 1 ? say(Text::VipTierInUseByOne, {c.name})
                                                       : say(Text::VipTierInUse, {c.name, std::to_string(users)}));
                          },
                          [&](const cmd::AssignVip& c) -> std::optional<CommandResult> {
                              std::string column;
                              auto problem = check(c, now, column);
                              return problem ? refuse(*problem) : CommandResult{};
                          },
                          [&](const cmd::ImportVip& c) -> std::optional<CommandResult> {
                              // An import that changes nothing is not an admin action: refused, it leaves no audit row.
                              if (c.assignments.empty()) {
                                  return refuse(say(Text::VipImportEmpty));
                              }
                              for (std::size_t i = 0; i < c.assignments.size(); ++i) {
                                  std::string column;
                                  if (auto problem = check(c.assignments[i], now, column)) {
                                      const std::size_t line =
                                          i < c.lines.size() ? c.lines[i] : i + 2;  // after the header
                                      return refuse(VipCsvError{line, VipCsv::columnOf(column), *problem}.message());
                                  }
                              }
                              return CommandResult{};
                          },
                          [&](const cmd::RevokeVip& c) -> std::optional<CommandResult> {
                              return m_assignments.contains(c.key) ? CommandResult{}
                                                                   : refuse(say(Text::VipNotAssigned, {shown(c.key)}));
                          },
                          [](const auto&) -> std::optional<CommandResult> { return std::nullopt; },
                      },
                      command);
}

std::optional<CommandResult> VipRoster::apply(const Command& command, TimeNs now, PartContext& context)
{
    return std::visit(Overloaded{
                          [&](const cmd::PutVipTier& c) -> std::optional<CommandResult> {
                              std::string error;
                              if (!m_catalog.put(c.name, c.multiplier, error)) {
                                  return refuse(error);
                              }
                              context.ratesChanged = true;
                              return CommandResult{};
                          },
                          [&](const cmd::RemoveVipTier& c) -> std::optional<CommandResult> {
                              m_catalog.remove(c.name);
                              context.ratesChanged = true;
                              return CommandResult{};
                          },
                          [&](const cmd::AssignVip& c) -> std::optional<CommandResult> {
                              assign(c, now, context);
                              return CommandResult{};
                          },
                          [&](const cmd::ImportVip& c) -> std::optional<CommandResult> {
                              for (const auto& a : c.assignments) {
                                  assign(a, now, context);
                              }
                              return CommandResult{};
                          },
                          [&](const cmd::RevokeVip& c) -> std::optional<CommandResult> {
                              auto it = m_assignments.find(c.key);
                              std::string tier = tierName(it->second.tierIndex);
                              m_assignments.erase(it);
                              setTierOf(context.keys, c.key, 0);
                              raise(context.events, EventKind::VipRevoked, now, c.key, std::move(tier));
                              return CommandResult{};
                          },
                          [](const auto&) -> std::optional<CommandResult> { return std::nullopt; },
                      },
                      command);
}

void VipRoster::assign(const cmd::AssignVip& c, TimeNs now, PartContext& context)
{
    const auto index = m_catalog.indexOf(c.tier);
    Assignment& a = m_assignments[c.key];
    a = Assignment{*index, c.expiresAt, 0, false, c.notes, c.assignedBy, now};
    if (c.expiresAt != 0) {
        m_expiries.emplace(c.expiresAt, c.key);
        scheduleWarning(c.key, a, now);
    }
    setTierOf(context.keys, c.key, *index);
    raise(context.events, EventKind::VipAssigned, now, c.key, c.tier);
}

void VipRoster::setExpiringLead(TimeNs lead, TimeNs now)
{
    m_expiringLead = lead;
    m_warnings = {};
    for (auto& [key, a] : m_assignments) {
        scheduleWarning(key, a, now);
    }
}

void VipRoster::scheduleWarning(const std::string& key, Assignment& a, TimeNs now)
{
    if (a.expiresAt == 0 || a.warned) {
        a.warnAt = 0;
        return;
    }
    // An assignment that is already within the lead time is warned about at once.
    a.warnAt = std::max(a.expiresAt - m_expiringLead, now);
    if (a.warnAt >= a.expiresAt) {
        a.warnAt = 0;  // expiring at this very instant: vip_expired says it all
        return;
    }
    m_warnings.emplace(a.warnAt, key);
}

TimeNs VipRoster::nextDue() const
{
    TimeNs next = kNever;
    if (!m_expiries.empty()) {
        next = std::min(next, m_expiries.top().first);
    }
    if (!m_warnings.empty()) {
        next = std::min(next, m_warnings.top().first);
    }
    return next;
}

void VipRoster::runDue(TimeNs now, PartContext& context)
{
    warnDue(now, context.events);
    expireDue(now, context);
}

void VipRoster::warnDue(TimeNs now, EventBatch& events)
{
    while (!m_warnings.empty() && m_warnings.top().first <= now) {
        const Due due = m_warnings.top();
        m_warnings.pop();
        auto it = m_assignments.find(due.second);
        if (it == m_assignments.end() || it->second.warned || it->second.warnAt != due.first) {
            continue;  // revoked, reassigned or rescheduled since
        }
        it->second.warned = true;
        raise(events, EventKind::VipExpiring, due.first, due.second, tierName(it->second.tierIndex));
    }
}

void VipRoster::expireDue(TimeNs now, PartContext& context)
{
    while (!m_expiries.empty() && m_expiries.top().first <= now) {
        const Due due = m_expiries.top();
        m_expiries.pop();
        auto it = m_assignments.find(due.second);
        if (it == m_assignments.end() || it->second.expiresAt != due.first) {
            continue;  // revoked or reassigned since
        }
        std::string tier = tierName(it->second.tierIndex);
        m_assignments.erase(it);
        setTierOf(context.keys, due.second, 0);
        raise(context.events, EventKind::VipExpired, due.first, due.second, std::move(tier));
    }
}

void VipRoster::restoreTiers(const store::PersistedState& state)
{
    for (const auto& tier : state.vipTiers) {
        m_catalog.load(tier.name, tier.multiplier);
    }
}

void VipRoster::restoreAssignments(const store::PersistedState& state, TimeNs now, EventBatch& missed)
{
    for (const auto& a : state.vipAssignments) {
        const auto index = m_catalog.indexOf(a.tier);
        if (!index) {
            continue;
        }
        if (a.expiresAt != 0 && a.expiresAt <= now) {
            raise(missed, EventKind::VipExpired, a.expiresAt, a.key, a.tier);
            continue;
        }
        Assignment& s = m_assignments[a.key];
        s = Assignment{*index, a.expiresAt, 0, false, a.notes, a.assignedBy, a.assignedAt};
        s.warned = std::binary_search(state.vipWarned.begin(), state.vipWarned.end(), a.key);
        if (a.expiresAt != 0) {
            m_expiries.emplace(a.expiresAt, a.key);
            scheduleWarning(a.key, s, now);
        }
    }
}

}  // namespace sluice::engine
