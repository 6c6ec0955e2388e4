// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ThrottlePeriod.h"

#include "core/ThrottleView.h"

#include <array>
#include <vector>

namespace sluice::ui {

// What the Throttle page says about a time range, in one piece so its header, periods and statistics never
// disagree: the open period comes from the engine's live state, the closed ones from the database.
struct ThrottleSummary {
    std::vector<ThrottlePeriod> periods;  // newest first; the first is the open one, endedAtMs 0
    std::array<double, engine::kThrottleLevelCount> secondsInLevel{};
    // The time the range actually covers (from its first data, not its nominal start, to now): the sum of
    // secondsInLevel, and what the percentages divide by.
    double coveredSeconds = 0;
    int transitions = 0;  // level changes that began in the range
    qint64 nowMs = 0;     // engine time the open period's duration runs to
    // Whether the database already holds the open period (a read after this one can tell only more).
    bool storedCaughtUp = false;

    double fractionIn(engine::ThrottleLevel level) const;
};

// Joins `stored` (read up to the start of the period open then, stored.toMs) with the periods the page saw
// end since (`seen`, newest first) and the engine's live state at `now`, over the window from `fromMs`.
// The store writes behind the engine: what it does not hold yet comes from `seen` and `live`, and a
// period it still has open lasts until the next one known.
ThrottleSummary summarizeThrottle(const ThrottleHistoryData& stored, const std::vector<ThrottlePeriod>& seen,
                                  const engine::ThrottleView& live, engine::TimeNs now, qint64 fromMs);

}  // namespace sluice::ui
