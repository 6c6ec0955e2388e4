// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/PreferencesText.h"

#include "pages/notifications/NotificationText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string_view>

namespace sluice::ui {

namespace {
void readBool(const QJsonObject& o, const char* name, bool& value)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isBool()) {
        value = v.toBool();
    }
}

void readMinute(const QJsonObject& o, const char* name, int& value)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 24 * 60) {
        value = v.toInt();
    }
}
}  // namespace

engine::NotifyPreferences preferencesFromJson(const QString& json)
{
    engine::NotifyPreferences p;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    readBool(o, "enable_tier_notifications", p.enableTierNotifications);
    readBool(o, "enable_violation_alerts", p.enableViolationAlerts);
    readBool(o, "enable_vip_notifications", p.enableVipNotifications);
    readBool(o, "notify_on_violation", p.notifyOnViolation);
    readBool(o, "notify_on_decay", p.notifyOnDecay);
    readBool(o, "aggregate_daily", p.aggregateDaily);
    readMinute(o, "quiet_start_minute", p.quietStartMinute);
    readMinute(o, "quiet_end_minute", p.quietEndMinute);
    if (const QJsonValue channels = o.value(QLatin1String("preferred_channels")); channels.isArray()) {
        p.preferredChannels = 0;
        for (const QJsonValue& c : channels.toArray()) {
            if (const auto channel = channelOf(c.toString())) {
                p.preferredChannels |= engine::channelBit(*channel);
            }
        }
    }
    return p;
}

}  // namespace sluice::ui
