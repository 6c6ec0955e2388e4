// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpCounters.h"
#include "http/TierTally.h"
#include "snapshot/Snapshot.h"
#include "traffic/SourceState.h"

#include <span>
#include <string>

namespace sluice::engine {
class EngineRuntime;
}

namespace sluice::engine::http {

// What /metrics shows; each part may be absent.
// How much the one engine was in use, for the server's headroom (EngineRuntime::engineThreadCpu, decidedNowTime).
struct EngineUse {
    double busySec = 0;                // the engine thread's CPU time and the time loops held the engine
    std::uint64_t batchesOnLoops = 0;  // check batches the HTTP loops decided themselves
    std::uint32_t engines = 1;         // the engines the keys are split over
};

// The runtime's figures for it.
EngineUse engineUseOf(const EngineRuntime& runtime);

struct MetricsInput {
    const Snapshot* snapshot = nullptr;
    const TierTally* tiers = nullptr;
    std::span<const SourceState> sources;
    const HttpCounters* http = nullptr;
    double checkpointAgeSec = -1;  // since the engine last handed key reputations to the store; -1 = none yet
    const EngineUse* engine = nullptr;
};

inline constexpr const char* kMetricsContentType = "text/plain; version=0.0.4; charset=utf-8";

// The Prometheus text exposition format, version 0.0.4: a HELP and a TYPE line per metric, base units
// (seconds), counters ending in _total. Names and labels are documented in the HELP lines.
std::string metricsText(const MetricsInput& input);

}  // namespace sluice::engine::http
