// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "vip/VipCatalog.h"

#include <QTableWidget>

#include <functional>
#include <utility>
#include <vector>

namespace sluice::ui {

// Configuration B beyond its limits: reputation (tier multipliers, the cost of a violation, tier bounds, what
// earns a point), the auto-throttle (CPU thresholds, cooldown, hysteresis), anomaly detection (alert threshold,
// each detector's sensitivity, the automatic response) and the rollout of every flag that has one. A value that
// differs from A shows in bold, with A's value in its tooltip. Last come the multipliers of the live VIP tiers.
class SettingsTable final : public QTableWidget {
    Q_OBJECT

public:
    // What a row belongs to: each part reaches the engine as its own audited command when B is applied.
    enum class Part { Reputation, Throttle, Anomaly, Flag, Vip };

    explicit SettingsTable(QWidget* parent = nullptr);

    // A's configuration: every value starts over from it, and its flags decide the flag rows.
    void setBaseline(const engine::EngineConfig& config);
    // A's VIP tiers: one row each.
    void setVipBaseline(const std::vector<engine::VipTier>& tiers);
    // Writes B's reputation, throttle, anomaly and flag settings into `config` (a copy of A's).
    void applyTo(engine::EngineConfig& config) const;
    // B's VIP tiers, and those whose multiplier B changes.
    std::vector<engine::VipTier> vipTiersOfB() const;
    std::vector<engine::VipTier> changedVipTiers() const;
    // Sets B's value of one row: for tests and scripted use.
    void setValue(int row, double value);
    int rowOf(const QString& name) const;
    // Whether B differs from A in a part.
    bool changed(Part part) const;
    // The flags whose rollout B changes, with B's percentage.
    std::vector<std::pair<std::string, int>> changedRollouts() const;

signals:
    void edited();

private:
    // What the rows edit.
    struct Values {
        engine::EngineConfig config;
        std::vector<engine::VipTier> vipTiers;
    };
    struct Setting {
        QString name;
        Part part = Part::Reputation;
        double min = 0;
        double max = 0;
        int decimals = 0;
        std::function<double(const Values&)> get;
        std::function<void(Values&, double)> set;
        std::string flag;  // Part::Flag: the flag's name; Part::Vip: the tier's
    };
    static std::vector<Setting> settingsFor(const Values& baseline);
    Values valuesOfB() const;
    void rebuild();
    void markChanges();
    bool rowChanged(int row) const;

    Values m_baseline;
    std::vector<Setting> m_settings;
};

}  // namespace sluice::ui
