// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "throttle/LoadSource.h"

#include <string>

namespace sluice::engine {

// The load of the host the engine runs on: right for a server beside the service it protects, never chosen
// silently. Reading /proc is I/O, so the runtime loop does it (HostLoadProbe) between batches and hands the
// figures over; sampling them here costs nothing on the engine's timers.
class HostLoadSource final : public LoadSource {
public:
    explicit HostLoadSource(std::string procRoot = "/proc") : m_procRoot(std::move(procRoot)) {}

    void setHostLoad(double cpuPercent, double memoryPercent)
    {
        m_latest.cpuPercent = cpuPercent;
        m_latest.memoryPercent = memoryPercent;
        m_hasReading = true;
        m_failing = false;
        ++m_readings;
    }
    // The probe could not read the figures; the last ones stay.
    void setReadFailed(TimeNs at)
    {
        ++m_failures;
        m_failing = true;
        m_failedAt = at;
    }
    void setQueuedRequests(double queued) { m_latest.concurrency = queued; }
    LoadSignals sample(const TrafficRates&) override { return m_latest; }
    bool hasReading() const override { return m_hasReading; }
    void describe(LoadSourceView& out) const override
    {
        out.kind = LoadSourceKind::Host;
        out.description = m_procRoot;
        out.readings = m_readings;
        out.failures = m_failures;
        if (m_failing) {
            out.lastError = "cannot read " + m_procRoot + "/stat and " + m_procRoot + "/meminfo";
            out.lastErrorAt = m_failedAt;
        }
    }

private:
    std::string m_procRoot;
    LoadSignals m_latest;
    bool m_hasReading = false;
    bool m_failing = false;
    std::uint64_t m_readings = 0;
    std::uint64_t m_failures = 0;
    TimeNs m_failedAt = 0;
};

}  // namespace sluice::engine
