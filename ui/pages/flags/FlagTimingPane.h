// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "flags/FlagModel.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;

namespace sluice::ui {

// When a flag changes by itself: its schedule (on or off at given instants of the engine's clock) and its rollout
// plan (a step every so often up to a target, halted by the alert kinds ticked). A plan whose settings are edited
// starts anew when saved, its first step one interval after the engine takes it; a plan left as it was keeps its
// progress, pause and halt.
class FlagTimingPane final : public QWidget {
    Q_OBJECT

public:
    FlagTimingPane(const engine::flags::FeatureFlag& start, engine::TimeNs engineNow, QWidget* parent = nullptr);

    // Writes the schedule and the plan as edited into `flag` (whose strategies are already the edited ones);
    // false with `error` naming what is wrong and where.
    bool fill(engine::flags::FeatureFlag& flag, QString& error) const;

signals:
    void edited();

private:
    QWidget* buildSchedule();
    QWidget* buildPlan();
    void addScheduleRow(const engine::flags::ScheduleEntry& entry);
    void planToggled();
    engine::TimeNs stepEvery() const;

    engine::TimeNs m_now;
    std::vector<engine::flags::ScheduleEntry> m_startSchedule;
    std::optional<engine::flags::RolloutPlan> m_startPlan;
    QTableWidget* m_schedule;
    QCheckBox* m_hasPlan;
    QSpinBox* m_step;
    QSpinBox* m_every;
    QComboBox* m_unit;
    QSpinBox* m_target;
    std::vector<QCheckBox*> m_haltOn;  // one per anomaly kind, in the kinds' order
};

}  // namespace sluice::ui
