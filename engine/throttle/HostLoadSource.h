// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "throttle/LoadSource.h"

namespace sluice::engine {

// The host's own load. Reading /proc is I/O, so the runtime loop does it (HostLoadProbe) between batches
// and hands the figures over; sampling them here costs nothing on the engine's timers.
class HostLoadSource final : public LoadSource {
public:
    void setHostLoad(double cpuPercent, double memoryPercent)
    {
        m_latest.cpuPercent = cpuPercent;
        m_latest.memoryPercent = memoryPercent;
    }
    void setQueuedRequests(double queued) { m_latest.concurrency = queued; }
    LoadSignals sample(const TrafficRates&) override { return m_latest; }

private:
    LoadSignals m_latest;
};

}  // namespace sluice::engine
