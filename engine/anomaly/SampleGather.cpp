// SPDX-License-Identifier: Apache-2.0
#include "anomaly/SampleGather.h"

#include "part/PartContext.h"

#include <algorithm>

namespace sluice::engine::anomaly {

void SampleGather::add(std::vector<ClosedSample>& samples)
{
    for (ClosedSample& sample : samples) {
        if (sample.end <= m_handedOut) {
            continue;  // requests stamped before a grid point reached their engine after it was judged
        }
        if (auto found = m_pending.find(sample.end); found != m_pending.end()) {
            found->second.add(std::move(sample));
        } else {
            m_pending.emplace(sample.end, std::move(sample));
        }
    }
    samples.clear();
}

void SampleGather::takeReady(std::span<const TimeNs> nextSamples, std::vector<ClosedSample>& out)
{
    // Every grid point before the earliest an engine has still to close is closed by all.
    TimeNs open = kNever;
    for (const TimeNs next : nextSamples) {
        open = std::min(open, next);
    }
    while (!m_pending.empty() && m_pending.begin()->first < open) {
        m_handedOut = m_pending.begin()->first;
        out.push_back(std::move(m_pending.begin()->second));
        m_pending.erase(m_pending.begin());
    }
}

}  // namespace sluice::engine::anomaly
