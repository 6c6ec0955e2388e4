// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "keys/KeyTable.h"
#include "part/PartContext.h"
#include "snapshot/Snapshot.h"
#include "store/StoreTypes.h"
#include "vip/VipCatalog.h"

#include <queue>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sluice::engine {

// The VIP tiers and who holds which until when: assignments, their expiry and its advance warning, and the
// checks every way of assigning shares. An engine part (see decision/EngineParts.h).
class VipRoster final {
public:
    struct Assignment {
        int tierIndex = 0;
        TimeNs expiresAt = 0;  // 0 = never
        TimeNs warnAt = 0;     // when vip_expiring is due; 0 = never
        bool warned = false;   // vip_expiring was raised for this assignment
        std::string notes;
        std::string assignedBy;
        TimeNs assignedAt = 0;
    };

    explicit VipRoster(TimeNs expiringLead) : m_expiringLead(expiringLead) {}

    const VipCatalog& catalog() const { return m_catalog; }
    // The tier index `key` holds at `now`; 0 when none.
    int tierAt(std::string_view key, TimeNs now) const
    {
        if (m_assignments.empty()) {
            return 0;
        }
        const auto it = m_assignments.find(key);
        return it != m_assignments.end() && (it->second.expiresAt == 0 || now < it->second.expiresAt)
                   ? it->second.tierIndex
                   : 0;
    }
    const Assignment* find(std::string_view key) const
    {
        const auto it = m_assignments.find(key);
        return it == m_assignments.end() ? nullptr : &it->second;
    }
    // The tier's name, empty for none.
    std::string tierName(int tierIndex) const;
    std::size_t size() const { return m_assignments.size(); }
    // How many assignments use the tier.
    std::uint64_t tierUsers(int tierIndex) const;
    // Every assignment, by key: what an export writes.
    std::vector<store::VipAssignment> assignments() const;
    template <class Fn>
    void forEach(Fn fn) const
    {
        for (const auto& [key, a] : m_assignments) {
            fn(key, a);
        }
    }
    TimeNs expiringLead() const { return m_expiringLead; }
    // Moves every pending warning to the new lead.
    void setExpiringLead(TimeNs lead, TimeNs now);

    void restoreTiers(const store::PersistedState& state);
    // Assignments that ended while nothing was running go to `missed` as vip_expired, stamped when they ended.
    void restoreAssignments(const store::PersistedState& state, TimeNs now, EventBatch& missed);
    void warnDue(TimeNs now, EventBatch& events);

    TimeNs nextDue() const;
    void runDue(TimeNs now, PartContext& context);
    void fillSnapshot(Snapshot& out) const { out.vipAssignments = m_assignments.size(); }
    std::optional<CommandResult> validate(const Command& command, TimeNs now) const;
    std::optional<CommandResult> apply(const Command& command, TimeNs now, PartContext& context);

private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return KeyTable::hash(s); }
    };
    using Due = std::pair<TimeNs, std::string>;
    using DueQueue = std::priority_queue<Due, std::vector<Due>, std::greater<>>;

    std::optional<std::string> check(const cmd::AssignVip& c, TimeNs now, std::string& column) const;
    void assign(const cmd::AssignVip& c, TimeNs now, PartContext& context);
    void scheduleWarning(const std::string& key, Assignment& a, TimeNs now);
    void expireDue(TimeNs now, PartContext& context);

    VipCatalog m_catalog;
    std::unordered_map<std::string, Assignment, StringHash, std::equal_to<>> m_assignments;
    DueQueue m_expiries;
    DueQueue m_warnings;
    TimeNs m_expiringLead;
};

}  // namespace sluice::engine
