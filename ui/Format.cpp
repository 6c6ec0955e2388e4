// SPDX-License-Identifier: Apache-2.0
#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace sluice::ui {

QString formatCount(quint64 value) { return QLocale().toString(value); }

QString formatPercent(double fraction)
{
    return QCoreApplication::translate("Format", "%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString formatRate(double perSecond)
{
    return QCoreApplication::translate("Format", "%1/s").arg(QLocale().toString(perSecond, 'f', 0));
}

QString formatNumber(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

QString tierName(engine::ReputationTier tier)
{
    switch (tier) {
    case engine::ReputationTier::Flagged:
        return QCoreApplication::translate("Format", "Flagged");
    case engine::ReputationTier::Standard:
        return QCoreApplication::translate("Format", "Standard");
    case engine::ReputationTier::Trusted:
        return QCoreApplication::translate("Format", "Trusted");
    }
    return {};
}

QString throttleName(engine::ThrottleLevel level)
{
    switch (level) {
    case engine::ThrottleLevel::None:
        return QCoreApplication::translate("Format", "None");
    case engine::ThrottleLevel::Low:
        return QCoreApplication::translate("Format", "Low");
    case engine::ThrottleLevel::Medium:
        return QCoreApplication::translate("Format", "Medium");
    case engine::ThrottleLevel::High:
        return QCoreApplication::translate("Format", "High");
    case engine::ThrottleLevel::Critical:
        return QCoreApplication::translate("Format", "Critical");
    }
    return {};
}

QString formatDuration(qint64 ms)
{
    const qint64 sec = std::max<qint64>(0, ms / 1000);
    const qint64 min = sec / 60;
    const qint64 hours = min / 60;
    const qint64 days = hours / 24;
    const QLocale locale;
    if (days > 0) {
        return QCoreApplication::translate("Format", "%1 d %2 h")
            .arg(locale.toString(days), locale.toString(hours % 24));
    }
    if (hours > 0) {
        return QCoreApplication::translate("Format", "%1 h %2 min")
            .arg(locale.toString(hours), locale.toString(min % 60));
    }
    if (min > 0) {
        return QCoreApplication::translate("Format", "%1 min %2 s")
            .arg(locale.toString(min), locale.toString(sec % 60));
    }
    return QCoreApplication::translate("Format", "%1 s").arg(locale.toString(sec));
}

QString formatSpan(qint64 ms)
{
    constexpr qint64 kMinute = 60 * 1000;
    if (ms <= 0 || ms % kMinute != 0) {
        return formatDuration(ms);
    }
    // A plain int for %n: lupdate does not see a translation whose count is a cast.
    const int minutes = static_cast<int>(std::min<qint64>(ms / kMinute, INT_MAX));
    if (minutes % (24 * 60) == 0) {
        const int days = minutes / (24 * 60);
        return QCoreApplication::translate("Format", "%n day(s)", "", days);
    }
    if (minutes % 60 == 0) {
        const int hours = minutes / 60;
        return QCoreApplication::translate("Format", "%n hour(s)", "", hours);
    }
    return QCoreApplication::translate("Format", "%n minute(s)", "", minutes);
}

}  // namespace sluice::ui
