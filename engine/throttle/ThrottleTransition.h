// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"
#include "core/Tiers.h"
#include "core/Time.h"

#include <string>

namespace sluice::engine {

// The start of a period at one level: the controller moved, or an override was set, cleared or expired.
struct ThrottleTransition {
    TimeNs at = 0;
    ThrottleLevel from = ThrottleLevel::None;
    ThrottleLevel to = ThrottleLevel::None;
    bool automatic = true;
    std::string actor;
    std::string reason;
    LoadSignals load;  // the latest reading when the period began
};

}  // namespace sluice::engine
