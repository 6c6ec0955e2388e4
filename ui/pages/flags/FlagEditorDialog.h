// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineQueries.h"
#include "LatestQuestion.h"
#include "core/Time.h"
#include "flags/FlagModel.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace sluice::ui {

class EngineClient;
class FlagTimingPane;

// A flag's whole definition: its strategies with their parameters, constraints, segments and variants, its own
// variants and their weights, the flags it depends on, its schedule and rollout plan, and what it does in Sluice. While
// it is edited, the engine evaluates it over the keys it knows and the dialog shows how many would be inside and how
// they split over the variants. OK stays refused while something is wrong, which is said under the tables (weights that
// do not add up, a constraint that does not read).
class FlagEditorDialog final : public QDialog {
    Q_OBJECT

public:
    // `existing` null: a new flag. `flags` gives the segments a strategy may use and the names already taken;
    // `engineNow` is the engine's clock, which schedules run on. `engine` null: the flag is a fleet's, whose engines
    // each know their own keys, so nothing is previewed.
    FlagEditorDialog(EngineClient* engine, const engine::flags::FlagSet& flags,
                     const engine::flags::FeatureFlag* existing, engine::TimeNs engineNow, QWidget* parent = nullptr);

    // A new flag's name to start from (the one an admin typed before opening the editor).
    void proposeName(const QString& name);
    // The flag as edited; nullopt with `error` naming what is wrong and where.
    std::optional<engine::flags::FeatureFlag> flag(QString& error) const;
    // What the weights add up to, in tenths of a percent (Unleash's 1000 is 100 %).
    int weightTotal() const;
    // The last preview the engine answered; for tests.
    const std::optional<engine::FlagPreview>& preview() const { return m_preview; }

    void accept() override;

private:
    QWidget* buildGeneral();
    QWidget* buildStrategies();
    QWidget* buildVariants();
    // `table` with Add and Remove under it and `note` beside them; `forget` drops what a removed row kept.
    QWidget* tablePane(QTableWidget* table, const QString& addText, const QString& kind, QWidget* note,
                       const std::function<void()>& add, const std::function<void(int)>& forget);
    void addStrategyRow(const engine::flags::Strategy& strategy);
    void addVariantRow(const engine::flags::Variant& variant);
    void edited();
    void askPreview();
    void showPreview(const engine::FlagPreview& preview);

    EngineClient* m_engine;
    engine::flags::FlagSet m_flags;
    std::optional<engine::flags::FeatureFlag> m_existing;
    std::vector<engine::flags::Strategy> m_strategyRest;  // what a row does not show (strategy variants, ...)
    std::vector<engine::flags::Variant> m_variantRest;    // the overrides of each variant row
    QLineEdit* m_name;
    QLineEdit* m_description;
    QCheckBox* m_enabled;
    QComboBox* m_effect;
    QLineEdit* m_target;
    QLineEdit* m_dependencies;
    QTableWidget* m_strategies;
    QTableWidget* m_variants;
    FlagTimingPane* m_timing;
    QLabel* m_weights;
    QLabel* m_problem;
    QLabel* m_previewText;
    QTimer* m_previewDelay;
    std::unique_ptr<LatestQuestion<FlagPreviewQuery>> m_previewQuestion;  // null without an engine
    std::optional<engine::FlagPreview> m_preview;
};

}  // namespace sluice::ui
