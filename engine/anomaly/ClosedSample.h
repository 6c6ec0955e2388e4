// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/HeavyHitters.h"
#include "anomaly/TrafficTally.h"
#include "core/Time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {
class KeyTable;
}

namespace sluice::engine::anomaly {

// A key behind a sample, looked up in the key table of the engine that counted it when the sample closed.
struct SampleKey {
    std::string key;
    std::uint64_t hash = 0;
    std::uint16_t route = 0;  // of the request that made it a candidate, or of a new key's first request
    std::uint16_t country = TrafficTally::kNoCountry;
    std::uint32_t requests = 0;  // in the sample (a candidate's settled count; all of a new key's)
    std::uint32_t total = 0;     // since the key entered the table, when the sample closed
};

// One sample as an engine closed it at a grid point: what it counted, and the keys behind it by name, so that it
// can be judged later and elsewhere. The engines a sharded engine splits its keys over each close their own sample
// of a grid point, and the leader judges them added up (add()): each key is one engine's, so every count adds up.
struct ClosedSample {
    TimeNs end = 0;
    TimeNs interval = 0;           // the grid's: counts are per sample, and a sample of another interval is not judged
    bool counting = true;          // the gate was on: the sample counted anything
    bool whole = true;             // counted from its start (not the part of a sample after counting started)
    bool exact = true;             // its counts are its own: not around a grid started after traffic was counted
    bool policiesChanged = false;  // the route counts are by policy positions that moved during the sample
    std::uint64_t denials = 0;
    SampleCounts counts;
    HeavyHitters sketch;                // for estimates and the threshold; its candidates are in `candidates`
    std::vector<SampleKey> candidates;  // heavy-hitter candidates (a key that left the table: no name, 0 requests)
    std::vector<SampleKey> newKeys;     // a uniform choice of the new keys (at most kNewKeySamples)
    std::uint64_t newKeysSampled = 0;   // how many new keys `newKeys` was chosen from

    // Closes the tally's sample: settles its candidates against the key table and looks up its keys.
    static ClosedSample close(TrafficTally& tally, const KeyTable& keys, TimeNs end);
    // Another engine's sample of the same grid point. Judged when any part counted from the sample's start (an engine
    // whose keys came later had nothing before), and not when any part did not count at all or is not exact. The
    // heaviest candidates are kept, most requests first.
    void add(ClosedSample&& other);
};

}  // namespace sluice::engine::anomaly
