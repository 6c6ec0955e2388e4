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

QString timeRangeSpan(TimeRange range)
{
    switch (range) {
    case TimeRange::FiveMinutes:
        return QCoreApplication::translate("TimeRange", "last 5 minutes");
    case TimeRange::OneHour:
        return QCoreApplication::translate("TimeRange", "last hour");
    case TimeRange::OneDay:
        return QCoreApplication::translate("TimeRange", "last 24 hours");
    case TimeRange::OneWeek:
        return QCoreApplication::translate("TimeRange", "last 7 days");
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
    const std::size_t missing = wanted - (ring->size() - first);
    // A history shorter than the range (a new database, a simulation that just began) is padded with empty
    // buckets before it, so the charts always span the whole range the toolbar shows.
    const auto step = static_cast<std::uint32_t>(spec.bucketSeconds);
    const std::uint32_t nowSec = static_cast<std::uint32_t>(engine::toUnixSec(snapshot.at)) / step * step;
    const std::uint32_t firstStart = ring->empty() ? nowSec : (*ring)[first].startSec;
    std::vector<engine::RollupBucket> out;
    out.reserve(wanted);
    for (std::size_t i = missing; i > 0; --i) {
        const std::uint64_t back = std::uint64_t{ring->empty() ? i - 1 : i} * step;
        if (back > firstStart) {
            continue;  // no time before the epoch to show
        }
        engine::RollupBucket empty;
        empty.startSec = firstStart - static_cast<std::uint32_t>(back);
        out.push_back(empty);
    }
    out.insert(out.end(), ring->begin() + static_cast<std::ptrdiff_t>(first), ring->end());
    return out;
}

}  // namespace sluice::ui
