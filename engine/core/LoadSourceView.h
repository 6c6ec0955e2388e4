// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"
#include "core/Time.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::engine {

// Where the auto-throttle's signals come from. None: overrides only. Host: the /proc of the machine the engine
// runs on. Prometheus: a scraped endpoint of the protected service or its node exporter. Traffic: response times
// and statuses of the traffic itself. Modelled: a simulation's backend model.
enum class LoadSourceKind : std::uint8_t { None = 0, Host = 1, Prometheus = 2, Traffic = 3, Modelled = 4 };
inline constexpr std::array<std::string_view, 5> kLoadSourceKindNames{"none", "host", "prometheus", "traffic",
                                                                      "modelled"};

constexpr std::string_view nameOf(LoadSourceKind kind) { return kLoadSourceKindNames[static_cast<int>(kind)]; }

// What the traffic told about the service in the last sample (traffic source only; -1 = not known).
struct ObservedTrafficFigures {
    double requestsPerSec = -1;
    double meanLatencyMs = -1;
    double p95LatencyMs = -1;
    double errorPercent = -1;  // 5xx share of the responses
    double inFlight = -1;      // requests the service was working on, on average (Little's law)
};

// The load source in force, as a snapshot shows it.
struct LoadSourceView {
    LoadSourceKind kind = LoadSourceKind::None;
    std::string description;  // what it reads: the scrape URL, "/proc", the scenario's backend
    // Which signals it measures; the others stay 0 and mean nothing (traffic knows no CPU or memory).
    std::array<bool, kLoadSignalCount> measures{true, true, true};
    // The last sample the throttle took from it (engine time) and its values.
    bool hasSample = false;
    TimeNs sampleAt = 0;
    LoadSignals sample;
    // A source that cannot read (an unreachable endpoint) gives no sample: the level is held where it was.
    bool holding = false;
    std::string lastError;       // empty when the last reading worked
    TimeNs lastErrorAt = 0;      // wall clock, for the last error
    TimeNs lastReadingAt = 0;    // wall clock: the last reading that worked (Prometheus scrape)
    std::uint64_t readings = 0;  // readings that worked
    std::uint64_t failures = 0;  // readings that failed
    ObservedTrafficFigures traffic;
};

}  // namespace sluice::engine
