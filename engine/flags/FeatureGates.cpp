// SPDX-License-Identifier: Apache-2.0
#include "flags/FeatureGates.h"

#include "flags/Murmur3.h"

#include <algorithm>

namespace sluice::engine {

namespace {
constexpr std::array<std::string_view, kFeatureCount> kNames{"reputation_system", "adaptive_limiting",
                                                             "anomaly_detection"};
constexpr std::size_t kMaxHashedBytes = 512;
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
    // Built on the stack: this runs once per new key, inside the decision loop.
    char buffer[kMaxHashedBytes];
    const std::string_view name = nameOf(feature);
    const std::size_t keyBytes = std::min(key.size(), kMaxHashedBytes - name.size() - 1);
    std::copy(name.begin(), name.end(), buffer);
    buffer[name.size()] = ':';
    std::copy_n(key.data(), keyBytes, buffer + name.size() + 1);
    const std::uint32_t hash = murmur3x86_32(std::string_view(buffer, name.size() + 1 + keyBytes), 0);
    return static_cast<std::uint8_t>(hash % 100 + 1);
}

}  // namespace sluice::engine
