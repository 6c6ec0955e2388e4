// SPDX-License-Identifier: Apache-2.0
#include "throttle/HostLoadProbe.h"

#include <fstream>
#include <sstream>

namespace sluice::engine {

namespace {
bool readCpu(const std::string& path, std::uint64_t& busy, std::uint64_t& total)
{
    std::ifstream in(path);
    std::string label;
    if (!(in >> label) || label != "cpu") {
        return false;
    }
    // user nice system idle iowait irq softirq steal: idle and iowait are the idle share.
    std::uint64_t fields[8] = {};
    for (auto& f : fields) {
        if (!(in >> f)) {
            return false;
        }
    }
    total = 0;
    for (const auto f : fields) {
        total += f;
    }
    busy = total - fields[3] - fields[4];
    return true;
}

bool readMemory(const std::string& path, double& percent)
{
    std::ifstream in(path);
    std::string line;
    double totalKb = 0;
    double availableKb = -1;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string name;
        double kb = 0;
        fields >> name >> kb;
        if (name == "MemTotal:") {
            totalKb = kb;
        } else if (name == "MemAvailable:") {
            availableKb = kb;
        }
    }
    if (totalKb <= 0 || availableKb < 0) {
        return false;
    }
    percent = 100.0 * (totalKb - availableKb) / totalKb;
    return true;
}
std::string statPath(const std::string& root) { return root + "/stat"; }
}  // namespace

HostLoadProbe::HostLoadProbe(std::string procRoot) : m_root(std::move(procRoot))
{
    if (!readCpu(statPath(m_root), m_busy, m_total)) {
        m_busy = m_total = 0;  // unreadable now: the first reading that works starts from boot
    }
}

std::optional<HostLoad> HostLoadProbe::read()
{
    std::uint64_t busy = 0;
    std::uint64_t total = 0;
    HostLoad load;
    std::string memoryPath(m_root);
    if (!readCpu(statPath(m_root), busy, total) || !readMemory(memoryPath.append("/meminfo"), load.memoryPercent)) {
        return std::nullopt;
    }
    const std::uint64_t dTotal = total - m_total;
    const std::uint64_t dBusy = busy - m_busy;
    load.cpuPercent = dTotal > 0 ? 100.0 * static_cast<double>(dBusy) / static_cast<double>(dTotal) : 0.0;
    m_busy = busy;
    m_total = total;
    return load;
}

}  // namespace sluice::engine
