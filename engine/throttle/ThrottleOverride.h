// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <string>

namespace sluice::engine {

// A level an admin imposed over the automatic controller, with who, why and until when.
struct ThrottleOverride {
    ThrottleLevel level = ThrottleLevel::None;
    std::string reason;
    TimeNs expiresAt = 0;  // 0 = until cleared
    std::string actor;
    TimeNs setAt = 0;
};

}  // namespace sluice::engine
