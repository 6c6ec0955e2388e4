// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace sluice::engine {

struct HostLoad {
    double cpuPercent = 0;     // busy share of all CPUs since the previous reading
    double memoryPercent = 0;  // memory in use: total less available
};

// Reads the host's CPU and memory use from /proc (Linux). CPU use is a difference of counters: the probe
// takes its first counters when made, so its first reading covers the time since then. The average since
// boot says nothing about now (a machine busy an hour ago would throttle a server that has just started).
// Never call it on the decision path: it reads files.
class HostLoadProbe final {
public:
    explicit HostLoadProbe(std::string procRoot = "/proc");

    std::optional<HostLoad> read();

private:
    std::string m_root;
    std::uint64_t m_busy = 0;
    std::uint64_t m_total = 0;
};

}  // namespace sluice::engine
