// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TimeRange.h"

#include "snapshot/Snapshot.h"

#include <QtGlobal>

#include <array>
#include <vector>

namespace sluice::ui {

// A snapshot's traffic over one time range as rates: one sample per rollup bucket, in requests per second
// whatever the bucket length, so the five-minute and the seven-day views read in the same unit. Each bucket
// also brings its busiest second, so that a long range shows the peak its averages flatten.
struct RateHistory {
    qint64 fromSec = 0;  // the window shown, Unix seconds
    qint64 toSec = 0;
    std::vector<double> startSec;  // of each bucket, oldest first
    std::vector<double> seconds;   // what each bucket covers; the newest may still be filling
    std::vector<double> allowed;   // requests per second
    std::vector<double> denied;
    std::vector<double> peak;        // the busiest second in each bucket, all requests per second
    std::vector<double> peakDenied;  // the second with the most denials in each bucket
    int bucketSeconds = 1;
    std::array<std::vector<double>, engine::kReputationTierCount> deniedByTier;

    void assign(const engine::Snapshot& snapshot, TimeRange range);
};

}  // namespace sluice::ui
