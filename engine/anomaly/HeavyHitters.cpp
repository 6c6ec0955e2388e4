// SPDX-License-Identifier: Apache-2.0
#include "anomaly/HeavyHitters.h"

#include "keys/KeyTable.h"

namespace sluice::engine::anomaly {

void HeavyHitters::reset(std::uint32_t threshold)
{
    for (Line& line : m_lines) {
        line.fill(0);
    }
    m_size = 0;
    // At least kMinSampled sampled requests: fewer say too little about a key to make it a candidate.
    m_threshold = std::clamp<std::uint32_t>(threshold / kSampleEvery, kMinSampled, kMaxThreshold);
}

void HeavyHitters::addSketch(const HeavyHitters& other)
{
    for (std::uint32_t l = 0; l < kLines; ++l) {
        for (std::uint32_t i = 0; i < 2 * kHalf; ++i) {
            const std::uint32_t sum = std::uint32_t{m_lines[l][i]} + other.m_lines[l][i];
            m_lines[l][i] = static_cast<std::uint16_t>(std::min<std::uint32_t>(sum, 0xFFFF));
        }
    }
    m_threshold = std::max(m_threshold, other.m_threshold);
}

std::string_view HeavyHitters::keyAt(const KeyTable& keys, std::uint32_t index, std::uint64_t hash)
{
    if (index >= keys.highWater() || (keys.record(index).flags & KeyRecord::kLive) == 0) {
        return {};
    }
    const std::string_view key = keys.keyOf(index);
    return KeyTable::hash(key) == hash ? key : std::string_view();
}

void HeavyHitters::settle(const KeyTable& keys)
{
    for (std::uint32_t i = 0; i < m_size; ++i) {
        Candidate& c = m_candidates[i];
        c.requests = 0;
        if (keyAt(keys, c.index, c.hash).empty()) {
            continue;
        }
        const KeyRecord& r = keys.record(c.index);
        // Exact from the admitting request on (modulo 2^32, as counted); before it the key had fewer than the
        // threshold. A light key beside a heavy one therefore stays near the threshold, whatever its estimate.
        const std::uint32_t since = static_cast<std::uint32_t>(r.allowed + r.denied - c.totalAtAdmit + 1U);
        c.requests = std::min(estimate(c.hash), since + (threshold() - 1));
    }
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
