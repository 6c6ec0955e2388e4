// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "sim/AliasTable.h"
#include "sim/KeyPicker.h"
#include "sim/Random.h"
#include "sim/Scenario.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::sim {

// One simulated population of clients: a population of the scenario, or a ddos wave. The Simulator
// superposes the populations' Poisson processes; a population knows its rate over a stretch of time, picks
// the key of each arrival and derives the key's fixed attributes (address, country) from the key number, so
// nothing is stored per key beyond the tables that pick keys by rate.
//
// A population has one or more lanes, each with its own keys. A bursty population is split into kBurstLanes
// lanes whose on/off cycles are evenly staggered, so a lane's rate is zero during its pause and the simulator
// never generates (and throws away) arrivals for pausing keys.
class SimulatedPopulation final {
public:
    static constexpr std::uint32_t kBurstLanes = 64;

    // `salt` (distinct per population, derived from the seed) drives the per-key rates and attributes;
    // `scenarioDurationS` is the default length of a scraper's ramp.
    SimulatedPopulation(const Population& p, std::uint64_t salt, TimeNs start, std::int64_t scenarioDurationS);
    SimulatedPopulation(const DdosWave& w, std::uint64_t salt, TimeNs start);
    // Views point into m_text: a move keeps its buffer, a copy would not.
    SimulatedPopulation(const SimulatedPopulation&) = delete;
    SimulatedPopulation& operator=(const SimulatedPopulation&) = delete;
    SimulatedPopulation(SimulatedPopulation&&) noexcept = default;
    SimulatedPopulation& operator=(SimulatedPopulation&&) noexcept = default;

    TrafficClass trafficClass() const { return m_class; }
    std::uint32_t laneCount() const { return static_cast<std::uint32_t>(m_lanes.size()); }

    // Mean requests per second of each lane over [from, to); `diurnal` and `flash` are the scenario's factors
    // there. `out` has laneCount() entries.
    void laneRates(TimeNs from, TimeNs to, double diurnal, double flash, std::span<double> out) const;

    // The key number of the next arrival in `lane`.
    std::uint64_t pickKey(std::uint32_t lane, Random& rng)
    {
        const Lane& l = m_lanes[lane];
        const std::uint32_t index = l.keys.pick(rng);
        return m_stuffing ? nextStuffingKey(index) : l.firstKey + index;
    }

    std::uint32_t pickRoute(Random& rng) const { return m_routes.size() == 1 ? 0 : m_routePick.pick(rng.next()); }

    struct KeyAttributes {
        std::uint32_t ip;
        std::uint32_t country;  // index into countries()
    };
    KeyAttributes attributesOf(std::uint64_t keyId) const
    {
        const std::uint64_t h = mix64(keyId ^ m_salt);
        const std::uint32_t country = m_countries.size() == 1 ? 0 : m_countryPick.pick(h);
        // A multiply is enough to decorrelate the address from the country, which uses h's bits directly.
        const std::uint64_t h2 = (h * 0xD6E8FEB86659FD93ULL) >> 32;
        const std::uint32_t offset = m_ipPool.size == 0 ? static_cast<std::uint32_t>(keyId)
                                                        : static_cast<std::uint32_t>((h2 * m_ipPool.size) >> 32);
        return {m_ipPool.first + offset, country};
    }

    // Views into a buffer with kTextPadding readable bytes after every string, so the simulator may copy a
    // fixed-size block (one or two vector moves) instead of calling memcpy with a variable length.
    static constexpr std::size_t kTextPadding = 32;
    std::string_view keyPrefix() const { return m_keyPrefix; }
    const std::vector<std::string_view>& routes() const { return m_routes; }
    const std::vector<std::array<char, 2>>& countries() const { return m_countries; }
    std::size_t maxRouteLength() const;

    // Keys this population has brought into play by `now`: its keys, the keys a credential-stuffing population
    // has used so far, or a wave's keys once it has begun.
    std::uint64_t keysSoFar(TimeNs now) const;

private:
    struct Lane {
        KeyPicker keys;
        std::uint32_t firstKey = 0;  // key numbers of the lane: firstKey + 0 .. keys.keys() - 1
        double ratePerSec = 0;       // sum of the lane's per-key rates
        TimeNs phaseNs = 0;          // bursty: the lane is on while (t - start + phase) mod period < on
    };

    void setShape(const TrafficShape& shape, const std::string& keyPrefix);
    void setRates(const RateDistribution& rate, std::uint32_t keys, std::uint32_t lanes);
    double onFraction(const Lane& lane, TimeNs from, TimeNs to) const;
    std::uint64_t nextStuffingKey(std::uint32_t slot);

    TrafficClass m_class = TrafficClass::Normal;
    std::uint32_t m_keys = 0;
    std::vector<Lane> m_lanes;
    std::uint64_t m_salt = 0;
    TimeNs m_start = 0;
    bool m_followsDiurnal = false;

    bool m_bursty = false;
    TimeNs m_periodNs = 1;
    TimeNs m_onNs = 1;

    bool m_stuffing = false;
    std::uint32_t m_requestsPerKey = 1;
    std::vector<std::uint32_t> m_slotUses;
    std::vector<std::uint64_t> m_slotGeneration;
    std::uint64_t m_keysUsed = 0;

    double m_rampFactor = 1;  // scraper
    double m_rampNs = 1;

    bool m_wave = false;
    TimeNs m_activeFrom = 0;  // ddos wave window
    TimeNs m_activeUntil = 0;

    std::vector<char> m_text;  // key prefix and route names, padded
    std::string_view m_keyPrefix;
    std::vector<std::string_view> m_routes;
    AliasTable m_routePick;
    std::vector<std::array<char, 2>> m_countries;
    AliasTable m_countryPick;
    IpPool m_ipPool;
};

}  // namespace sluice::engine::sim
