// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ThrottleView.h"

#include <QtGlobal>

#include <vector>

namespace sluice::ui {

// The throttle's level and load of a fleet (or of one engine of it) as the console heard them, one sample an answer
// over the last five minutes, shaped as the samples the Throttle page's timeline draws.
class ThrottleTrail final {
public:
    static constexpr qint64 kWindowSec = 300;

    // The sample of `atSec` (Unix seconds; its `at` is set from it). A second heard twice keeps the later answer; a
    // clock that went back starts the trail again.
    void add(qint64 atSec, engine::ThrottleSample sample);
    void clear() { m_samples.clear(); }
    const std::vector<engine::ThrottleSample>& samples() const { return m_samples; }

private:
    std::vector<engine::ThrottleSample> m_samples;  // oldest first; at most kWindowSec of them
};

}  // namespace sluice::ui
