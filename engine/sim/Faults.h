// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/BackendModel.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::sim {

// What goes wrong with the modelled backend, and when: the chaos-engineering cases a what-if run injects so the
// throttle and the detectors react as they would.
enum class FaultKind : std::uint8_t {
    Latency,   // every request takes `value` ms longer: more requests in flight, more memory
    Errors,    // a share `value` (0..1) of allowed requests fails and is retried once: more work
    Capacity,  // only a share `value` (0..1) of the capacity is left: the same traffic costs more CPU
    Outage,    // a dependency is down: every request waits `value` ms for its timeout, fails and is retried
};

struct Fault {
    FaultKind kind = FaultKind::Latency;
    std::int64_t atS = 0;  // seconds from the start of the run
    std::int64_t durationS = 0;
    double value = 0;
};

// Faults in force overlap: latencies add up, error rates combine, capacity shares multiply.
class FaultSchedule final {
public:
    FaultSchedule() = default;
    explicit FaultSchedule(std::vector<Fault> faults) : m_faults(std::move(faults)) {}

    // The backend as it is `secondsFromStart` into the run.
    BackendConfig backendAt(const BackendConfig& base, double secondsFromStart) const;
    const std::vector<Fault>& faults() const { return m_faults; }
    bool empty() const { return m_faults.empty(); }

private:
    std::vector<Fault> m_faults;
};

std::string_view nameOf(FaultKind kind);

// A faults document: {"faults": [{"kind": "latency", "at_s": 600, "duration_s": 300, "added_ms": 250}, ...]}
// (errors: "rate"; capacity: "remaining"; outage: "timeout_ms"). Unknown fields are errors; a failure names the
// file and the JSON path: "faults.json: faults[1].rate: must be between 0 and 1".
bool parseFaults(std::string_view text, std::string_view fileName, FaultSchedule& out, std::string& error);
bool loadFaults(const std::string& path, FaultSchedule& out, std::string& error);

}  // namespace sluice::engine::sim
