// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/overview/RateHistory.h"

#include <QtGlobal>

#include <deque>

namespace sluice::ui {

// The fleet's requests per second as the Fleet page heard them, one sample an answer over the last five minutes,
// shaped as the history the Overview's traffic chart draws: the engines' own histories stay on each engine, and the
// roster carries only their rates of the moment.
class FleetHistory final {
public:
    static constexpr qint64 kWindowSec = 300;

    // The fleet's rates at `atSec` (Unix seconds). A second heard twice keeps the later answer; a clock that went
    // back starts the history again.
    void add(qint64 atSec, double decisionsPerSec, double deniedPerSec);
    void clear();
    const RateHistory& history() const { return m_history; }
    std::size_t size() const { return m_samples.size(); }

private:
    struct Sample {
        qint64 atSec = 0;
        double decisions = 0;
        double denied = 0;
    };
    void rebuild();

    std::deque<Sample> m_samples;
    RateHistory m_history;
};

}  // namespace sluice::ui
