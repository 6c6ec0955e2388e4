// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/Snapshot.h"

#include <QString>

#include <vector>

namespace sluice::ui {

// The window of history the charts show. Each picks the finest rollup ring that covers it.
enum class TimeRange { FiveMinutes, OneHour, OneDay, OneWeek };

struct TimeRangeSpec {
    TimeRange range;
    int seconds;        // how far back
    int bucketSeconds;  // resolution of the ring it reads
};

TimeRangeSpec specOf(TimeRange range);
QString timeRangeName(TimeRange range);
// The range as the end of a heading or a sentence: "last hour", "last 5 minutes".
QString timeRangeSpan(TimeRange range);
// The buckets of `snapshot` that fall in the range, oldest first (the last one may still be filling).
std::vector<engine::RollupBucket> bucketsFor(const engine::Snapshot& snapshot, TimeRange range);

}  // namespace sluice::ui
