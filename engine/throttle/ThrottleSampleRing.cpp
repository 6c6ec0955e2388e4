// SPDX-License-Identifier: Apache-2.0
#include "throttle/ThrottleSampleRing.h"

#include <algorithm>

namespace sluice::engine {

ThrottleSampleRing::ThrottleSampleRing(std::size_t capacity, TimeNs bucket)
    : m_samples(std::max<std::size_t>(1, capacity)), m_bucket(std::max<TimeNs>(1, bucket))
{
}

void ThrottleSampleRing::add(const ThrottleSample& sample)
{
    const TimeNs start = sample.at - sample.at % m_bucket;
    if (m_size > 0) {
        ThrottleSample& last = m_samples[(m_head + m_samples.size() - 1) % m_samples.size()];
        if (last.at == start) {
            last.level = std::max(last.level, sample.level);
            last.load.cpuPercent = std::max(last.load.cpuPercent, sample.load.cpuPercent);
            last.load.memoryPercent = std::max(last.load.memoryPercent, sample.load.memoryPercent);
            last.load.concurrency = std::max(last.load.concurrency, sample.load.concurrency);
            return;
        }
    }
    m_samples[m_head] = sample;
    m_samples[m_head].at = start;
    m_head = (m_head + 1) % m_samples.size();
    m_size = std::min(m_size + 1, m_samples.size());
}

void ThrottleSampleRing::copyTo(std::vector<ThrottleSample>& out) const
{
    out.clear();
    out.reserve(m_size);
    const std::size_t first = (m_head + m_samples.size() - m_size) % m_samples.size();
    for (std::size_t i = 0; i < m_size; ++i) {
        out.push_back(m_samples[(first + i) % m_samples.size()]);
    }
}

}  // namespace sluice::engine
