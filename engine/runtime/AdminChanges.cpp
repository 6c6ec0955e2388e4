// SPDX-License-Identifier: Apache-2.0
#include "runtime/AdminChanges.h"

#include "config/ConfigJson.h"
#include "config/NotifyConfigJson.h"
#include "core/Overloaded.h"
#include "flagbook/FlagChanges.h"
#include "flags/FlagsJson.h"
#include "shard/EngineShards.h"

namespace sluice::engine {

namespace {
// An alert command: the alert as it will stand, and for an undo the override row it clears.
void alertChanges(const Command& command, const EngineShards& engine, TimeNs now, std::vector<store::AdminChange>& out)
{
    if (auto alert = engine.anomaly().preview(command, now)) {
        out.emplace_back(store::PutAlert{std::move(*alert)});
    }
    if (const auto* undo = std::get_if<cmd::UndoAlertResponse>(&command);
        undo != nullptr && engine.planUndo(undo->id, now).clearsOverride) {
        for (auto& [name, value] : ConfigJson::settingsFor(cmd::ClearThrottleOverride{undo->actor})) {
            out.emplace_back(store::PutSetting{name, value});
        }
    }
}
// A notification command: preferences and contacts rows, or the inbox's rows. False for any other command.
bool notifyChanges(const Command& command, std::vector<store::AdminChange>& out, TimeNs now)
{
    const std::size_t before = out.size();
    std::visit(Overloaded{
                   [&](const cmd::SetNotifyPreferences& c) {
                       out.emplace_back(store::PutNotifyPreferences{c.recipient, preferencesText(c.preferences)});
                   },
                   [&](const cmd::RemoveNotifyPreferences& c) {
                       out.emplace_back(store::RemoveNotifyPreferences{c.recipient});
                   },
                   [&](const cmd::PutNotifyContact& c) { out.emplace_back(store::PutNotifyContact{c.contact}); },
                   [&](const cmd::RemoveNotifyContact& c) { out.emplace_back(store::RemoveNotifyContact{c.key}); },
                   [&](const cmd::ImportNotifyContacts& c) {
                       out.reserve(c.contacts.size());
                       for (const NotifyContact& contact : c.contacts) {
                           out.emplace_back(store::PutNotifyContact{contact});
                       }
                   },
                   [&](const cmd::MarkNotificationsRead& c) {
                       out.emplace_back(store::MarkNotificationsRead{c.ids, c.all, c.recipient, now});
                   },
                   [&](const cmd::AcknowledgeNotification& c) {
                       out.emplace_back(store::AcknowledgeNotification{c.id, c.actor, now});
                   },
                   [&](const cmd::DeleteNotifications& c) {
                       out.emplace_back(store::DeleteNotifications{c.ids, c.recipient});
                   },
                   [&](const cmd::CleanupNotifications& c) { out.emplace_back(store::CleanupNotifications{c.before}); },
                   [](const auto&) {},
               },
               command);
    return out.size() != before;
}
// A flag command: each flag and segment as it will stand, as its client-features JSON, or its removal.
void flagChanges(const Command& command, const EngineShards& engine, TimeNs now, std::vector<store::AdminChange>& out)
{
    FlagCommandChanges changes = flagChangesOf(command, engine.flagSet(), now);
    out.reserve(changes.put.size() + changes.removed.size() + changes.segmentsPut.size() +
                changes.segmentsRemoved.size());
    // Segments first: a flag put in the same command may use one.
    for (const flags::Segment& segment : changes.segmentsPut) {
        out.emplace_back(store::PutSegment{segment.id, flags::writeSegment(segment)});
    }
    for (const flags::FeatureFlag& flag : changes.put) {
        out.emplace_back(store::PutFlag{flag.name, flags::writeFeature(flag)});
    }
    for (std::string& name : changes.removed) {
        out.emplace_back(store::RemoveFlag{std::move(name)});
    }
    for (const int id : changes.segmentsRemoved) {
        out.emplace_back(store::RemoveSegment{id});
    }
}
}  // namespace

std::vector<store::AdminChange> adminChangesFor(const Command& command, const EngineShards& engine, TimeNs now,
                                                TimeNs wallNow)
{
    std::vector<store::AdminChange> out;
    if (std::holds_alternative<cmd::AcknowledgeAlert>(command) || std::holds_alternative<cmd::ResolveAlert>(command) ||
        std::holds_alternative<cmd::UndoAlertResponse>(command)) {
        alertChanges(command, engine, now, out);
        return out;
    }
    if (notifyChanges(command, out, now)) {
        return out;
    }
    if (isFlagCommand(command)) {
        flagChanges(command, engine, now, out);
        return out;
    }
    if (const auto* put = std::get_if<cmd::PutVipTier>(&command)) {
        out.emplace_back(store::PutVipTier{store::VipTierRow{put->name, put->multiplier}});
    } else if (const auto* remove = std::get_if<cmd::RemoveVipTier>(&command)) {
        out.emplace_back(store::RemoveVipTier{remove->name});
    } else if (const auto* assign = std::get_if<cmd::AssignVip>(&command)) {
        out.emplace_back(store::AssignVip{store::VipAssignment{assign->key, assign->tier, assign->expiresAt,
                                                               assign->notes, assign->assignedBy, wallNow}});
    } else if (const auto* import = std::get_if<cmd::ImportVip>(&command)) {
        out.reserve(import->assignments.size());
        for (const auto& a : import->assignments) {
            out.emplace_back(
                store::AssignVip{store::VipAssignment{a.key, a.tier, a.expiresAt, a.notes, a.assignedBy, wallNow}});
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
