// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/NotificationText.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <optional>
#include <string_view>

namespace sluice::ui {

namespace {
std::optional<engine::NotificationType> typeOf(const QString& stored)
{
    const QByteArray name = stored.toLatin1();
    return engine::parseNotificationType(std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
}

// The colour families of the marks: the tier colours' blue for tiers, red for trouble, gold for VIP.
QColor colourOf(engine::NotificationType type)
{
    using T = engine::NotificationType;
    switch (type) {
    case T::TierChange:
    case T::Trusted:
        return QColor(0x2b, 0x6c, 0xb0);
    case T::Violation:
    case T::Flagged:
    case T::ReputationLow:
        return QColor(0xc0, 0x39, 0x2b);
    case T::VipAssigned:
    case T::VipExpiring:
    case T::VipExpired:
        return QColor(0xc2, 0x8a, 0x0e);
    case T::AnomalyAlert:
        return QColor(0xd3, 0x54, 0x00);
    case T::ThrottleChange:
        return QColor(0x7d, 0x3c, 0x98);
    case T::Report:
        return QColor(0x1e, 0x84, 0x49);
    case T::Digest:
    case T::Test:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}
}  // namespace

std::optional<engine::Channel> channelOf(const QString& stored)
{
    const QByteArray name = stored.toLatin1();
    return engine::parseChannel(std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
}

QString notificationTypeName(engine::NotificationType type)
{
    using T = engine::NotificationType;
    switch (type) {
    case T::TierChange:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Tier change");
    case T::Violation:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Violation");
    case T::VipAssigned:
        return QCoreApplication::translate("sluice::ui::NotificationText", "VIP assigned");
    case T::VipExpiring:
        return QCoreApplication::translate("sluice::ui::NotificationText", "VIP expiring");
    case T::VipExpired:
        return QCoreApplication::translate("sluice::ui::NotificationText", "VIP expired");
    case T::Flagged:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Flagged");
    case T::Trusted:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Trusted");
    case T::ReputationLow:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Low reputation");
    case T::AnomalyAlert:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Anomaly alert");
    case T::ThrottleChange:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Throttle change");
    case T::Digest:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Daily digest");
    case T::Test:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Test message");
    case T::Report:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Operations report");
    }
    return {};
}

QString notificationTypeName(const QString& stored)
{
    const auto type = typeOf(stored);
    return type ? notificationTypeName(*type) : stored;
}

QIcon notificationTypeIcon(const QString& stored)
{
    const auto type = typeOf(stored);
    const QColor colour = type ? colourOf(*type) : QColor(Qt::gray);
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal margin = size / 8.0;
        // Ops-only kinds are squares, a key's are circles: the shape tells whom it concerns.
        const QRectF box(margin, margin, size - 2 * margin, size - 2 * margin);
        if (type == engine::NotificationType::AnomalyAlert || type == engine::NotificationType::ThrottleChange) {
            painter.drawRoundedRect(box, size / 8.0, size / 8.0);
        } else {
            painter.drawEllipse(box);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString channelName(engine::Channel channel)
{
    switch (channel) {
    case engine::Channel::InApp:
        return QCoreApplication::translate("sluice::ui::NotificationText", "In-app");
    case engine::Channel::Email:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Email");
    case engine::Channel::Sms:
        return QCoreApplication::translate("sluice::ui::NotificationText", "SMS");
    case engine::Channel::Webhook:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Webhook");
    }
    return {};
}

QString channelName(const QString& stored)
{
    const auto channel = channelOf(stored);
    return channel ? channelName(*channel) : stored;
}

QString deliveryStateName(const QString& stored)
{
    if (stored == QLatin1String("pending")) {
        return QCoreApplication::translate("sluice::ui::NotificationText", "Pending");
    }
    if (stored == QLatin1String("sent")) {
        return QCoreApplication::translate("sluice::ui::NotificationText", "Sent");
    }
    if (stored == QLatin1String("failed")) {
        return QCoreApplication::translate("sluice::ui::NotificationText", "Failed");
    }
    return stored;
}

QString breakerStateName(engine::BreakerState state)
{
    switch (state) {
    case engine::BreakerState::Closed:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Closed (sending)");
    case engine::BreakerState::Open:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Open (paused after repeated failures)");
    case engine::BreakerState::HalfOpen:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Half-open (one trial delivery)");
    }
    return {};
}

QString severityName(int severity)
{
    switch (severity) {
    case 2:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Critical");
    case 1:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Warning");
    default:
        return QCoreApplication::translate("sluice::ui::NotificationText", "Info");
    }
}

QString recipientName(const QString& recipient)
{
    if (recipient ==
        QLatin1String(engine::kOpsRecipient.data(), static_cast<qsizetype>(engine::kOpsRecipient.size()))) {
        return QCoreApplication::translate("sluice::ui::NotificationText", "Ops team");
    }
    return QCoreApplication::translate("sluice::ui::NotificationText", "Owner of key %1").arg(recipient);
}

QString notificationMoment(qint64 ms)
{
    if (ms == 0) {
        return QStringLiteral("—");
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

}  // namespace sluice::ui
