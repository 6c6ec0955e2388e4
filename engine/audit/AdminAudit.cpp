// SPDX-License-Identifier: Apache-2.0
#include "audit/AdminAudit.h"

#include "audit/AuditActions.h"

#include "config/ConfigJson.h"
#include "config/NotifyConfigJson.h"
#include "core/AnomalyNames.h"
#include "core/Overloaded.h"
#include "flagbook/FlagChanges.h"
#include "flags/FlagsJson.h"
#include "shard/EngineShards.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace sluice::engine {

static_assert(anomaly::kRespondAuditAction == AuditActions::kAlertRespond,
              "the engine's automatic responses must write the listed audit action");

namespace {
using nlohmann::json;

// What a command carries was checked at the door, but the audit row must be written whatever slipped
// through: invalid UTF-8 becomes U+FFFD here instead of an exception on the engine thread.
std::string text(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

struct Description {
    std::string_view action;  // one of AuditActions
    std::string target;
    std::optional<std::string> before;
    std::optional<std::string> after;
    std::string reason;  // what the command itself says about why
};

// Commands persisted as one settings row: the row's name is the target, its old and new JSON the states, so
// the audit log and the settings table always speak the same shapes.
Description settingChange(const Command& command, const EngineConfig& config)
{
    const auto settings = ConfigJson::settingsFor(command);
    if (settings.empty()) {
        return Description{AuditActions::kSettingPut, {}, std::nullopt, std::nullopt, {}};
    }
    const auto& [name, value] = settings.front();
    return Description{AuditActions::kSettingPut, name, ConfigJson::settingValue(name, config), value, {}};
}

std::optional<std::string> vipState(const std::optional<Engine::VipAssignmentView>& vip)
{
    if (!vip) {
        return std::nullopt;
    }
    const json expires = vip->expiresAt == 0 ? json(nullptr) : json(vip->expiresAt / kNsPerMs);
    return text(json{{"tier", vip->tier}, {"expires_at_ms", expires}});
}

// An import is one admin action, so one row: the assignments it brings and what those keys had before. A
// very large file is summarised after this many keys, so one row stays readable in the Audit page.
constexpr std::size_t kImportKeysListed = 1000;

Description importDescription(const cmd::ImportVip& c, const EngineShards& engine)
{
    json before = json::array();
    json after = json::array();
    for (std::size_t i = 0; i < c.assignments.size() && i < kImportKeysListed; ++i) {
        const cmd::AssignVip& a = c.assignments[i];
        const json expires = a.expiresAt == 0 ? json(nullptr) : json(a.expiresAt / kNsPerMs);
        after.push_back(json{{"key", a.key}, {"tier", a.tier}, {"expires_at_ms", expires}});
        if (const auto old = engine.vipAssignment(a.key)) {
            const json oldExpires = old->expiresAt == 0 ? json(nullptr) : json(old->expiresAt / kNsPerMs);
            before.push_back(json{{"key", a.key}, {"tier", old->tier}, {"expires_at_ms", oldExpires}});
        }
    }
    const auto wrap = [&](json list) {
        return text(json{{"assignments", c.assignments.size()}, {"listed", list.size()}, {"keys", std::move(list)}});
    };
    std::string target = std::to_string(c.assignments.size()).append(" assignments");
    return Description{AuditActions::kVipImport,
                       std::move(target),
                       before.empty() ? std::nullopt : std::optional(wrap(before)),
                       wrap(after),
                       {}};
}

// An override as the audit log shows it: the level, why, until when (null = until cleared), and who.
std::string overrideJson(ThrottleLevel level, const std::string& reason, TimeNs expiresAt, const std::string& actor)
{
    const json until = expiresAt == 0 ? json(nullptr) : json(expiresAt / kNsPerMs);
    return text(
        json{{"level", std::string(nameOf(level))}, {"reason", reason}, {"expires_at_ms", until}, {"actor", actor}});
}

std::optional<std::string> overrideState(const EngineShards& engine)
{
    const auto& current = engine.throttle().override();
    if (!current) {
        return std::nullopt;
    }
    return overrideJson(current->level, current->reason, current->expiresAt, current->actor);
}

// An alert's lifecycle as its audit row shows it.
std::optional<std::string> alertState(const AnomalyAlert* alert)
{
    if (alert == nullptr) {
        return std::nullopt;
    }
    return text(json{{"state", std::string(nameOf(alert->state))},
                     {"acknowledged_by", alert->acknowledgedBy},
                     {"resolved_by", alert->resolvedBy}});
}

Description alertChange(std::string_view action, std::uint64_t id, const Command& command, const EngineShards& engine,
                        TimeNs now)
{
    const AnomalyAlert* alert = engine.anomaly().alerts().find(id);
    const auto after = engine.anomaly().preview(command, now);
    return Description{action, std::to_string(id), alertState(alert), alertState(after ? &*after : nullptr), {}};
}

// Undoing a response: what it touched before and after, and what was given back.
Description undoDescription(const cmd::UndoAlertResponse& c, const EngineShards& engine, TimeNs now)
{
    const Engine::AlertUndoPlan plan = engine.planUndo(c.id, now);
    const auto& current = engine.throttle().override();
    const std::optional<ThrottleOverride> after = plan.clearsOverride ? std::nullopt : current;
    return Description{AuditActions::kAlertUndoResponse,
                       std::to_string(c.id),
                       anomaly::responseAuditState(current, plan.before),
                       anomaly::undoAuditState(after, plan.after, plan.clearsOverride, plan.points),
                       {}};
}

std::optional<std::string> preferencesState(const EngineShards& engine, const std::string& recipient)
{
    const auto stored = engine.notifications().storedPreferences(recipient);
    return stored ? std::optional(preferencesText(*stored)) : std::nullopt;
}

std::string contactJson(const NotifyContact& c)
{
    return text(json{{"email", c.email}, {"phone", c.phone}, {"webhook", c.webhook}});
}

std::optional<std::string> contactState(const EngineShards& engine, const std::string& key)
{
    const auto contact = engine.notifications().contact(key);
    return contact ? std::optional(contactJson(*contact)) : std::nullopt;
}

// Like a VIP import: one row for the file, listing its first contacts and what those keys had before.
Description contactsImport(const cmd::ImportNotifyContacts& c, const EngineShards& engine)
{
    json before = json::array();
    json after = json::array();
    for (std::size_t i = 0; i < c.contacts.size() && i < kImportKeysListed; ++i) {
        const NotifyContact& contact = c.contacts[i];
        after.push_back(json{
            {"key", contact.key}, {"email", contact.email}, {"phone", contact.phone}, {"webhook", contact.webhook}});
        if (const auto old = engine.notifications().contact(contact.key)) {
            before.push_back(
                json{{"key", old->key}, {"email", old->email}, {"phone", old->phone}, {"webhook", old->webhook}});
        }
    }
    const auto wrap = [&](json list) {
        return text(json{{"contacts", c.contacts.size()}, {"listed", list.size()}, {"keys", std::move(list)}});
    };
    return Description{AuditActions::kNotifyContactImport,
                       std::to_string(c.contacts.size()).append(" contacts"),
                       before.empty() ? std::nullopt : std::optional(wrap(before)),
                       wrap(after),
                       {}};
}

// "notifications 12, 13" or "notifications of alice" / "all notifications".
std::string notificationsTarget(const std::vector<std::uint64_t>& ids, const std::string& recipient)
{
    if (ids.empty()) {
        return recipient.empty() ? std::string("all notifications") : "notifications of " + recipient;
    }
    std::string out = ids.size() == 1 ? "notification " : "notifications ";
    for (std::size_t i = 0; i < ids.size() && i < kImportKeysListed; ++i) {
        out.append(i == 0 ? "" : ", ").append(std::to_string(ids[i]));
    }
    return ids.size() > kImportKeysListed ? out.append(", ...") : out;
}

// A flag's or segment's state is its client-features JSON, compact like every other audit state.
std::string compact(const std::string& definition)
{
    const json parsed = json::parse(definition, nullptr, false);
    return parsed.is_discarded() ? definition : text(parsed);
}

std::optional<std::string> flagState(const flags::FeatureFlag* flag)
{
    return flag != nullptr ? std::optional(compact(flags::writeFeature(*flag))) : std::nullopt;
}

std::optional<std::string> segmentState(const flags::Segment* segment)
{
    return segment != nullptr ? std::optional(compact(flags::writeSegment(*segment))) : std::nullopt;
}

// One flag saved or changed in place (switch, slider, kill switch, schedule, plan): the flag before and as it
// will stand.
Description flagChange(std::string_view action, const std::string& name, const Command& command,
                       const EngineShards& engine, std::string reason = {})
{
    const flags::FlagSet& current = engine.flagSet();
    const FlagCommandChanges changes = flagChangesOf(command, current, engine.now());
    const flags::FeatureFlag* after = changes.put.empty() ? nullptr : &changes.put.front();
    return Description{action, name, flagState(current.find(name)), flagState(after), std::move(reason)};
}

// Like a VIP import, one row for the file: the names it brings (the first kImportKeysListed) and those it
// replaces or removes, not every definition.
Description flagsImport(const cmd::ImportFlags& c, const Command& command, const EngineShards& engine)
{
    const flags::FlagSet& current = engine.flagSet();
    const FlagCommandChanges changes = flagChangesOf(command, current, engine.now());
    json replaced = json::array();
    json names = json::array();
    for (std::size_t i = 0; i < changes.put.size() && i < kImportKeysListed; ++i) {
        names.push_back(changes.put[i].name);
        if (current.find(changes.put[i].name) != nullptr) {
            replaced.push_back(changes.put[i].name);
        }
    }
    json removed = json::array();
    for (std::size_t i = 0; i < changes.removed.size() && i < kImportKeysListed; ++i) {
        removed.push_back(changes.removed[i]);
    }
    json segments = json::array();
    for (const flags::Segment& segment : changes.segmentsPut) {
        segments.push_back(segment.id);
    }
    std::optional<std::string> before;
    if (!replaced.empty() || !removed.empty()) {
        before = text(json{{"replaced", replaced}, {"removed", removed}});
    }
    const json after{{"source", c.source},   {"flags", changes.put.size()}, {"listed", names.size()}, {"names", names},
                     {"segments", segments}, {"replace_all", c.replaceAll}, {"removed", removed}};
    return Description{AuditActions::kFlagImport,
                       std::to_string(changes.put.size()).append(" flags"),
                       std::move(before),
                       text(after),
                       {}};
}

std::optional<std::string> tierState(const VipCatalog& catalog, const std::string& name)
{
    const auto index = catalog.indexOf(name);
    const VipTier* tier = index ? catalog.at(*index) : nullptr;
    if (tier == nullptr) {
        return std::nullopt;
    }
    return text(json{{"multiplier", tier->multiplier}});
}
}  // namespace

store::AuditEntry auditEntryFor(const Command& command, const EngineShards& engine, const AdminContext& context,
                                TimeNs at)
{
    const EngineConfig& config = engine.config();
    // No catch-all on purpose: a command type without a description here does not compile.
    Description d = std::visit(
        Overloaded{
            [&](const cmd::SetThrottleOverride& c) {
                return Description{AuditActions::kThrottleOverride, "engine.throttle_override", overrideState(engine),
                                   overrideJson(c.level, c.reason, c.expiresAt, c.actor), c.reason};
            },
            [&](const cmd::ClearThrottleOverride& c) {
                return Description{AuditActions::kThrottleClearOverride, "engine.throttle_override",
                                   overrideState(engine), std::nullopt, c.reason};
            },
            [&](const cmd::SetThrottleConfig&) { return settingChange(command, config); },
            [&](const cmd::PutVipTier& c) {
                return Description{AuditActions::kVipTierPut,
                                   c.name,
                                   tierState(engine.vipCatalog(), c.name),
                                   text(json{{"multiplier", c.multiplier}}),
                                   {}};
            },
            [&](const cmd::RemoveVipTier& c) {
                return Description{
                    AuditActions::kVipTierRemove, c.name, tierState(engine.vipCatalog(), c.name), std::nullopt, {}};
            },
            [&](const cmd::AssignVip& c) {
                return Description{AuditActions::kVipAssign, c.key, vipState(engine.vipAssignment(c.key)),
                                   vipState(Engine::VipAssignmentView{c.tier, c.expiresAt}), c.notes};
            },
            [&](const cmd::RevokeVip& c) {
                return Description{
                    AuditActions::kVipRevoke, c.key, vipState(engine.vipAssignment(c.key)), std::nullopt, {}};
            },
            [&](const cmd::ImportVip& c) { return importDescription(c, engine); },
            [&](const cmd::SetVipExpiringLead&) { return settingChange(command, config); },
            [&](const cmd::SetPolicies&) { return settingChange(command, config); },
            [&](const cmd::SetReputationConfig&) { return settingChange(command, config); },
            [&](const cmd::AcknowledgeAlert& c) {
                return alertChange(AuditActions::kAlertAcknowledge, c.id, command, engine, engine.now());
            },
            [&](const cmd::ResolveAlert& c) {
                return alertChange(AuditActions::kAlertResolve, c.id, command, engine, engine.now());
            },
            [&](const cmd::UndoAlertResponse& c) { return undoDescription(c, engine, engine.now()); },
            [&](const cmd::SetAnomalyConfig&) { return settingChange(command, config); },
            [&](const cmd::SetNotifyConfig&) { return settingChange(command, config); },
            [&](const cmd::SetNotifyPreferences& c) {
                return Description{AuditActions::kNotifyPreferencesPut,
                                   c.recipient,
                                   preferencesState(engine, c.recipient),
                                   preferencesText(c.preferences),
                                   {}};
            },
            [&](const cmd::RemoveNotifyPreferences& c) {
                return Description{AuditActions::kNotifyPreferencesRemove,
                                   c.recipient,
                                   preferencesState(engine, c.recipient),
                                   std::nullopt,
                                   {}};
            },
            [&](const cmd::PutNotifyContact& c) {
                return Description{AuditActions::kNotifyContactPut,
                                   c.contact.key,
                                   contactState(engine, c.contact.key),
                                   contactJson(c.contact),
                                   {}};
            },
            [&](const cmd::RemoveNotifyContact& c) {
                return Description{
                    AuditActions::kNotifyContactRemove, c.key, contactState(engine, c.key), std::nullopt, {}};
            },
            [&](const cmd::ImportNotifyContacts& c) { return contactsImport(c, engine); },
            [&](const cmd::MarkNotificationsRead& c) {
                const json after = c.all ? json{{"all", true}, {"recipient", c.recipient}} : json{{"ids", c.ids}};
                return Description{AuditActions::kNotificationRead,
                                   notificationsTarget(c.ids, c.recipient),
                                   std::nullopt,
                                   text(after),
                                   {}};
            },
            [&](const cmd::AcknowledgeNotification& c) {
                return Description{AuditActions::kNotificationAcknowledge,
                                   std::to_string(c.id),
                                   std::nullopt,
                                   text(json{{"acknowledged_by", c.actor}}),
                                   {}};
            },
            [&](const cmd::DeleteNotifications& c) {
                const json before = c.ids.empty() ? json{{"recipient", c.recipient}} : json{{"ids", c.ids}};
                return Description{AuditActions::kNotificationDelete,
                                   notificationsTarget(c.ids, c.recipient),
                                   text(before),
                                   std::nullopt,
                                   {}};
            },
            [&](const cmd::CleanupNotifications& c) {
                return Description{AuditActions::kNotificationCleanup,
                                   "older than " + std::to_string(c.olderThanDays) + " days",
                                   text(json{{"before_ms", c.before / kNsPerMs}, {"older_than_days", c.olderThanDays}}),
                                   std::nullopt,
                                   {}};
            },
            [&](const cmd::AnnounceReport& c) {
                json channels = json::array();
                for (int i = 0; i < kChannelCount; ++i) {
                    if (hasChannel(c.channels, static_cast<Channel>(i))) {
                        channels.push_back(nameOf(static_cast<Channel>(i)));
                    }
                }
                return Description{AuditActions::kReportAnnounce,
                                   c.period,
                                   std::nullopt,
                                   text(json{{"files", c.files}, {"channels", channels}}),
                                   {}};
            },
            [&](const cmd::PutFlag& c) { return flagChange(AuditActions::kFlagPut, c.flag.name, command, engine); },
            [&](const cmd::RemoveFlag& c) {
                return Description{
                    AuditActions::kFlagRemove, c.name, flagState(engine.flagSet().find(c.name)), std::nullopt, {}};
            },
            [&](const cmd::SetFlagEnabled& c) {
                return flagChange(AuditActions::kFlagEnable, c.name, command, engine);
            },
            [&](const cmd::SetFlagRollout& c) {
                return flagChange(AuditActions::kFlagRollout, c.name, command, engine);
            },
            [&](const cmd::SetFlagKilled& c) {
                return flagChange(AuditActions::kFlagKill, c.name, command, engine, c.reason);
            },
            [&](const cmd::SetFlagSchedule& c) {
                return flagChange(AuditActions::kFlagSchedule, c.name, command, engine);
            },
            [&](const cmd::SetRolloutPlan& c) { return flagChange(AuditActions::kFlagPlan, c.name, command, engine); },
            [&](const cmd::PauseRolloutPlan& c) {
                return flagChange(AuditActions::kFlagPlanPause, c.name, command, engine);
            },
            [&](const cmd::PutSegment& c) {
                return Description{AuditActions::kFlagSegmentPut,
                                   std::to_string(c.segment.id),
                                   segmentState(engine.flagSet().segment(c.segment.id)),
                                   segmentState(&c.segment),
                                   {}};
            },
            [&](const cmd::RemoveSegment& c) {
                return Description{AuditActions::kFlagSegmentRemove,
                                   std::to_string(c.id),
                                   segmentState(engine.flagSet().segment(c.id)),
                                   std::nullopt,
                                   {}};
            },
            [&](const cmd::ImportFlags& c) { return flagsImport(c, command, engine); },
        },
        command);
    store::AuditEntry entry;
    entry.at = at;
    entry.actor = context.actor;
    entry.action = std::string(d.action);
    entry.target = std::move(d.target);
    entry.before = std::move(d.before);
    entry.after = std::move(d.after);
    // The command's own words win: they were written for this very change.
    entry.reason = d.reason.empty() ? context.reason : std::move(d.reason);
    return entry;
}

}  // namespace sluice::engine
