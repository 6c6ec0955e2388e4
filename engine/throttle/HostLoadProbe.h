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

// Reads the host's CPU and memory use from /proc (Linux). CPU use is a difference of counters, so the first
// reading reports the average since boot. Never call it on the decision path: it reads files.
class HostLoadProbe final {
public:
    explicit HostLoadProbe(std::string procRoot = "/proc") : m_root(std::move(procRoot)) {}

    std::optional<HostLoad> read();

private:
    std::string m_root;
    std::uint64_t m_busy = 0;
    std::uint64_t m_total = 0;
};

}  // namespace sluice::engine
