// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sluice::engine {

enum class Feature : std::uint8_t { ReputationSystem = 0, AdaptiveLimiting = 1, AnomalyDetection = 2 };
inline constexpr int kFeatureCount = 3;

std::string_view nameOf(Feature feature);
std::optional<Feature> parseFeature(std::string_view name);

struct FeatureGate {
    bool enabled = true;
    std::uint8_t percentage = 100;  // 0..100
};

// Whether a key is in a feature's rollout. A key's bucket (1..100) is murmur3("<feature>:<key>") % 100 + 1;
// it never changes, so raising the percentage only ever adds keys.
class FeatureGates final {
public:
    static std::uint8_t bucket(Feature feature, std::string_view key);
    static bool inRollout(const FeatureGate& gate, std::uint8_t bucket)
    {
        return gate.enabled && gate.percentage > 0 && bucket <= gate.percentage;
    }

    const FeatureGate& gate(Feature feature) const { return m_gates[static_cast<int>(feature)]; }
    void set(Feature feature, FeatureGate gate) { m_gates[static_cast<int>(feature)] = gate; }
    bool enabledFor(Feature feature, std::uint8_t bucket) const { return inRollout(gate(feature), bucket); }

private:
    std::array<FeatureGate, kFeatureCount> m_gates{};
};

}  // namespace sluice::engine
