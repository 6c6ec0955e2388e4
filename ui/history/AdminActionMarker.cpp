// SPDX-License-Identifier: Apache-2.0
#include "history/AdminActionMarker.h"

#include "Format.h"
#include "audit/AuditActions.h"
#include "history/AdminActionText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <string_view>

namespace sluice::ui {

namespace {
using engine::AuditActions;

constexpr std::string_view kUnmarkedSetting = "engine.vip_expiring_lead_s";

QString id(std::string_view text) { return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size())); }

// Every text comes through QT_TRANSLATE_NOOP, so that lupdate finds it.
QString say(const char* text) { return QCoreApplication::translate("AdminActionMarker", text); }

QJsonObject stateOf(const QString& json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

QString overrideLabel(const AdminActionRecord& r)
{
    engine::ThrottleLevel level{};
    const QByteArray name = stateOf(r.after).value(QLatin1String("level")).toString().toUtf8();
    if (!engine::parseThrottleLevel(std::string_view(name.constData(), static_cast<std::size_t>(name.size())), level)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "Override set"));
    }
    return say(QT_TRANSLATE_NOOP("AdminActionMarker", "Override: %1")).arg(throttleName(level));
}

QString label(const AdminActionRecord& r)
{
    const QString& a = r.action;
    if (a == id(AuditActions::kThrottleOverride)) {
        return overrideLabel(r);
    }
    if (a == id(AuditActions::kThrottleClearOverride)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "Override cleared"));
    }
    if (a == id(AuditActions::kVipAssign)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "VIP %1 → %2"))
            .arg(stateOf(r.after).value(QLatin1String("tier")).toString(), r.target);
    }
    if (a == id(AuditActions::kVipRevoke)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "VIP revoked: %1")).arg(r.target);
    }
    if (a == id(AuditActions::kVipImport)) {
        const int keys = stateOf(r.after).value(QLatin1String("assignments")).toInt();
        return QCoreApplication::translate("AdminActionMarker", "VIP import: %n key(s)", nullptr, keys);
    }
    if (a == id(AuditActions::kVipTierPut)) {
        const double multiplier = stateOf(r.after).value(QLatin1String("multiplier")).toDouble();
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "VIP tier %1 ×%2"))
            .arg(r.target, QLocale().toString(multiplier, 'g', 6));
    }
    if (a == id(AuditActions::kVipTierRemove)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "VIP tier removed: %1")).arg(r.target);
    }
    if (a == id(AuditActions::kSettingPut)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "%1 changed")).arg(adminTargetWords(r.action, r.target));
    }
    if (a == id(AuditActions::kTokenCreate)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "Token created: %1")).arg(r.target);
    }
    if (a == id(AuditActions::kTokenRevoke)) {
        return say(QT_TRANSLATE_NOOP("AdminActionMarker", "Token revoked: %1")).arg(r.target);
    }
    return adminActionWords(r.action);
}

QString detail(const AdminActionRecord& r)
{
    QStringList lines;
    lines << say(QT_TRANSLATE_NOOP("AdminActionMarker", "%1: %2"))
                 .arg(adminActionWords(r.action), adminTargetWords(r.action, r.target));
    lines << (r.reason.isEmpty() ? say(QT_TRANSLATE_NOOP("AdminActionMarker", "By %1")).arg(r.actor)
                                 : say(QT_TRANSLATE_NOOP("AdminActionMarker", "By %1: %2")).arg(r.actor, r.reason));
    lines << say(QT_TRANSLATE_NOOP("AdminActionMarker", "Wall clock: %1"))
                 .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.atMs), QLocale::LongFormat));
    return lines.join(QLatin1Char('\n'));
}
}  // namespace

QString marksChartsSql()
{
    return QStringLiteral("NOT (action = '%1' AND target = '%2')")
        .arg(id(AuditActions::kSettingPut), id(kUnmarkedSetting));
}

ChartMarker adminActionMarker(const AdminActionRecord& record)
{
    ChartMarker marker;
    marker.atMs = record.shownAtMs();
    marker.label = label(record);
    marker.detail = detail(record);
    return marker;  // the colour: the chart's own for markers
}

}  // namespace sluice::ui
