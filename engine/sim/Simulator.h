// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "sim/AliasTable.h"
#include "sim/ExponentialSampler.h"
#include "sim/Random.h"
#include "sim/Scenario.h"
#include "sim/SimulatedPopulation.h"
#include "traffic/RequestBatch.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace sluice::engine::sim {

// Turns a scenario into a deterministic stream of requests in virtual time. Arrivals form a Poisson process
// whose total rate is the sum of the sources' rates (populations and ddos waves, shaped by the diurnal curve
// and flash crowds); each arrival is given to a source (lane) with probability proportional to its rate, and
// the source picks the key. Rates are held constant over one-second segments of virtual time (events start and
// end on whole seconds), which keeps the per-request work to a handful of table look-ups.
//
// Same scenario + same seed => the same bytes, whatever the batch sizes passed to fill().
class Simulator final {
public:
    Simulator(const Scenario& scenario, std::uint64_t seed);

    // Length of the run from start(); the scenario's duration_s unless set. Meant for before the first fill():
    // a later call ends or extends the run from the current position.
    void setDuration(TimeNs duration);

    // Appends up to `maxRequests` requests (a batch size: room for that many is allocated) in timestamp order:
    // key, route, ip and country are written into batch.bytes (views into it; views of requests already in
    // the batch are kept valid), the traffic class into batch.tags (kept parallel to batch.requests, so a batch
    // filled only by simulators has one tag per request). Returns false once the run is over; that last call
    // may still have appended requests.
    bool fill(RequestBatch& batch, std::size_t maxRequests);

    TimeNs start() const { return m_start; }
    TimeNs end() const { return m_end; }
    TimeNs now() const;                                      // virtual time reached
    std::uint64_t generated() const { return m_generated; }  // requests appended so far

    // Index = tag written to RequestBatch::tags (TrafficClass).
    static std::span<const std::string_view> classNames() { return kTrafficClassNames; }
    // Ground truth: distinct keys per class brought into play so far (credential stuffing and ddos grow).
    std::array<std::uint64_t, kTrafficClassCount> keysPerClass() const;
    // Ground truth: the mean request rate per class at `at`, as the generator uses it.
    std::array<double, kTrafficClassCount> expectedRatePerClass(TimeNs at) const;

private:
    struct Stream {
        std::uint32_t source;
        std::uint32_t lane;
    };

    double diurnalAt(TimeNs at) const;
    double flashAt(TimeNs at) const;
    void streamRates(TimeNs from, TimeNs to, std::span<double> out) const;
    bool beginSegment();  // from m_segmentStart; false when the run is over
    std::size_t prepare(RequestBatch& batch, std::size_t maxRequests) const;

    std::vector<SimulatedPopulation> m_sources;
    std::vector<Stream> m_streams;  // every lane of every source
    std::array<double, 24> m_diurnal{};
    std::vector<FlashCrowd> m_flashCrowds;
    TimeNs m_start = 0;
    TimeNs m_end = 0;
    Random m_rng;
    ExponentialSampler m_exponential;

    // The current segment: rates are constant in [m_segmentStart, m_segmentStart + m_segmentLength).
    TimeNs m_segmentStart = 0;
    TimeNs m_segmentLength = 0;
    double m_segmentSeconds = 0;
    double m_offsetSeconds = 0;  // arrival time within the segment
    double m_meanGapSeconds = 0;
    AliasTable m_streamPick;
    std::vector<double> m_streamRates;

    std::size_t m_maxBytesPerRequest = 0;
    std::uint64_t m_generated = 0;
};

}  // namespace sluice::engine::sim
