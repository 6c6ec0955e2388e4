// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"
#include "core/LoadSourceView.h"
#include "core/Tiers.h"
#include "core/Time.h"

#include <string>
#include <vector>

namespace sluice::engine {

// One reading of the signals and the level in force, or the maximum of several within a coarser bucket.
struct ThrottleSample {
    TimeNs at = 0;  // start of the sample's bucket
    ThrottleLevel level = ThrottleLevel::None;
    LoadSignals load;
};

// The auto-throttle as a snapshot shows it.
struct ThrottleView {
    ThrottleLevel level = ThrottleLevel::None;  // in force: the override's when there is one
    double multiplier = 1.0;
    ThrottleLevel controllerLevel = ThrottleLevel::None;  // what the signals call for
    bool automatic = true;
    std::string actor;   // who set the override
    std::string reason;  // the override's reason
    TimeNs since = 0;    // when the current period began
    TimeNs until = 0;    // the override's expiry; 0 = until cleared (or no override)
    bool hasSignals = false;
    TimeNs signalsAt = 0;
    LoadSignals load;
    LoadSourceView source;               // where the signals come from and how its last reading went
    std::vector<ThrottleSample> recent;  // one per sampling interval over the last hour, oldest first
    std::vector<ThrottleSample> week;    // ten-minute maxima over the last week, oldest first
};

}  // namespace sluice::engine
