// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/VipTimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sluice::ui {

// As the rest of the console writes times: the user's locale, short (no seconds).
QString formatVipTime(engine::TimeNs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs), QLocale::ShortFormat);
}

QString formatVipDate(engine::TimeNs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs).date(), QLocale::ShortFormat);
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
        ahead =
            QCoreApplication::translate("VipTimeFormat", "in %1 min").arg(QLocale().toString(left / engine::kNsPerMin));
    } else if (left < 2 * engine::kNsPerDay) {
        ahead =
            QCoreApplication::translate("VipTimeFormat", "in %1 h").arg(QLocale().toString(left / engine::kNsPerHour));
    } else {
        ahead =
            QCoreApplication::translate("VipTimeFormat", "in %1 d").arg(QLocale().toString(left / engine::kNsPerDay));
    }
    return QCoreApplication::translate("VipTimeFormat", "%1 (%2)").arg(formatVipTime(expiresAt), ahead);
}

}  // namespace sluice::ui
