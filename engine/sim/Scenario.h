// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/BackendModel.h"
#include "sim/TrafficClass.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine::sim {

// A decoded scenario file (see engine/sim/README.md for the JSON). Plain values; the loader validates them,
// so a Simulator can trust every field.

struct RateDistribution {
    enum class Kind : std::uint8_t { Constant, Uniform, LogNormal };
    Kind kind = Kind::Constant;
    double value = 1;  // Constant: the rate; LogNormal: the mean rate
    double min = 0;    // Uniform
    double max = 0;    // Uniform: upper bound; LogNormal: cap per key (0 = none)
    double sigma = 0;  // LogNormal: standard deviation of the underlying normal
};

struct Weighted {
    std::string name;
    double weight = 1;
};

// Consecutive IPv4 addresses; each key keeps one address of the pool for the whole run.
struct IpPool {
    std::uint32_t first = 0x0A000000;  // 10.0.0.0
    std::uint32_t size = 0;            // 0: one address per key
};

// Where a stream of requests goes and comes from: shared by populations and ddos waves.
struct TrafficShape {
    std::vector<Weighted> routes;     // chosen per request
    std::vector<Weighted> countries;  // ISO 3166 alpha-2, chosen once per key
    IpPool ipPool;
};

struct Population {
    TrafficClass trafficClass = TrafficClass::Normal;
    std::uint32_t keys = 0;  // credential stuffing: keys in use at once (each is replaced after a few requests)
    std::string keyPrefix;
    RateDistribution ratePerKey;  // requests per second of one key, drawn once per key
    TrafficShape shape;
    bool followsDiurnal = true;        // default: normal and bursty yes, the others no
    double onS = 10;                   // bursty: length of a burst ...
    double offS = 50;                  // ... and of the pause after it
    std::uint32_t requestsPerKey = 3;  // credential stuffing: requests before a key is dropped for a new one
    double rampFactor = 10;            // scraper: rate multiplier reached at the end of the ramp
    double rampS = 0;                  // scraper: ramp length in seconds; 0 = the scenario's duration
};

// Normal traffic (every normal population) multiplied by `factor` during [at, at + duration).
struct FlashCrowd {
    std::int64_t atS = 0;
    std::int64_t durationS = 0;
    double factor = 1;
};

// `keys` new keys, each sending `ratePerKey`, during [at, at + duration).
struct DdosWave {
    std::int64_t atS = 0;
    std::int64_t durationS = 0;
    std::uint32_t keys = 0;
    double ratePerKey = 0;
    std::string keyPrefix;
    TrafficShape shape;
};

// The most requests per simulated second a scenario may ask for at its peak (see PeakRate): far above what
// the engine decides in a second of real time, low enough that a run still moves.
inline constexpr double kMaxPeakRequestsPerSec = 10'000'000;

// 2026-01-05 00:00:00 UTC, a Monday: a week of virtual time starts on a working day at midnight.
inline constexpr std::int64_t kDefaultStartUnixS = 1767571200;

struct Scenario {
    std::string name;
    std::string description;
    std::int64_t startUnixS = kDefaultStartUnixS;
    std::int64_t durationS = 3600;
    std::uint64_t seed = 1;
    std::string engineJson;  // the "engine" section re-encoded as JSON; empty when the file has none
    BackendConfig backend;
    std::array<double, 24> diurnal{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                   1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};  // factor per UTC hour
    std::vector<Population> populations;
    std::vector<FlashCrowd> flashCrowds;
    std::vector<DdosWave> ddosWaves;
};

}  // namespace sluice::engine::sim
