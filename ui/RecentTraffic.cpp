// SPDX-License-Identifier: Apache-2.0
#include "RecentTraffic.h"

namespace sluice::ui {

namespace {
// Complete one-second buckets, newest last; the snapshot's final bucket is still filling.
template <typename Fn>
void forRecentSeconds(const engine::Snapshot& s, int seconds, Fn fn)
{
    const auto& buckets = s.lastHourBySecond;
    if (buckets.size() < 2) {
        return;
    }
    const std::size_t end = buckets.size() - 1;
    const std::size_t begin = end > static_cast<std::size_t>(seconds) ? end - seconds : 0;
    for (std::size_t i = begin; i < end; ++i) {
        fn(buckets[i]);
    }
}
}  // namespace

double recentRate(const engine::Snapshot& s, int seconds)
{
    double total = 0;
    int counted = 0;
    forRecentSeconds(s, seconds, [&](const engine::RollupBucket& b) {
        total += static_cast<double>(b.totalAllowed() + b.totalDenied());
        ++counted;
    });
    return counted == 0 ? 0.0 : total / counted;
}

double recentDeniedFraction(const engine::Snapshot& s, int seconds)
{
    double denied = 0;
    double all = 0;
    forRecentSeconds(s, seconds, [&](const engine::RollupBucket& b) {
        denied += static_cast<double>(b.totalDenied());
        all += static_cast<double>(b.totalAllowed() + b.totalDenied());
    });
    return all == 0 ? 0.0 : denied / all;
}

}  // namespace sluice::ui
