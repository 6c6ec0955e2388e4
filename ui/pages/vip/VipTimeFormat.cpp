// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/VipTimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sluice::ui {

QString formatVipTime(engine::TimeNs at)
{
    // Year first and no seconds: short, unambiguous in every locale, and it sorts as it reads.
    return QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatVipDate(engine::TimeNs at)
{
    return QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs).toString(QStringLiteral("yyyy-MM-dd"));
}

QString formatExpiry(engine::TimeNs expiresAt, engine::TimeNs now)
{
    if (expiresAt == 0) {
        return QCoreApplication::translate("VipTimeFormat", "never");
    }
    const engine::TimeNs left = expiresAt - now;
    QString ahead;
    if (left <= 0) {
        ahead = QCoreApplication::translate("VipTimeFormat", "due");
    } else if (left < engine::kNsPerHour) {
        ahead = QCoreApplication::translate("VipTimeFormat", "in %1 min").arg(left / engine::kNsPerMin);
    } else if (left < 2 * engine::kNsPerDay) {
        ahead = QCoreApplication::translate("VipTimeFormat", "in %1 h").arg(left / engine::kNsPerHour);
    } else {
        ahead = QCoreApplication::translate("VipTimeFormat", "in %1 d").arg(left / engine::kNsPerDay);
    }
    return QCoreApplication::translate("VipTimeFormat", "%1 (%2)").arg(formatVipTime(expiresAt), ahead);
}

}  // namespace sluice::ui
