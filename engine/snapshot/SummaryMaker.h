// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FleetView.h"
#include "snapshot/Snapshot.h"

#include <string>

namespace sluice::engine {

// Turns an engine's latest snapshot into the summary it shows its fleet: decisions a second from the totals of
// the snapshot before (the first summary says 0), lag as the snapshot's age, and the shared limiter's health.
class SummaryMaker final {
public:
    SummaryMaker(std::string host, std::string version, TimeNs startedAt);

    // `latest` may be null before the first snapshot. Not thread-safe: one caller (the roster's thread).
    EngineSummary make(const Snapshot* latest, TimeNs now);

private:
    std::string m_host;
    std::string m_version;
    TimeNs m_startedAt;
    bool m_seen = false;
    TimeNs m_lastAt = 0;  // engine time of the snapshot the rates start from
    std::uint64_t m_lastRequests = 0;
    std::uint64_t m_lastDenied = 0;
    double m_decisionsPerSec = 0;
    double m_deniedPerSec = 0;
};

}  // namespace sluice::engine
