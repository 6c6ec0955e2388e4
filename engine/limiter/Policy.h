// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <string>

namespace sluice::engine {

// A base limit of `limit` requests per `period`, of which up to `burst` may arrive at once.
struct Policy {
    std::string route;  // empty for the default policy
    std::uint32_t limit = 1000;
    TimeNs period = kNsPerMin;
    std::uint32_t burst = 1000;
};

}  // namespace sluice::engine
