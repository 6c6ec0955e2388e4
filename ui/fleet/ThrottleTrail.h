// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ThrottleView.h"
#include "fleet/HeardWindow.h"

#include <QtGlobal>

#include <vector>

namespace sluice::ui {

// The throttle's level and load of a fleet (or of one engine of it) as the console heard them, one sample an answer
// over the last five minutes, shaped as the samples the Throttle page's timeline draws.
class ThrottleTrail final {
public:
    static constexpr qint64 kWindowSec = HeardWindow<int>::kWindowSec;

    // The sample of `atSec` (Unix seconds; its `at` is set from it). A second heard twice keeps the later answer; a
    // clock that went back starts the trail again.
    void add(qint64 atSec, engine::ThrottleSample sample);
    void clear()
    {
        m_heard.clear();
        m_samples.clear();
    }
    const std::vector<engine::ThrottleSample>& samples() const { return m_samples; }

private:
    HeardWindow<engine::ThrottleSample> m_heard;
    std::vector<engine::ThrottleSample> m_samples;  // m_heard's, oldest first, as the timeline takes them
};

}  // namespace sluice::ui
