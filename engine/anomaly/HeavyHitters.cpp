// SPDX-License-Identifier: Apache-2.0
#include "anomaly/HeavyHitters.h"

namespace sluice::engine::anomaly {

void HeavyHitters::reset(std::uint32_t threshold)
{
    for (Line& line : m_lines) {
        line.fill(0);
    }
    m_size = 0;
    m_threshold = std::clamp<std::uint32_t>(threshold, 2, kMaxThreshold);
}

void HeavyHitters::admit(const Candidate& candidate)
{
    if (m_size < kCandidates) {
        m_candidates[m_size++] = candidate;
        return;
    }
    std::uint32_t smallest = 0;
    std::uint32_t fewest = estimate(m_candidates[0].hash);
    for (std::uint32_t i = 1; i < m_size; ++i) {
        if (const std::uint32_t e = estimate(m_candidates[i].hash); e < fewest) {
            fewest = e;
            smallest = i;
        }
    }
    m_candidates[smallest] = candidate;  // the newcomer may still grow; the smallest is the one to lose
}

}  // namespace sluice::engine::anomaly
