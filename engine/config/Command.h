// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "config/NotifyConfig.h"
#include "flags/FlagModel.h"

#include <string>
#include <variant>
#include <vector>

namespace sluice::engine {

// Admin commands. They reach the engine thread through its command queue, after the store made them durable.
namespace cmd {
// Imposes a level over the automatic controller until `expiresAt` (0 = until cleared).
struct SetThrottleOverride {
    ThrottleLevel level = ThrottleLevel::None;
    std::string reason;  // required
    TimeNs expiresAt = 0;
    std::string actor;
};
// Hands the level back to the automatic controller.
struct ClearThrottleOverride {
    std::string actor;
    std::string reason = {};  // optional, for the audit log; initialized so callers may leave it out
};
struct SetThrottleConfig {
    ThrottleConfig config;
};
struct PutVipTier {
    std::string name;
    double multiplier = 1.0;
};
struct RemoveVipTier {
    std::string name;
};
struct AssignVip {
    std::string key;
    std::string tier;
    TimeNs expiresAt = 0;  // 0 = never
    std::string notes;
    std::string assignedBy;
};
struct RevokeVip {
    std::string key;
};
// A whole CSV file: every assignment or none. `lines[i]` is the file line of `assignments[i]`, so a refusal
// can name it; empty when the assignments do not come from a file.
struct ImportVip {
    std::vector<AssignVip> assignments;
    std::vector<std::size_t> lines;
};
struct SetVipExpiringLead {
    TimeNs lead = 3 * kNsPerDay;
};
struct SetPolicies {
    std::vector<Policy> policies;  // [0] is the default
};
struct SetReputationConfig {
    ReputationConfig config;
};
// An alert's lifecycle (anomaly/AlertBook): acknowledging says someone is on it; resolving closes it by hand.
struct AcknowledgeAlert {
    std::uint64_t id = 0;
    std::string actor;
};
struct ResolveAlert {
    std::uint64_t id = 0;
    std::string actor;
};
// Takes back what the engine did on its own for the alert: the throttle override and the reputation penalties.
struct UndoAlertResponse {
    std::uint64_t id = 0;
    std::string actor;
};
struct SetAnomalyConfig {
    AnomalyConfig config;
};
// Notifications (notify/): the setting, per-recipient preferences and key owners' contacts.
struct SetNotifyConfig {
    NotifyConfig config;
};
struct SetNotifyPreferences {
    std::string recipient;  // kOpsRecipient or a key
    NotifyPreferences preferences;
};
struct RemoveNotifyPreferences {
    std::string recipient;  // back to the defaults
};
struct PutNotifyContact {
    NotifyContact contact;
};
struct RemoveNotifyContact {
    std::string key;
};
// A whole contacts CSV: every contact or none (like ImportVip). `lines[i]` is the file line of `contacts[i]`.
struct ImportNotifyContacts {
    std::vector<NotifyContact> contacts;
    std::vector<std::size_t> lines;
};
// The inbox. `ids` empty with `all` set: every notification (of `recipient` when not empty).
struct MarkNotificationsRead {
    std::vector<std::uint64_t> ids;
    bool all = false;
    std::string recipient;
    std::string actor;
};
struct AcknowledgeNotification {
    std::uint64_t id = 0;
    std::string actor;
};
struct DeleteNotifications {
    std::vector<std::uint64_t> ids;  // or, when empty, every notification of `recipient`
    std::string recipient;
    std::string actor;
};
// Retention: removes notifications (and their deliveries) created before engine time `before`.
struct CleanupNotifications {
    TimeNs before = 0;
    std::uint32_t olderThanDays = 0;  // what the admin chose, for the audit row
    std::string actor;
};
// A scheduled report was written (the console's daily report, or `sluice serve`'s): the ops team hears of it in
// the inbox and on the chosen external channels, and email carries the files. Audited.
struct AnnounceReport {
    std::string period;              // what it covers, as the title shows it ("2026-12-05")
    std::vector<std::string> files;  // absolute paths
    std::uint64_t requests = 0;      // the key figures the message gives
    std::uint64_t denied = 0;
    std::uint64_t alerts = 0;
    ChannelSet channels = 0;  // external channels (email, SMS, webhook) besides the inbox
    std::string actor;
};
// Feature flags (engine/flags). Each is audited; names are the flags' own.
// Creates a flag or replaces its whole definition (the editor's Save).
struct PutFlag {
    flags::FeatureFlag flag;
    std::string actor;
};
// Deletes an admin's flag; the built-in ones (flags::builtInFlag) are refused.
struct RemoveFlag {
    std::string name;
    std::string actor;
};
// The enabled switch.
struct SetFlagEnabled {
    std::string name;
    bool enabled = true;
    std::string actor;
};
// The rollout slider: flags::setRollout on the flag; refused for a flag without a rollout strategy.
struct SetFlagRollout {
    std::string name;
    int percent = 100;
    std::string actor;
};
// The kill switch: off for every key at once, whatever the flag says, until lifted.
struct SetFlagKilled {
    std::string name;
    bool killed = true;
    std::string reason;  // required when killing
    std::string actor;
};
struct SetFlagSchedule {
    std::string name;
    std::vector<flags::ScheduleEntry> schedule;  // replaces the flag's; entries in the past are refused
    std::string actor;
};
// Starts (or replaces) a rollout plan; nullopt removes it. The plan's first step is `stepEvery` from now.
struct SetRolloutPlan {
    std::string name;
    std::optional<flags::RolloutPlan> plan;
    std::string actor;
};
// Pauses or resumes a plan; resuming a halted plan clears the halt.
struct PauseRolloutPlan {
    std::string name;
    bool paused = true;
    std::string actor;
};
struct PutSegment {
    flags::Segment segment;
    std::string actor;
};
// Refused while a strategy still uses the segment.
struct RemoveSegment {
    int id = 0;
    std::string actor;
};
// A whole client-features file: every flag and segment or none. Replaces flags of the same name and segments
// of the same id; `replaceAll` also deletes admins' flags the file does not have.
struct ImportFlags {
    flags::FlagSet flags;
    bool replaceAll = false;
    std::string source;  // the file, for the audit row
    std::string actor;
};
}  // namespace cmd

using Command = std::variant<
    cmd::SetThrottleOverride, cmd::ClearThrottleOverride, cmd::SetThrottleConfig, cmd::PutVipTier, cmd::RemoveVipTier,
    cmd::AssignVip, cmd::RevokeVip, cmd::SetPolicies, cmd::SetReputationConfig, cmd::ImportVip, cmd::SetVipExpiringLead,
    cmd::AcknowledgeAlert, cmd::ResolveAlert, cmd::UndoAlertResponse, cmd::SetAnomalyConfig, cmd::SetNotifyConfig,
    cmd::SetNotifyPreferences, cmd::RemoveNotifyPreferences, cmd::PutNotifyContact, cmd::RemoveNotifyContact,
    cmd::ImportNotifyContacts, cmd::MarkNotificationsRead, cmd::AcknowledgeNotification, cmd::DeleteNotifications,
    cmd::CleanupNotifications, cmd::PutFlag, cmd::RemoveFlag, cmd::SetFlagEnabled, cmd::SetFlagRollout,
    cmd::SetFlagKilled, cmd::SetFlagSchedule, cmd::SetRolloutPlan, cmd::PauseRolloutPlan, cmd::PutSegment,
    cmd::RemoveSegment, cmd::ImportFlags, cmd::AnnounceReport>;

// Who sends an admin command, travelling with it to the audit log. Every command needs an actor: the runtime
// refuses one without, so no audit row can say "nobody".
struct AdminContext {
    std::string actor;   // OS user name of the admin, or of the account a headless command runs as
    std::string reason;  // why, when the command itself carries none (throttle overrides and AssignVip carry their own)
};

struct CommandResult {
    bool ok = true;
    std::string error;  // for a person: what was refused and why
};

}  // namespace sluice::engine
