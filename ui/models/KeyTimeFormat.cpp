// SPDX-License-Identifier: Apache-2.0
#include "models/KeyTimeFormat.h"

#include <QDateTime>
#include <QLocale>

namespace sluice::ui {

QString formatKeyTime(qint64 atMs)
{
    const QLocale locale;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(atMs);
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s'))) {
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));  // violations are seconds apart
    }
    if (when.date() == QDate::currentDate()) {
        return locale.toString(when.time(), time);
    }
    return locale.toString(when, QStringLiteral("%1 %2").arg(locale.dateFormat(QLocale::ShortFormat), time));
}

}  // namespace sluice::ui
