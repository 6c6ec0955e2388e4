// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/UnreadAlerts.h"

#include <algorithm>

namespace sluice::ui {

bool UnreadAlerts::follow(const engine::AnomalyView* view, bool looking)
{
    const int before = m_count;
    if (view == nullptr) {
        return false;
    }
    if (looking) {
        for (const engine::AnomalyAlert& alert : view->alerts) {
            m_seenUpTo = std::max(m_seenUpTo, alert.id);
        }
        m_count = 0;
    } else {
        m_count = static_cast<int>(std::count_if(view->alerts.begin(), view->alerts.end(),
                                                 [this](const engine::AnomalyAlert& a) { return a.id > m_seenUpTo; }));
    }
    return m_count != before;
}

}  // namespace sluice::ui
