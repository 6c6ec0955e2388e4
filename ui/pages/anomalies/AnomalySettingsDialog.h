// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LatestQuestion.h"

#include "config/AnomalyConfig.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace sluice::ui {

class EngineClient;

// How anomaly detection judges and responds: the alert threshold, the history seasonal alerts wait for, when
// an alert resolves by itself, each detector's sensitivity, and the automatic responses. It starts from the
// settings in force, asked of the engine; OK stays off until they arrived.
class AnomalySettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AnomalySettingsDialog(EngineClient* engine, QWidget* parent = nullptr);

    // The settings as edited, on top of those in force.
    engine::AnomalyConfig config() const;
    // The settings in force arrived and fill the form.
    bool loaded() const { return m_loaded; }

signals:
    void settingsLoaded();

private:
    QWidget* buildDetection();
    QWidget* buildResponses();
    QWidget* buildSensitivity();
    void fill(const engine::AnomalyConfig& config);

    engine::AnomalyConfig m_base;
    bool m_loaded = false;
    QSpinBox* m_threshold;
    QDoubleSpinBox* m_minDataDays;
    QSpinBox* m_autoResolve;
    QCheckBox* m_respond;
    QComboBox* m_throttle;
    QSpinBox* m_throttleFor;
    QDoubleSpinBox* m_penalty;
    std::array<QDoubleSpinBox*, engine::kAnomalyKindCount> m_sensitivity{};
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    LatestQuestion<AnomalyConfigQuery> m_current;
};

}  // namespace sluice::ui
