// SPDX-License-Identifier: Apache-2.0
#include "sim/TrafficClass.h"

namespace sluice::engine::sim {

std::optional<TrafficClass> parsePopulationClass(std::string_view text)
{
    for (int c = 0; c < kTrafficClassCount; ++c) {
        const auto tc = static_cast<TrafficClass>(c);
        if (tc != TrafficClass::Ddos && nameOf(tc) == text) {
            return tc;
        }
    }
    return std::nullopt;
}

}  // namespace sluice::engine::sim
