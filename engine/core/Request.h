// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <string_view>

namespace sluice::engine {

// One request to judge. The views point into the source's batch buffer; the engine copies what it keeps.
struct Request {
    std::string_view key;    // user, IP or token the limit applies to
    std::uint32_t cost = 1;  // cells this request consumes; 0 asks without consuming
    TimeNs timestamp = 0;    // when the request arrived (virtual time in simulation)
    std::string_view route;  // selects a per-route policy; empty means the default policy
    std::string_view ip;
    std::string_view country;  // ISO 3166 alpha-2
};

}  // namespace sluice::engine
