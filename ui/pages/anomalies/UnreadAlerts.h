// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <cstdint>

namespace sluice::ui {

// The alerts that arrived since the user last looked: those newer than the newest one on screen then. Alert
// ids increase, so one id is all it keeps.
class UnreadAlerts final {
public:
    // Counts `view` (null: nothing yet); while `looking`, everything in it is seen. True when the count changed.
    bool follow(const engine::AnomalyView* view, bool looking);
    int count() const { return m_count; }

private:
    std::uint64_t m_seenUpTo = 0;
    int m_count = 0;
};

}  // namespace sluice::ui
