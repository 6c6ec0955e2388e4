// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace sluice::ui {

struct TimeTick {
    qint64 sec = 0;  // Unix seconds
    QString label;

    bool operator==(const TimeTick&) const = default;
};

// Tick marks for a time axis from `fromSec` to `toSec` (exclusive of the start): the finest round step
// (1, 2, 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12 hours, days) that gives at most `maxTicks` ticks, aligned to
// local clock time. Labels are local clock times in the user's locale, and the date at midnight.
QList<TimeTick> timeTicks(qint64 fromSec, qint64 toSec, int maxTicks);

}  // namespace sluice::ui
