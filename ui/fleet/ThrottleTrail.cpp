// SPDX-License-Identifier: Apache-2.0
#include "fleet/ThrottleTrail.h"

namespace sluice::ui {

void ThrottleTrail::add(qint64 atSec, engine::ThrottleSample sample)
{
    sample.at = atSec * engine::kNsPerSec;
    m_heard.add(atSec, sample);
    m_samples.clear();
    for (const auto& entry : m_heard.entries()) {
        m_samples.push_back(entry.second);
    }
}

}  // namespace sluice::ui
