// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace sluice::ui {

class ThrottleReasonEdit;

// Asks for a manual throttle level: which level, why (required), and for how long or until cleared. OK stays
// disabled, with the reason shown, until the answers are complete.
class ThrottleOverrideDialog final : public QDialog {
    Q_OBJECT

public:
    ThrottleOverrideDialog(engine::ThrottleLevel current, QWidget* parent = nullptr);

    engine::ThrottleLevel level() const;
    QString reason() const;
    // Minutes the override lasts; nullopt = until cleared.
    std::optional<int> durationMinutes() const;

private:
    void validate();

    QComboBox* m_level;
    ThrottleReasonEdit* m_reason;
    QRadioButton* m_forDuration;
    QRadioButton* m_untilCleared;
    QSpinBox* m_minutes;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace sluice::ui
