// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/HeavyHitters.h"
#include "core/Time.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace sluice::engine::anomaly {

// What one sample counted by route and country, kept apart from the sketch and the new-key sample so that the
// counts of several engines' samples of the same grid point add up (ClosedSample).
struct SampleCounts {
    static constexpr std::uint32_t kMaxRoutes = 64;  // route policies beyond the last are counted with it
    static constexpr std::uint16_t kCountryCodes = 26 * 26;

    struct Route {
        std::uint64_t requests = 0;
        std::uint64_t keys = 0;     // keys whose first request of the sample was on this route
        std::uint64_t newKeys = 0;  // of which new to the table
    };

    std::uint64_t newKeys = 0;
    std::array<Route, kMaxRoutes> routes{};
    std::array<std::uint32_t, kCountryCodes + 1> countries{};

    std::uint64_t requests() const
    {
        std::uint64_t sum = 0;
        for (const Route& r : routes) {
            sum += r.requests;
        }
        return sum;
    }
    // Keys whose first request of the sample this was (new keys included).
    std::uint64_t activeKeys() const
    {
        std::uint64_t sum = 0;
        for (const Route& r : routes) {
            sum += r.keys;
        }
        return sum;
    }
    // Another engine's counts: its keys are none of these, so every count adds up.
    void add(const SampleCounts& other)
    {
        newKeys += other.newKeys;
        for (std::size_t r = 0; r < routes.size(); ++r) {
            routes[r].requests += other.routes[r].requests;
            routes[r].keys += other.routes[r].keys;
            routes[r].newKeys += other.routes[r].newKeys;
        }
        for (std::size_t c = 0; c < countries.size(); ++c) {
            countries[c] += other.countries[c];
        }
    }
    void clear()
    {
        newKeys = 0;
        routes.fill(Route{});
        countries.fill(0);
    }
};

// What the decision path counts for anomaly detection between two samples. Called once per request: inline,
// no allocation, no lock, no hash map; a few increments into fixed arrays and the heavy-hitter sketch.
class TrafficTally final {
public:
    static constexpr std::uint32_t kMaxRoutes = SampleCounts::kMaxRoutes;
    static constexpr std::uint16_t kCountryCodes = SampleCounts::kCountryCodes;
    static constexpr std::uint16_t kNoCountry = kCountryCodes;  // no country, or not two letters
    static constexpr std::uint32_t kNewKeySamples = 32;         // new keys remembered per sample
    static constexpr std::uint32_t kNoIndex = HeavyHitters::kNoIndex;

    struct NewKey {
        std::uint64_t hash = 0;
        std::uint32_t index = kNoIndex;
        std::uint16_t route = 0;
        std::uint16_t country = kNoCountry;
    };

    // One request. `keyIndex` is the key's slot in the key table; `firstInSample` says the key had no request
    // since the sample started (its last-seen second was before sampleStartSec()).
    // Denials are the engine's own count (PartContext::denied), and requests and active keys add up over the
    // routes: a request costs two increments on its route, one on its country and the sketch.
    void count(std::uint32_t keyIndex, std::uint64_t keyHash, std::uint32_t policy, std::string_view country,
               [[maybe_unused]] bool allowed, bool firstInSample, std::uint32_t keyTotal = 0)
    {
        if (!m_counting) {
            return;
        }
        const std::uint32_t route = policy < kMaxRoutes ? policy : kMaxRoutes - 1;
        const std::uint16_t code = countryCode(country);
        SampleCounts::Route& onRoute = m_counts.routes[route];
        ++onRoute.requests;
        onRoute.keys += (firstInSample || m_pendingNew) ? 1 : 0;
        if (code != kNoCountry) {
            ++m_counts.countries[code];
        }
        if (m_pendingNew) [[unlikely]] {
            notePendingNew(static_cast<std::uint16_t>(route), code);
        }
        m_heavy.count(keyHash, keyIndex, static_cast<std::uint16_t>(route), code, keyTotal);
    }
    void count(std::uint64_t keyHash, std::uint32_t policy, std::string_view country, bool allowed)
    {
        count(kNoIndex, keyHash, policy, country, allowed, false);
    }
    // A key entered the hot table; its first request is counted next. The sample keeps a uniform choice of
    // kNewKeySamples of the new keys (reservoir sampling, the key's hash for the die): in a flood, the flood's.
    void newKey(std::uint32_t keyIndex, std::uint64_t keyHash)
    {
        if (!m_counting) {
            return;
        }
        const std::uint64_t seen = ++m_counts.newKeys;
        m_pendingNew = true;
        m_pendingSlot = seen <= kNewKeySamples ? static_cast<std::uint32_t>(seen - 1)
                                               : static_cast<std::uint32_t>((keyHash >> 17) % seen);
        if (m_pendingSlot < kNewKeySamples) {
            m_newKeySample[m_pendingSlot] = NewKey{keyHash, keyIndex, 0, kNoCountry};
        }
    }
    void newKey(std::uint64_t keyHash) { newKey(kNoIndex, keyHash); }

