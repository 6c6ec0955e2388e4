// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/RobustLevel.h"
#include "anomaly/TrafficTally.h"

#include <array>
#include <cstdint>
#include <optional>

namespace sluice::engine::anomaly {

// The mix of countries the requests come from, against its usual shares. Each sample's shares are compared
// with the learned ones by their total variation distance (the share of traffic that would have to move to
// make them equal). Measured in units of what sampling alone would move it by for the sample's requests, it
// is judged against its own robust level and spread, so quiet nights and busy afternoons compare. A shift
// must also move at least kMinShift of the traffic. The usual shares learn with a memory of an hour, and not
// while the mix is anomalous (unless it stays so for kAdoptHours).
class CountryMix final {
public:
    static constexpr double kSigmas = 8;
    static constexpr double kMinShift = 0.15;
    static constexpr double kMinRequests = 100;  // with country, per sample
    static constexpr std::uint32_t kWarmupSamples = 10;
    static constexpr double kAdoptHours = 2;

    struct Shift {
        std::uint16_t country = 0;  // the country that gained most (or, if none gained, lost most)
        double share = 0;           // its share in the sample
        double expected = 0;        // its usual share
        double distance = 0;        // total variation distance of the mix
        double usualDistance = 0;
        double spread = 0;  // of the distance
        double evidence = 0;
    };

    using Counts = std::array<std::uint32_t, TrafficTally::kCountryCodes + 1>;
    // Judges the sample (evidence at sensitivity 1; nullopt without enough requests with a country), then learns.
    std::optional<Shift> sample(const Counts& counts, double memorySamples);
    double usualShare(std::uint16_t country) const { return m_share[country]; }

    void save(BaselineWriter& out) const;
    bool restore(BaselineReader& in);

private:
    std::array<float, TrafficTally::kCountryCodes> m_share{};
    RobustLevel m_distance;  // of the distance in units of its sampling noise
    std::uint32_t m_samples = 0;
    std::uint32_t m_anomalous = 0;  // samples in a row with an anomalous mix
};

}  // namespace sluice::engine::anomaly
