// SPDX-License-Identifier: Apache-2.0
#include "flags/FeatureGates.h"

#include "flags/FlagEvaluator.h"

namespace sluice::engine {

namespace {
constexpr std::array<std::string_view, kFeatureCount> kNames{"reputation_system", "adaptive_limiting",
                                                             "anomaly_detection"};
}  // namespace

std::string_view nameOf(Feature feature) { return kNames[static_cast<int>(feature)]; }

std::optional<Feature> parseFeature(std::string_view name)
{
    for (int i = 0; i < kFeatureCount; ++i) {
        if (kNames[i] == name) {
            return static_cast<Feature>(i);
        }
    }
    return std::nullopt;
}

std::uint8_t FeatureGates::bucket(Feature feature, std::string_view key)
{
    return static_cast<std::uint8_t>(flags::normalizedHash(nameOf(feature), key, 100));
}

}  // namespace sluice::engine
