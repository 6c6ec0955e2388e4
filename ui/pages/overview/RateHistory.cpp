// SPDX-License-Identifier: Apache-2.0
#include "pages/overview/RateHistory.h"

#include <algorithm>

namespace sluice::ui {

void RateHistory::assign(const engine::Snapshot& snapshot, TimeRange range)
{
    const TimeRangeSpec spec = specOf(range);
    const std::vector<engine::RollupBucket> buckets = bucketsFor(snapshot, range);
    qint64 nowSec = snapshot.at > 0 ? engine::toUnixSec(snapshot.at) : 0;
    if (!buckets.empty()) {
        // The rings hold complete seconds only: the newest one ends where the snapshot's second begins.
        nowSec = std::max<qint64>(nowSec, qint64{buckets.back().startSec} + (spec.bucketSeconds == 1 ? 1 : 0));
    }
    toSec = nowSec;
    fromSec = nowSec - spec.seconds;

    startSec.clear();
    seconds.clear();
    allowed.clear();
    denied.clear();
    peak.clear();
    peakDenied.clear();
    bucketSeconds = spec.bucketSeconds;
    for (auto& tier : deniedByTier) {
        tier.clear();
    }
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        const engine::RollupBucket& b = buckets[i];
        double length = spec.bucketSeconds;
        if (i + 1 == buckets.size()) {  // the open interval covers only the seconds elapsed in it
            length = static_cast<double>(std::clamp<qint64>(nowSec - b.startSec, 1, spec.bucketSeconds));
        }
        startSec.push_back(b.startSec);
        seconds.push_back(length);
        allowed.push_back(static_cast<double>(b.totalAllowed()) / length);
        denied.push_back(static_cast<double>(b.totalDenied()) / length);
        // A bucket still filling has no closed second yet: its average is the best peak known.
        peak.push_back(std::max<double>(b.peakTotal, allowed.back() + denied.back()));
        peakDenied.push_back(std::max<double>(b.peakDenied, denied.back()));
        for (int t = 0; t < engine::kReputationTierCount; ++t) {
            deniedByTier[static_cast<std::size_t>(t)].push_back(b.denied[static_cast<std::size_t>(t)] / length);
        }
    }
}

}  // namespace sluice::ui
