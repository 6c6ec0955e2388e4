// SPDX-License-Identifier: Apache-2.0
#include "fleet/ThrottleTrail.h"

#include <algorithm>

namespace sluice::ui {

void ThrottleTrail::add(qint64 atSec, engine::ThrottleSample sample)
{
    sample.at = atSec * engine::kNsPerSec;
    if (!m_samples.empty() && sample.at < m_samples.back().at) {
        m_samples.clear();
    }
    if (!m_samples.empty() && m_samples.back().at == sample.at) {
        m_samples.back() = sample;
    } else {
        m_samples.push_back(sample);
    }
    const engine::TimeNs from = (atSec - kWindowSec) * engine::kNsPerSec;
    m_samples.erase(m_samples.begin(), std::find_if(m_samples.begin(), m_samples.end(),
                                                    [from](const engine::ThrottleSample& s) { return s.at > from; }));
}

}  // namespace sluice::ui
