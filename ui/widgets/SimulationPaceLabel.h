// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "traffic/SourceState.h"

#include <QElapsedTimer>
#include <QLabel>

#include <deque>
#include <optional>

namespace sluice::ui {

// Says when the simulated traffic runs slower than the chosen speed ("Running at ×3.2: the machine cannot keep
// up"), and is hidden otherwise. It measures the speed reached from how far the simulated clock moved over the
// last few seconds of wall time; a short stall is not reported, only a source that stays behind.
class SimulationPaceLabel final : public QLabel {
    Q_OBJECT

public:
    explicit SimulationPaceLabel(QWidget* parent = nullptr);

    // The simulation as it is now; called with each snapshot.
    void update(const engine::SourceState& simulation);
    // Virtual seconds per wall second over the last few seconds; nullopt until there are enough of them.
    std::optional<double> reachedSpeed() const;

private:
    struct Sample {
        qint64 wallMs;
        engine::TimeNs virtualNow;
    };

    QElapsedTimer m_wall;
    std::deque<Sample> m_samples;
    double m_speed = 0;  // the chosen speed the samples were taken at
};

}  // namespace sluice::ui
