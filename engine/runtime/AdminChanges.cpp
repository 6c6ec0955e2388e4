// SPDX-License-Identifier: Apache-2.0
#include "runtime/AdminChanges.h"

#include "config/ConfigJson.h"

namespace sluice::engine {

std::vector<store::AdminChange> adminChangesFor(const Command& command, TimeNs now)
{
    std::vector<store::AdminChange> out;
    if (const auto* put = std::get_if<cmd::PutVipTier>(&command)) {
        out.emplace_back(store::PutVipTier{store::VipTierRow{put->name, put->multiplier}});
    } else if (const auto* remove = std::get_if<cmd::RemoveVipTier>(&command)) {
        out.emplace_back(store::RemoveVipTier{remove->name});
    } else if (const auto* assign = std::get_if<cmd::AssignVip>(&command)) {
        out.emplace_back(store::AssignVip{store::VipAssignment{assign->key, assign->tier, assign->expiresAt,
                                                               assign->notes, assign->assignedBy, now}});
    } else if (const auto* import = std::get_if<cmd::ImportVip>(&command)) {
        out.reserve(import->assignments.size());
        for (const auto& a : import->assignments) {
            out.emplace_back(
                store::AssignVip{store::VipAssignment{a.key, a.tier, a.expiresAt, a.notes, a.assignedBy, now}});
        }
    } else if (const auto* revoke = std::get_if<cmd::RevokeVip>(&command)) {
        out.emplace_back(store::RevokeVip{revoke->key});
    } else {
        for (auto& [name, value] : ConfigJson::settingsFor(command)) {
            out.emplace_back(store::PutSetting{name, value});
        }
    }
    return out;
}

}  // namespace sluice::engine
