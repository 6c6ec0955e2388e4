// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyTypes.h"

#include <QIcon>
#include <QString>

#include <optional>

namespace sluice::ui {

// Notifications in the console's words. Stored names (as the database keeps them) go in; an unknown name is
// shown as it is.
QString notificationTypeName(engine::NotificationType type);
QString notificationTypeName(const QString& stored);
// A small coloured mark per kind of notification (tiers, violations, VIP, the ops team's, the rest).
QIcon notificationTypeIcon(const QString& stored);
// A stored channel name ("email") as the engine's channel; nullopt for an unknown name.
std::optional<engine::Channel> channelOf(const QString& stored);
QString channelName(engine::Channel channel);
QString channelName(const QString& stored);
QString deliveryStateName(const QString& stored);
QString breakerStateName(engine::BreakerState state);
QString severityName(int severity);
// Who a notification is for: "Ops team" or "Owner of key %1".
QString recipientName(const QString& recipient);
// A moment in Unix milliseconds, date and time in the user's locale; "—" for 0 (not yet).
QString notificationMoment(qint64 ms);

}  // namespace sluice::ui
