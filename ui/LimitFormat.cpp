// SPDX-License-Identifier: Apache-2.0
#include "LimitFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sluice::ui {

QString formatPerPeriod(quint64 count, engine::TimeNs period)
{
    const QString n = QLocale().toString(count);
    switch (period) {
    case engine::kNsPerSec:
        return QCoreApplication::translate("LimitFormat", "%1/s").arg(n);
    case engine::kNsPerMin:
        return QCoreApplication::translate("LimitFormat", "%1/min").arg(n);
    case engine::kNsPerHour:
        return QCoreApplication::translate("LimitFormat", "%1/h").arg(n);
    case engine::kNsPerDay:
        return QCoreApplication::translate("LimitFormat", "%1/day").arg(n);
    default:
        return QCoreApplication::translate("LimitFormat", "%1 per %2 s")
            .arg(n, QLocale().toString(static_cast<double>(period) / engine::kNsPerSec, 'g', 6));
    }
}

QString formatMultiplier(double multiplier)
{
    const bool tenths = std::abs(multiplier * 10.0 - std::round(multiplier * 10.0)) < 1e-9;
    return QLocale().toString(multiplier, 'f', tenths ? 1 : 2);
}

QString formatLimitBreakdown(const engine::LimitBreakdown& limit)
{
    return QCoreApplication::translate("LimitFormat", "%1 × %2 × %3 × %4 = %5")
        .arg(formatPerPeriod(limit.baseLimit, limit.period), formatMultiplier(limit.reputationMultiplier),
             formatMultiplier(limit.vipMultiplier), formatMultiplier(limit.throttleMultiplier),
             formatPerPeriod(limit.effectiveLimit, limit.period));
}

QString routeName(const std::string& route)
{
    return route.empty() ? QCoreApplication::translate("LimitFormat", "default route") : QString::fromStdString(route);
}

QString formatRouteLimit(const engine::RouteLimit& limit)
{
    return QCoreApplication::translate("LimitFormat", "%1: %2")
        .arg(routeName(limit.route), formatLimitBreakdown(limit.limit));
}

}  // namespace sluice::ui
