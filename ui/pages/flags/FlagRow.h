// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FlagsView.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;

namespace sluice::ui {

class EngineClient;
class ElidedLabel;
class ExposureSparkline;
class RolloutSlider;

// One flag on the Flags page: its switch, rollout slider, the share of active keys inside, the last hour's
// evaluations, what is scheduled and where its plan is, and the kill switch. It only asks; the page decides
// (confirmations) and sends the commands.
class FlagRow final : public QFrame {
    Q_OBJECT

public:
    FlagRow(const engine::FlagRowView& flag, const EngineClient& engine, QWidget* parent = nullptr);

    // Shows the flag as the engine has it now; a slider being moved keeps the person's value.
    void display(const engine::FlagRowView& flag);
    const std::string& name() const { return m_name; }
    RolloutSlider* slider() const { return m_slider; }

signals:
    void enabledToggled(const QString& name, bool enabled);
    void rolloutReleased(const QString& name, int from, int to);
    void killClicked(const QString& name, bool killed);  // killed: the flag is killed now (lift it)
    void planPauseClicked(const QString& name, bool paused);
    void editClicked(const QString& name);

private:
    void showRolloutValue(int percent);
    void setAdminTip(QWidget* control, const QString& tip);

    std::string m_name;
    QCheckBox* m_enabled;
    QLabel* m_title;
    QLabel* m_effect;
    QLabel* m_killed;
    ElidedLabel* m_status;
    QPushButton* m_planPause;
    QPushButton* m_kill;
    QPushButton* m_edit;
    RolloutSlider* m_slider;
    QLabel* m_rolloutValue;
    ElidedLabel* m_noRollout;
    QLabel* m_share;
    ExposureSparkline* m_exposure;
    bool m_readOnly;
    bool m_isKilled = false;
    engine::PlanState m_plan = engine::PlanState::None;
};

}  // namespace sluice::ui
