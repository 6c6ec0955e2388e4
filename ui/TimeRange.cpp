// SPDX-License-Identifier: Apache-2.0
#include "TimeRange.h"

#include <QCoreApplication>

namespace sluice::ui {

TimeRangeSpec specOf(TimeRange range)
{
    switch (range) {
    case TimeRange::FiveMinutes:
        return {range, 5 * 60, 1};
    case TimeRange::OneHour:
        return {range, 3600, 1};
    case TimeRange::OneDay:
        return {range, 24 * 3600, 60};
    case TimeRange::OneWeek:
        return {range, 7 * 24 * 3600, 600};
    }
    return {range, 300, 1};
}

QString timeRangeName(TimeRange range)
{
    switch (range) {
    case TimeRange::FiveMinutes:
        return QCoreApplication::translate("TimeRange", "5 minutes");
    case TimeRange::OneHour:
        return QCoreApplication::translate("TimeRange", "1 hour");
    case TimeRange::OneDay:
        return QCoreApplication::translate("TimeRange", "24 hours");
    case TimeRange::OneWeek:
        return QCoreApplication::translate("TimeRange", "7 days");
    }
    return {};
}

std::vector<engine::RollupBucket> bucketsFor(const engine::Snapshot& snapshot, TimeRange range)
{
    const TimeRangeSpec spec = specOf(range);
    const std::vector<engine::RollupBucket>* ring = &snapshot.lastHourBySecond;
    if (spec.bucketSeconds == 60) {
        ring = &snapshot.lastDayByMinute;
    } else if (spec.bucketSeconds == 600) {
        ring = &snapshot.lastWeekByTenMinutes;
    }
    const auto wanted = static_cast<std::size_t>(spec.seconds / spec.bucketSeconds);
    const std::size_t first = ring->size() > wanted ? ring->size() - wanted : 0;
    return {ring->begin() + static_cast<std::ptrdiff_t>(first), ring->end()};
}

}  // namespace sluice::ui
