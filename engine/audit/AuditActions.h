// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <string_view>

namespace sluice::engine {

// The actions an audit row can name, as stored in audit_log.action. They are ids, not words: old rows keep
// them forever, so an id is never renamed; readers put them into words (and every id here must have words).
struct AuditActions final {
    static constexpr std::string_view kThrottleOverride = "throttle.override";
    static constexpr std::string_view kThrottleClearOverride = "throttle.clear_override";
    static constexpr std::string_view kVipTierPut = "vip_tier.put";
    static constexpr std::string_view kVipTierRemove = "vip_tier.remove";
    static constexpr std::string_view kVipAssign = "vip.assign";
    static constexpr std::string_view kVipRevoke = "vip.revoke";
    static constexpr std::string_view kVipImport = "vip.import";
    static constexpr std::string_view kSettingPut = "setting.put";    // the target names the setting
    static constexpr std::string_view kTokenCreate = "token.create";  // the target names the API token
    static constexpr std::string_view kTokenRevoke = "token.revoke";
    static constexpr std::string_view kAlertAcknowledge = "alert.acknowledge";  // the target is the alert's id
    static constexpr std::string_view kAlertResolve = "alert.resolve";
    static constexpr std::string_view kAlertUndoResponse = "alert.undo_response";
    static constexpr std::string_view kAlertRespond = "alert.respond";  // what the engine did on its own
    // Notifications: the target is the recipient ('ops' or a key), the key, or the notification ids.
    static constexpr std::string_view kNotifyPreferencesPut = "notify_preferences.put";
    static constexpr std::string_view kNotifyPreferencesRemove = "notify_preferences.remove";
    static constexpr std::string_view kNotifyContactPut = "notify_contact.put";
    static constexpr std::string_view kNotifyContactRemove = "notify_contact.remove";
    static constexpr std::string_view kNotifyContactImport = "notify_contact.import";
    static constexpr std::string_view kNotificationRead = "notification.read";
    static constexpr std::string_view kNotificationAcknowledge = "notification.acknowledge";
    static constexpr std::string_view kNotificationDelete = "notification.delete";
    static constexpr std::string_view kNotificationCleanup = "notification.cleanup";
    // Feature flags: the target is the flag's name, the segment's id, or "<n> flags" for an import; before and
    // after are the flag's (segment's) client-features JSON.
    static constexpr std::string_view kReportAnnounce = "report.announce";  // the target is the period
    static constexpr std::string_view kFlagPut = "flag.put";
    static constexpr std::string_view kFlagRemove = "flag.remove";
    static constexpr std::string_view kFlagEnable = "flag.enable";
    static constexpr std::string_view kFlagRollout = "flag.rollout";
    static constexpr std::string_view kFlagKill = "flag.kill";
    static constexpr std::string_view kFlagSchedule = "flag.schedule";
    static constexpr std::string_view kFlagPlan = "flag.plan";
    static constexpr std::string_view kFlagPlanPause = "flag.plan_pause";
    static constexpr std::string_view kFlagSegmentPut = "flag.segment_put";
    static constexpr std::string_view kFlagSegmentRemove = "flag.segment_remove";
    static constexpr std::string_view kFlagImport = "flag.import";
    // What the engine did to a flag on its own (actor "sluice"), written with the flag (store::FlagWrite).
    static constexpr std::string_view kFlagScheduleApplied = "flag.schedule_applied";
    static constexpr std::string_view kFlagPlanStep = "flag.plan_step";
    static constexpr std::string_view kFlagPlanHalt = "flag.plan_halt";

    static constexpr std::array kAll{kThrottleOverride,
                                     kThrottleClearOverride,
                                     kVipTierPut,
                                     kVipTierRemove,
                                     kVipAssign,
                                     kVipRevoke,
                                     kVipImport,
                                     kSettingPut,
                                     kTokenCreate,
                                     kTokenRevoke,
                                     kAlertAcknowledge,
                                     kAlertResolve,
                                     kAlertUndoResponse,
                                     kAlertRespond,
                                     kNotifyPreferencesPut,
                                     kNotifyPreferencesRemove,
                                     kNotifyContactPut,
                                     kNotifyContactRemove,
                                     kNotifyContactImport,
                                     kNotificationRead,
                                     kNotificationAcknowledge,
                                     kNotificationDelete,
                                     kNotificationCleanup,
                                     kReportAnnounce,
                                     kFlagPut,
                                     kFlagRemove,
                                     kFlagEnable,
                                     kFlagRollout,
                                     kFlagKill,
                                     kFlagSchedule,
                                     kFlagPlan,
                                     kFlagPlanPause,
                                     kFlagSegmentPut,
                                     kFlagSegmentRemove,
                                     kFlagImport,
                                     kFlagScheduleApplied,
                                     kFlagPlanStep,
                                     kFlagPlanHalt};
};

}  // namespace sluice::engine
