// SPDX-License-Identifier: Apache-2.0
#include "charts/TimeTicks.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace sluice::ui {

namespace {
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr std::array<qint64, 17> kSteps{10,           15,           30,           kMinute,  2 * kMinute, 5 * kMinute,
                                        10 * kMinute, 15 * kMinute, 30 * kMinute, kHour,    2 * kHour,   3 * kHour,
                                        6 * kHour,    12 * kHour,   kDay,         2 * kDay, 7 * kDay};

QString labelFor(const QDateTime& at, qint64 step)
{
    const QLocale locale;
    const QTime time = at.time();
    if (step >= kDay || (time.hour() == 0 && time.minute() == 0 && time.second() == 0)) {
        return locale.toString(at.date(), QStringLiteral("ddd d"));
    }
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (step < kMinute && !format.contains(QLatin1Char('s'))) {
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    } else if (step >= kMinute) {
        static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
        format.remove(seconds);  // some locales' short format has seconds
    }
    return locale.toString(time, format);
}
}  // namespace

QList<TimeTick> timeTicks(qint64 fromSec, qint64 toSec, int maxTicks)
{
    QList<TimeTick> ticks;
    const qint64 span = toSec - fromSec;
    if (span <= 0) {
        return ticks;
    }
    const int wanted = std::max(maxTicks, 2);
    const auto fits = std::find_if(kSteps.begin(), kSteps.end(), [&](qint64 s) { return span / s <= wanted; });
    const qint64 step = fits != kSteps.end() ? *fits : span / wanted + 1;
    // Round in local time so that ticks fall on the hours and midnights the reader sees.
    const qint64 offset = QDateTime::fromSecsSinceEpoch(fromSec).offsetFromUtc();
    const qint64 localFrom = fromSec + offset;
    qint64 local = (localFrom / step + 1) * step;
    if (step == 7 * kDay) {
        local -= 3 * kDay;  // the epoch was a Thursday; weeks begin on Monday
        local += local <= localFrom ? step : 0;
    }
    for (; local - offset <= toSec; local += step) {
        const qint64 sec = local - offset;
        QString label = labelFor(QDateTime::fromSecsSinceEpoch(sec), step);
        const bool taken = std::any_of(ticks.begin(), ticks.end(), [&](const TimeTick& t) { return t.label == label; });
        if (!taken) {  // category axes key their ticks by label
            ticks.append(TimeTick{sec, std::move(label)});
        }
    }
    return ticks;
}

}  // namespace sluice::ui
