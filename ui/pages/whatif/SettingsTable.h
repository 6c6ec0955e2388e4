// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"

#include <QTableWidget>

namespace sluice::ui {

// Configuration B beyond its limits: reputation (tier multipliers, the cost of a violation, tier bounds, what
// earns a point) and the auto-throttle (CPU thresholds, cooldown, hysteresis). A value that differs from A shows
// in bold, with A's value in its tooltip.
class SettingsTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit SettingsTable(QWidget* parent = nullptr);

    // A's configuration: every value starts over from it.
    void setBaseline(const engine::EngineConfig& config);
    // Writes B's values into `config` (a copy of A's).
    void applyTo(engine::EngineConfig& config) const;
    // Sets B's value of one row: for tests and scripted use.
    void setValue(int row, double value);
    int rowOf(const QString& name) const;
    // Whether B's reputation or throttle settings differ from A's.
    bool reputationChanged() const { return changed(false); }
    bool throttleChanged() const { return changed(true); }

signals:
    void edited();

private:
    struct Setting;
    static const std::vector<Setting>& settings();
    void markChanges();
    bool rowChanged(int row) const;
    bool changed(bool throttle) const;

    engine::EngineConfig m_baseline;
};

}  // namespace sluice::ui
