// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sluice::engine::sim {

// The simulated kind of client behind a request. Its value is the tag a Simulator writes per request
// (RequestBatch::tags), so tests and the console can compare the engine's verdicts with the ground truth.
enum class TrafficClass : std::uint8_t {
    Normal = 0,              // steady Poisson traffic following the diurnal curve
    Bursty = 1,              // keys alternate between on and off periods
    Heavy = 2,               // legitimate high-volume API clients
    Abusive = 3,             // steadily over the limit
    CredentialStuffing = 4,  // fresh keys, a few requests each, from few IPs
    Scraper = 5,             // rate grows slowly over the run
    Ddos = 6,                // keys of a ddos_wave event; no population has this class
};
inline constexpr int kTrafficClassCount = 7;

inline constexpr std::array<std::string_view, kTrafficClassCount> kTrafficClassNames{
    "normal", "bursty", "heavy", "abusive", "credential_stuffing", "scraper", "ddos"};

constexpr std::string_view nameOf(TrafficClass c) { return kTrafficClassNames[static_cast<int>(c)]; }

// Only the classes a population may declare; ddos traffic comes from events.
std::optional<TrafficClass> parsePopulationClass(std::string_view text);

}  // namespace sluice::engine::sim