    void prefetch(std::uint64_t keyHash) const
    {
        if (m_counting) {
            m_heavy.prefetch(keyHash);
        }
    }
    // Off while the anomaly_detection gate is off: the decision path then only tests this flag.
    void setCounting(bool on) { m_counting = on; }
    bool counting() const { return m_counting; }
    std::uint32_t sampleStartSec() const { return m_sampleStartSec; }

    // What the sample holds so far.
    const SampleCounts& counts() const { return m_counts; }
    std::uint64_t requests() const { return m_counts.requests(); }
    std::uint64_t activeKeys() const { return m_counts.activeKeys(); }
    std::uint64_t newKeys() const { return m_counts.newKeys; }
    const HeavyHitters& heavy() const { return m_heavy; }
    HeavyHitters& heavy() { return m_heavy; }
    std::span<const NewKey> newKeySample() const
    {
        return {m_newKeySample.data(),
                static_cast<std::size_t>(std::min<std::uint64_t>(m_counts.newKeys, kNewKeySamples))};
    }

    // Starts the next sample at `start`: clears the counts; `heavyThreshold` is what a key needs in it to be a
    // heavy-hitter candidate.
    void startSample(TimeNs start, std::uint32_t heavyThreshold)
    {
        m_sampleStartSec = toUnixSec(start);
        m_pendingNew = false;
        m_counts.clear();
        m_heavy.reset(heavyThreshold);
    }

    // The first sample starts where the grid does, with what was counted before it.
    void setSampleStart(TimeNs start) { m_sampleStartSec = toUnixSec(start); }

    static std::uint16_t countryCode(std::string_view country)
    {
        if (country.size() != 2) {
            return kNoCountry;
        }
        // Upper or lower case letters; anything else is no country.
        const unsigned a = static_cast<unsigned>((country[0] | 0x20) - 'a');
        const unsigned b = static_cast<unsigned>((country[1] | 0x20) - 'a');
        return a < 26 && b < 26 ? static_cast<std::uint16_t>(a * 26 + b) : kNoCountry;
    }
    static std::string_view countryName(std::uint16_t code, std::array<char, 2>& buffer)
    {
        buffer = {static_cast<char>('A' + code / 26), static_cast<char>('A' + code % 26)};
        return {buffer.data(), 2};
    }

private:
    void notePendingNew(std::uint16_t route, std::uint16_t country)
    {
        ++m_counts.routes[route].newKeys;
        if (m_pendingSlot < kNewKeySamples) {
            m_newKeySample[m_pendingSlot].route = route;
            m_newKeySample[m_pendingSlot].country = country;
        }
        m_pendingNew = false;
    }

    // What every request touches first, in one cache line.
    alignas(64) bool m_counting = true;
    bool m_pendingNew = false;
    std::uint32_t m_sampleStartSec = 0;
    std::uint32_t m_pendingSlot = 0;  // where the pending new key is in the sample (kNewKeySamples: not kept)
    SampleCounts m_counts;            // its new-key count in the first line too
    std::array<NewKey, kNewKeySamples> m_newKeySample{};
    HeavyHitters m_heavy;
};

}  // namespace sluice::engine::anomaly
