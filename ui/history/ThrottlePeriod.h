// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

#include <array>
#include <vector>

namespace sluice::ui {

// One row of throttle_events: a period at one level. Times are Unix milliseconds (engine time).
struct ThrottlePeriod {
    qint64 id = 0;
    qint64 atMs = 0;
    qint64 endedAtMs = 0;  // 0 while the period lasts
    QString level;
    QString previousLevel;
    QString reason;
    double multiplier = 1.0;
    double cpuPercent = 0;
    double memoryPercent = 0;
    double concurrency = 0;
    bool automatic = true;
    QString actor;
};

// The periods overlapping a window, newest first, with the time spent at each level inside the window and
// the number of level changes that began in it, both over the periods closed before the window's end (the
// start of the period open when it was read): the reader adds the rest from the engine's live state.
struct ThrottleHistoryData {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::vector<ThrottlePeriod> periods;
    std::array<double, 5> secondsInLevel{};  // none, low, medium, high, critical
    int transitions = 0;
    QString error;
};

}  // namespace sluice::ui

Q_DECLARE_METATYPE(sluice::ui::ThrottleHistoryData)
