// SPDX-License-Identifier: Apache-2.0
#include "rollup/RollupRing.h"

namespace sluice::engine {

RollupRing::RollupRing(std::uint32_t bucketSec, std::uint32_t capacity) : m_bucketSec(bucketSec), m_ring(capacity) {}

void RollupRing::closeUntil(std::uint32_t startSec)
{
    // Close the open interval and any silent ones up to `startSec` (no more than the ring holds).
    std::uint32_t gaps = (startSec - m_open.startSec) / m_bucketSec;
    if (gaps > m_ring.size()) {
        m_open = RollupBucket{};
        m_open.startSec = startSec - static_cast<std::uint32_t>(m_ring.size()) * m_bucketSec;
        gaps = static_cast<std::uint32_t>(m_ring.size());
    }
    for (std::uint32_t i = 0; i < gaps; ++i) {
        m_ring[m_next] = m_open;
        m_next = (m_next + 1) % m_ring.size();
        m_count = m_count < m_ring.size() ? m_count + 1 : m_count;
        const std::uint32_t nextStart = m_open.startSec + m_bucketSec;
        m_open = RollupBucket{};
        m_open.startSec = nextStart;
    }
}

void RollupRing::add(const RollupBucket& second)
{
    const std::uint32_t startSec = second.startSec - second.startSec % m_bucketSec;
    if (!m_hasOpen) {
        m_open = RollupBucket{};
        m_open.startSec = startSec;
        m_hasOpen = true;
    } else if (startSec > m_open.startSec) {
        closeUntil(startSec);
    } else if (startSec < m_open.startSec) {
        return;  // time never runs backwards in the engine; ignore rather than corrupt the window
    }
    m_open.add(second);
}

void RollupRing::copyTo(std::vector<RollupBucket>& out) const
{
    out.clear();
    out.reserve(m_count + 1);
    const std::size_t first = (m_next + m_ring.size() - m_count) % m_ring.size();
    for (std::size_t i = 0; i < m_count; ++i) {
        out.push_back(m_ring[(first + i) % m_ring.size()]);
    }
    if (m_hasOpen) {
        out.push_back(m_open);
    }
}

void RollupRing::closedAfter(std::uint32_t afterSec, bool open, std::vector<RollupBucket>& out) const
{
    std::size_t newer = 0;
    while (newer < m_count && m_ring[(m_next + m_ring.size() - 1 - newer) % m_ring.size()].startSec > afterSec) {
        ++newer;
    }
    for (std::size_t i = newer; i > 0; --i) {
        out.push_back(m_ring[(m_next + m_ring.size() - i) % m_ring.size()]);
    }
    if (open && m_hasOpen && m_open.startSec > afterSec) {
        out.push_back(m_open);
    }
}

}  // namespace sluice::engine
