// SPDX-License-Identifier: Apache-2.0
#include "history/AdminActionText.h"

#include "audit/AuditActions.h"
#include "config/ConfigJson.h"
#include "flags/FeatureGates.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <string_view>

namespace sluice::ui {

namespace {
using engine::AuditActions;

struct Words {
    std::string_view id;
    const char* words;
};

constexpr Words kActions[] = {
    {AuditActions::kThrottleOverride, QT_TRANSLATE_NOOP("AdminActionText", "Throttle override set")},
    {AuditActions::kThrottleClearOverride, QT_TRANSLATE_NOOP("AdminActionText", "Throttle override cleared")},
    {AuditActions::kVipTierPut, QT_TRANSLATE_NOOP("AdminActionText", "VIP tier saved")},
    {AuditActions::kVipTierRemove, QT_TRANSLATE_NOOP("AdminActionText", "VIP tier removed")},
    {AuditActions::kVipAssign, QT_TRANSLATE_NOOP("AdminActionText", "VIP assigned")},
    {AuditActions::kVipRevoke, QT_TRANSLATE_NOOP("AdminActionText", "VIP revoked")},
    {AuditActions::kVipImport, QT_TRANSLATE_NOOP("AdminActionText", "VIP list imported")},
    {AuditActions::kSettingPut, QT_TRANSLATE_NOOP("AdminActionText", "Setting changed")},
    {AuditActions::kTokenCreate, QT_TRANSLATE_NOOP("AdminActionText", "API token created")},
    {AuditActions::kTokenRevoke, QT_TRANSLATE_NOOP("AdminActionText", "API token revoked")},
    {AuditActions::kAlertAcknowledge, QT_TRANSLATE_NOOP("AdminActionText", "Anomaly alert acknowledged")},
    {AuditActions::kAlertResolve, QT_TRANSLATE_NOOP("AdminActionText", "Anomaly alert resolved")},
    {AuditActions::kAlertUndoResponse, QT_TRANSLATE_NOOP("AdminActionText", "Automatic response undone")},
    {AuditActions::kAlertRespond, QT_TRANSLATE_NOOP("AdminActionText", "Automatic response to an anomaly")},
    {AuditActions::kNotifyPreferencesPut, QT_TRANSLATE_NOOP("AdminActionText", "Notification preferences saved")},
    {AuditActions::kNotifyPreferencesRemove, QT_TRANSLATE_NOOP("AdminActionText", "Notification preferences reset")},
    {AuditActions::kNotifyContactPut, QT_TRANSLATE_NOOP("AdminActionText", "Contact saved")},
    {AuditActions::kNotifyContactRemove, QT_TRANSLATE_NOOP("AdminActionText", "Contact removed")},
    {AuditActions::kNotifyContactImport, QT_TRANSLATE_NOOP("AdminActionText", "Contacts imported")},
    {AuditActions::kNotificationRead, QT_TRANSLATE_NOOP("AdminActionText", "Notifications marked read")},
    {AuditActions::kNotificationAcknowledge, QT_TRANSLATE_NOOP("AdminActionText", "Notification acknowledged")},
    {AuditActions::kNotificationDelete, QT_TRANSLATE_NOOP("AdminActionText", "Notifications deleted")},
    {AuditActions::kNotificationCleanup, QT_TRANSLATE_NOOP("AdminActionText", "Old notifications removed")},
    {AuditActions::kReportAnnounce, QT_TRANSLATE_NOOP("AdminActionText", "Daily report sent to the ops team")},
    {AuditActions::kFlagPut, QT_TRANSLATE_NOOP("AdminActionText", "Feature flag saved")},
    {AuditActions::kFlagRemove, QT_TRANSLATE_NOOP("AdminActionText", "Feature flag deleted")},
    {AuditActions::kFlagEnable, QT_TRANSLATE_NOOP("AdminActionText", "Feature flag switched")},
    {AuditActions::kFlagRollout, QT_TRANSLATE_NOOP("AdminActionText", "Feature flag rollout changed")},
    {AuditActions::kFlagKill, QT_TRANSLATE_NOOP("AdminActionText", "Feature flag kill switch")},
    {AuditActions::kFlagSchedule, QT_TRANSLATE_NOOP("AdminActionText", "Feature flag schedule set")},
    {AuditActions::kFlagPlan, QT_TRANSLATE_NOOP("AdminActionText", "Rollout plan set")},
    {AuditActions::kFlagPlanPause, QT_TRANSLATE_NOOP("AdminActionText", "Rollout plan paused or resumed")},
    {AuditActions::kFlagSegmentPut, QT_TRANSLATE_NOOP("AdminActionText", "Flag segment saved")},
    {AuditActions::kFlagSegmentRemove, QT_TRANSLATE_NOOP("AdminActionText", "Flag segment deleted")},
    {AuditActions::kFlagImport, QT_TRANSLATE_NOOP("AdminActionText", "Feature flags imported")},
    {AuditActions::kFlagScheduleApplied, QT_TRANSLATE_NOOP("AdminActionText", "Scheduled flag change applied")},
    {AuditActions::kFlagPlanStep, QT_TRANSLATE_NOOP("AdminActionText", "Rollout plan step")},
    {AuditActions::kFlagPlanHalt, QT_TRANSLATE_NOOP("AdminActionText", "Rollout plan halted")},
};

// The engine's own settings rows (engine/config/ConfigJson), as a setting change or the override names them.
constexpr Words kSettings[] = {
    {engine::ConfigJson::kThrottleOverrideSetting, QT_TRANSLATE_NOOP("AdminActionText", "Auto-throttle")},
    {"engine.throttle", QT_TRANSLATE_NOOP("AdminActionText", "Auto-throttle settings")},
    {"engine.policies", QT_TRANSLATE_NOOP("AdminActionText", "Rate limit policies")},
    {"engine.reputation", QT_TRANSLATE_NOOP("AdminActionText", "Reputation settings")},
    {"engine.vip_expiring_lead_s", QT_TRANSLATE_NOOP("AdminActionText", "VIP expiry warning")},
    {"engine.anomaly", QT_TRANSLATE_NOOP("AdminActionText", "Anomaly detection settings")},
    {"engine.notify", QT_TRANSLATE_NOOP("AdminActionText", "Notification settings")},
};

constexpr std::string_view kFeaturePrefix = "engine.feature.";

const char* featureWords(engine::Feature feature)
{
    switch (feature) {
    case engine::Feature::ReputationSystem:
        return QT_TRANSLATE_NOOP("AdminActionText", "Reputation system gate");
    case engine::Feature::AdaptiveLimiting:
        return QT_TRANSLATE_NOOP("AdminActionText", "Adaptive limiting gate");
    case engine::Feature::AnomalyDetection:
        return QT_TRANSLATE_NOOP("AdminActionText", "Anomaly detection gate");
    }
    return nullptr;
}

QString translated(const char* words) { return QCoreApplication::translate("AdminActionText", words); }

const Words* find(const auto& table, const QString& id)
{
    const QByteArray utf8 = id.toUtf8();
    const std::string_view key(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    for (const Words& entry : table) {
        if (entry.id == key) {
            return &entry;
        }
    }
    return nullptr;
}
}  // namespace

QString adminActionWords(const QString& action)
{
    const Words* entry = find(kActions, action);
    return entry != nullptr ? translated(entry->words) : action;
}

bool hasAdminActionWords(const QString& action) { return find(kActions, action) != nullptr; }

QStringList adminSettingWords()
{
    QStringList words;
    for (const Words& entry : kSettings) {
        words << translated(entry.words);
    }
    for (int f = 0; f < engine::kFeatureCount; ++f) {
        words << translated(featureWords(static_cast<engine::Feature>(f)));
    }
    return words;
}

QString adminTargetWords(const QString& action, const QString& target)
{
    const auto is = [&action](std::string_view id) {
        return action == QLatin1String(id.data(), static_cast<qsizetype>(id.size()));
    };
    if (is(AuditActions::kVipImport)) {
        // The engine writes "<n> assignments" in English.
        static const QRegularExpression count(QStringLiteral("^(\\d+) assignments$"));
        // Not an if with an initializer: lupdate 6.4 loops forever on one around a translate() call.
        const QRegularExpressionMatch match = count.match(target);
        if (match.hasMatch()) {
            const int assignments = match.captured(1).toInt();
            return QCoreApplication::translate("AdminActionText", "%n assignment(s)", nullptr, assignments);
        }
        return target;
    }
    if (is(AuditActions::kFlagImport)) {
        // The engine writes "<n> flags" in English.
        static const QRegularExpression count(QStringLiteral("^(\\d+) flags$"));
        const QRegularExpressionMatch match = count.match(target);
        if (match.hasMatch()) {
            const int flags = match.captured(1).toInt();
            return QCoreApplication::translate("AdminActionText", "%n flag(s)", nullptr, flags);
        }
        return target;
    }
    if (is(AuditActions::kFlagSegmentPut) || is(AuditActions::kFlagSegmentRemove)) {
        return QCoreApplication::translate("AdminActionText", "Segment %1").arg(target);
    }
    // Keys and tier names are chosen by people: only the engine's own targets are put into words.
    if (!is(AuditActions::kSettingPut) && !is(AuditActions::kThrottleOverride) &&
        !is(AuditActions::kThrottleClearOverride)) {
        return target;
    }
    if (const Words* entry = find(kSettings, target)) {
        return translated(entry->words);
    }
    const QByteArray utf8 = target.toUtf8();
    const std::string_view name(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    if (name.starts_with(kFeaturePrefix)) {
        if (const auto feature = engine::parseFeature(name.substr(kFeaturePrefix.size()))) {
            return translated(featureWords(*feature));
        }
    }
    return target;
}

}  // namespace sluice::ui
