// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/JsonRead.h"
#include "sim/Scenario.h"

namespace sluice::engine::sim {

// Decodes one entry of "populations" and the traffic shape (routes, countries, ip_pool) that populations and
// ddos waves share. Internal to the loader; throws JsonRead::Error.
class PopulationJson final {
public:
    using json = nlohmann::json;

    static Population decode(const json& j, const std::string& path, std::size_t index);
    // Reads "routes", "countries" and "ip_pool" of `j` where present; `firstIp` is the pool's default start.
    static TrafficShape decodeShape(const json& j, const std::string& path, std::uint32_t firstIp);
    static RateDistribution decodeRate(const json& j, const std::string& path);
    // Upper bound of any per-key rate, in requests per second.
    static constexpr double kMaxRatePerKey = 100000;
};

}  // namespace sluice::engine::sim
