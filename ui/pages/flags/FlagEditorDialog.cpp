// SPDX-License-Identifier: Apache-2.0
#include "FlagEditorDialog.h"

#include "EngineClient.h"
#include "Format.h"
#include "pages/flags/FlagEditText.h"
#include "pages/flags/FlagTimingPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sluice::ui {

namespace flags = engine::flags;

namespace {
constexpr int kWeightTotal = 1000;  // Unleash's: variable weights share 1000
constexpr int kPreviewDelayMs = 300;

const char* const kStrategyNames[] = {"default",
                                      "flexibleRollout",
                                      "userWithId",
                                      "gradualRolloutUserId",
                                      "gradualRolloutSessionId",
                                      "gradualRolloutRandom",
                                      "remoteAddress",
                                      "applicationHostname"};

flags::Strategy strategy(std::string name, std::vector<std::pair<std::string, std::string>> parameters = {})
{
    flags::Strategy out;
    out.name = std::move(name);
    out.parameters = std::move(parameters);
    return out;
}

enum class EffectChoice { None, Feature, RoutePolicy, VipTier };

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item != nullptr ? item->text().trimmed() : QString();
}

QTableWidget* editTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

// "33.3" or "33,3" in the person's language.
std::optional<double> readPercent(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok) {
        value = text.toDouble(&ok);
    }
    return ok && value >= 0 && value <= 100 ? std::optional<double>(value) : std::nullopt;
}
}  // namespace

FlagEditorDialog::FlagEditorDialog(EngineClient* engine, const flags::FlagSet& set, const flags::FeatureFlag* existing,
                                   engine::TimeNs engineNow, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_flags(set),
      m_existing(existing != nullptr ? std::optional<flags::FeatureFlag>(*existing) : std::nullopt),
      m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_enabled(new QCheckBox(tr("On"), this)),
      m_effect(new QComboBox(this)), m_target(new QLineEdit(this)), m_dependencies(new QLineEdit(this)),
      m_strategies(
          editTable({tr("Strategy"), tr("Parameters"), tr("Constraints"), tr("Segments"), tr("Strategy variants")},
                    QStringLiteral("flagStrategies"), this)),
      m_variants(editTable({tr("Variant"), tr("Weight %"), tr("Stickiness"), tr("Payload")},
                           QStringLiteral("flagVariants"), this)),
      m_timing(nullptr), m_weights(new QLabel(this)), m_problem(new QLabel(this)), m_previewText(new QLabel(this)),
      m_previewDelay(new QTimer(this))
{
    if (engine != nullptr) {
        m_previewQuestion = std::make_unique<LatestQuestion<FlagPreviewQuery>>(
            engine, this, [this](const engine::FlagPreview& preview) { showPreview(preview); });
    }
    setObjectName(QStringLiteral("flagEditorDialog"));
    setWindowTitle(existing != nullptr ? tr("Flag %1").arg(QString::fromStdString(existing->name)) : tr("New flag"));
    m_weights->setObjectName(QStringLiteral("variantWeights"));
    m_problem->setObjectName(QStringLiteral("flagEditorProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_previewText->setObjectName(QStringLiteral("flagPreview"));
    m_previewText->setWordWrap(true);
    m_previewText->setText(
        engine != nullptr ? tr("Preview: waiting for the engine…")
                          : tr("Not previewed here: each engine of the fleet evaluates the flag over its own keys."));
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(kPreviewDelayMs);
    connect(m_previewDelay, &QTimer::timeout, this, &FlagEditorDialog::askPreview);

    const flags::FeatureFlag start = m_existing.value_or([] {
        flags::FeatureFlag fresh;
        fresh.strategies.push_back(
            strategy("flexibleRollout", {{"rollout", "0"}, {"stickiness", "default"}, {"groupId", ""}}));
        return fresh;
    }());
    m_timing = new FlagTimingPane(start, engineNow, this);
    m_timing->setObjectName(QStringLiteral("flagTiming"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("flagEditorTabs"));
    tabs->addTab(buildStrategies(), tr("Strategies"));
    tabs->addTab(buildVariants(), tr("Variants"));
    tabs->addTab(m_timing, tr("Schedule and plan"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FlagEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildGeneral());
    layout->addWidget(tabs, 1);
    layout->addWidget(m_previewText);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 560);

    m_name->setText(QString::fromStdString(start.name));
    m_name->setReadOnly(m_existing.has_value());  // a rename is a new flag and a removal
    m_description->setText(QString::fromStdString(start.description));
    m_enabled->setChecked(start.enabled);
    m_effect->setCurrentIndex(static_cast<int>(start.effect.kind));
    m_target->setText(QString::fromStdString(start.effect.target));
    m_dependencies->setText(dependenciesText(start.dependencies));
    for (const flags::Strategy& s : start.strategies) {
        addStrategyRow(s);
    }
    for (const flags::Variant& v : start.variants) {
        addVariantRow(v);
    }
    connect(m_timing, &FlagTimingPane::edited, this, &FlagEditorDialog::edited);
    for (QLineEdit* line : {m_name, m_description, m_target, m_dependencies}) {
        connect(line, &QLineEdit::textChanged, this, &FlagEditorDialog::edited);
    }
    connect(m_enabled, &QCheckBox::toggled, this, &FlagEditorDialog::edited);
    connect(m_effect, &QComboBox::currentIndexChanged, this, &FlagEditorDialog::edited);
    connect(m_strategies, &QTableWidget::itemChanged, this, &FlagEditorDialog::edited);
    connect(m_variants, &QTableWidget::itemChanged, this, &FlagEditorDialog::edited);
    edited();
}

QWidget* FlagEditorDialog::buildGeneral()
{
    auto* box = new QWidget(this);
    m_name->setObjectName(QStringLiteral("flagEditorName"));
    m_name->setMaxLength(255);
    m_description->setObjectName(QStringLiteral("flagEditorDescription"));
    m_enabled->setObjectName(QStringLiteral("flagEditorEnabled"));
    m_effect->setObjectName(QStringLiteral("flagEditorEffect"));
    m_effect->addItem(tr("Evaluated only"), static_cast<int>(EffectChoice::None));
    m_effect->addItem(tr("Sluice feature"), static_cast<int>(EffectChoice::Feature));
    m_effect->addItem(tr("Route policy for keys inside"), static_cast<int>(EffectChoice::RoutePolicy));
    m_effect->addItem(tr("VIP tier for keys inside"), static_cast<int>(EffectChoice::VipTier));
    m_target->setObjectName(QStringLiteral("flagEditorTarget"));
    m_target->setPlaceholderText(tr("route or tier"));
    auto* effect = new QHBoxLayout;
    effect->addWidget(m_effect);
    effect->addWidget(m_target, 1);
    auto* nameLine = new QHBoxLayout;
    nameLine->addWidget(m_name, 1);
    nameLine->addWidget(m_enabled);
    m_dependencies->setObjectName(QStringLiteral("flagEditorDependencies"));
    m_dependencies->setPlaceholderText(tr("none; e.g. checkout-v2, !legacy-ui, experiment:blue|green"));
    m_dependencies->setToolTip(tr("The flags this one needs: a name wants that flag on for the key, !name wants it "
                                  "off, name:a|b wants it on with variant a or b."));
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name"), nameLine);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Effect"), effect);
    form->addRow(tr("Depends on"), m_dependencies);
    return box;
}

QWidget* FlagEditorDialog::buildStrategies()
{
    m_strategies->setToolTip(
        tr("Parameters: rollout=50, stickiness=default, groupId=beta\n"
           "Constraints: appName IN web,ios; !userId STR_STARTS_WITH test- /i (! inverts, /i ignores case)\n"
           "Segments: their numbers, 1, 3\n"
           "Strategy variants: blue 50, green 50 (these replace the flag's variants for keys this strategy lets in)"));
    m_strategies->setColumnWidth(0, 150);
    m_strategies->setColumnWidth(1, 180);
    m_strategies->setColumnWidth(2, 200);
    m_strategies->setColumnWidth(3, 80);
    QStringList segments;
    for (const flags::Segment& s : m_flags.segments) {
        segments << tr("%1 %2").arg(s.id).arg(QString::fromStdString(s.name));
    }
    auto* known = new QLabel(segments.isEmpty() ? tr("No segments are defined.")
                                                : tr("Segments: %1").arg(segments.join(QStringLiteral(", "))),
                             this);
    known->setObjectName(QStringLiteral("flagSegmentsKnown"));
    known->setWordWrap(true);
    return tablePane(
        m_strategies, tr("Add strategy"), QStringLiteral("Strategy"), known,
        [this] { addStrategyRow(strategy("default")); },
        [this](int row) { m_strategyRest.erase(m_strategyRest.begin() + row); });
}

QWidget* FlagEditorDialog::buildVariants()
{
    m_variants->setColumnWidth(0, 160);
    m_variants->setColumnWidth(1, 80);
    m_variants->setColumnWidth(2, 120);
    m_variants->setToolTip(tr("Payload: type: value, e.g. json: {\"color\": \"blue\"} (string, json, csv, number)"));
    return tablePane(
        m_variants, tr("Add variant"), QStringLiteral("Variant"), m_weights,
        [this] {
            flags::Variant fresh;
            fresh.name = tr("variant-%1").arg(m_variants->rowCount() + 1).toStdString();
            addVariantRow(fresh);
        },
        [this](int row) { m_variantRest.erase(m_variantRest.begin() + row); });
}

QWidget* FlagEditorDialog::tablePane(QTableWidget* table, const QString& addText, const QString& kind, QWidget* note,
                                     const std::function<void()>& add, const std::function<void(int)>& forget)
{
    auto* box = new QWidget(this);
    auto* addButton = new QPushButton(addText, box);
    addButton->setObjectName(QStringLiteral("add%1").arg(kind));
    auto* removeButton = new QPushButton(tr("Remove"), box);
    removeButton->setObjectName(QStringLiteral("remove%1").arg(kind));
    connect(addButton, &QPushButton::clicked, this, [this, add] {
        add();
        edited();
    });
    connect(removeButton, &QPushButton::clicked, this, [this, table, forget] {
        const int row = table->currentRow();
        if (row >= 0) {
            table->removeRow(row);
            forget(row);
            edited();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addWidget(note, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return box;
}

void FlagEditorDialog::addStrategyRow(const flags::Strategy& strategy)
{
    const QSignalBlocker quiet(m_strategies);
    const int row = m_strategies->rowCount();
    m_strategies->insertRow(row);
    auto* name = new QComboBox(m_strategies);
    name->setEditable(true);  // a strategy this console does not know is kept as it is
    for (const char* known : kStrategyNames) {
        name->addItem(QString::fromLatin1(known));
    }
    name->setCurrentText(QString::fromStdString(strategy.name));
    connect(name, &QComboBox::currentTextChanged, this, &FlagEditorDialog::edited);
    m_strategies->setCellWidget(row, 0, name);
    m_strategies->setItem(row, 1, new QTableWidgetItem(parametersText(strategy.parameters)));
    m_strategies->setItem(row, 2, new QTableWidgetItem(constraintsText(strategy.constraints)));
    m_strategies->setItem(row, 3, new QTableWidgetItem(segmentsText(strategy.segments)));
    m_strategies->setItem(row, 4, new QTableWidgetItem(strategyVariantsText(strategy.variants)));
    m_strategyRest.push_back(strategy);
}

void FlagEditorDialog::addVariantRow(const flags::Variant& variant)
{
    const QSignalBlocker quiet(m_variants);
    const int row = m_variants->rowCount();
    m_variants->insertRow(row);
    m_variants->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(variant.name)));
    m_variants->setItem(row, 1, new QTableWidgetItem(QLocale().toString(variant.weight / 10.0, 'f', 1)));
    m_variants->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(variant.stickiness)));
    m_variants->setItem(row, 3, new QTableWidgetItem(payloadText(variant.payload)));
    m_variantRest.push_back(variant);
}

int FlagEditorDialog::weightTotal() const
{
    int total = 0;
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        if (const auto percent = readPercent(cell(m_variants, row, 1))) {
            total += static_cast<int>(std::lround(*percent * 10));
        }
    }
    return total;
}

std::optional<flags::FeatureFlag> FlagEditorDialog::flag(QString& error) const
{
    flags::FeatureFlag out = m_existing.value_or(flags::FeatureFlag{});
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        error = tr("The flag needs a name.");
        return std::nullopt;
    }
    if (!m_existing) {
        for (const flags::FeatureFlag& f : m_flags.features) {
            if (f.name == name.toStdString()) {
                error = tr("A flag named %1 exists already.").arg(name);
                return std::nullopt;
            }
        }
    }
    out.name = name.toStdString();
    out.description = m_description->text().trimmed().toStdString();
    out.enabled = m_enabled->isChecked();
    out.effect.kind = static_cast<flags::EffectKind>(m_effect->currentData().toInt());
    out.effect.target = m_target->text().trimmed().toStdString();
    const bool needsTarget =
        out.effect.kind == flags::EffectKind::RoutePolicy || out.effect.kind == flags::EffectKind::VipTier;
    if (needsTarget && out.effect.target.empty()) {
        error = tr("Name the route or the VIP tier the flag switches on.");
        return std::nullopt;
    }
    if (!needsTarget) {
        out.effect.target.clear();
    }
    out.strategies.clear();
    for (int row = 0; row < m_strategies->rowCount(); ++row) {
        flags::Strategy s = m_strategyRest[static_cast<std::size_t>(row)];
        s.name = static_cast<QComboBox*>(m_strategies->cellWidget(row, 0))->currentText().trimmed().toStdString();
        QString problem;
        const auto parameters = readParameters(cell(m_strategies, row, 1), problem);
        const auto constraints = parameters ? readConstraints(cell(m_strategies, row, 2), problem) : std::nullopt;
        const auto segments = constraints ? readSegments(cell(m_strategies, row, 3), problem) : std::nullopt;
        const auto variants =
            segments ? readStrategyVariants(cell(m_strategies, row, 4), s.variants, problem) : std::nullopt;
        if (!variants) {
            error = tr("Strategy %1: %2").arg(row + 1).arg(problem);
            return std::nullopt;
        }
        for (const int id : *segments) {
            if (std::none_of(m_flags.segments.begin(), m_flags.segments.end(),
                             [id](const flags::Segment& known) { return known.id == id; })) {
                error = tr("Strategy %1: there is no segment %2.").arg(row + 1).arg(id);
                return std::nullopt;
            }
        }
        s.parameters = *parameters;
        s.constraints = *constraints;
        s.segments = *segments;
        s.variants = *variants;
        out.strategies.push_back(std::move(s));
    }
    out.variants.clear();
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        flags::Variant v = m_variantRest[static_cast<std::size_t>(row)];
        v.name = cell(m_variants, row, 0).toStdString();
        const auto percent = readPercent(cell(m_variants, row, 1));
        QString problem;
        const auto payload = readPayload(cell(m_variants, row, 3), problem);
        if (v.name.empty()) {
            error = tr("Variant %1 needs a name.").arg(row + 1);
            return std::nullopt;
        }
        if (!percent) {
            error = tr("Variant %1: the weight is a percentage from 0 to 100.").arg(row + 1);
            return std::nullopt;
        }
        if (!payload) {
            error = tr("Variant %1: %2").arg(row + 1).arg(problem);
            return std::nullopt;
        }
        v.weight = static_cast<int>(std::lround(*percent * 10));
        v.stickiness = cell(m_variants, row, 2).isEmpty() ? "default" : cell(m_variants, row, 2).toStdString();
        v.payload = *payload;
        out.variants.push_back(std::move(v));
    }
    if (!out.variants.empty() && weightTotal() != kWeightTotal) {
        error = tr("The variants' weights add up to %1 %; they must add up to 100 %.")
                    .arg(QLocale().toString(weightTotal() / 10.0, 'f', 1));
        return std::nullopt;
    }
    QString problem;
    const auto dependencies = readDependencies(m_dependencies->text(), problem);
    if (!dependencies) {
        error = tr("Depends on: %1").arg(problem);
        return std::nullopt;
    }
    for (const flags::Dependency& d : *dependencies) {
        if (d.feature == out.name || m_flags.find(d.feature) == nullptr) {
            error = tr("Depends on: there is no other flag named %1.").arg(QString::fromStdString(d.feature));
            return std::nullopt;
        }
    }
    out.dependencies = *dependencies;
    if (!m_timing->fill(out, error)) {
        return std::nullopt;
    }
    return out;
}

void FlagEditorDialog::edited()
{
    const auto effect = static_cast<flags::EffectKind>(m_effect->currentData().toInt());
    m_target->setEnabled(effect == flags::EffectKind::RoutePolicy || effect == flags::EffectKind::VipTier);
    if (m_variants->rowCount() == 0) {
        m_weights->setText(tr("No variants: the flag is only on or off."));
    } else {
        m_weights->setText(tr("Weights add up to %1 %.").arg(QLocale().toString(weightTotal() / 10.0, 'f', 1)));
    }
    QString error;
    const bool good = flag(error).has_value();
    m_problem->setText(error);
    m_problem->setVisible(!good);
    m_weights->setStyleSheet(weightTotal() == kWeightTotal || m_variants->rowCount() == 0
                                 ? QString()
                                 : QStringLiteral("QLabel { color: #b3261e; }"));
    if (good && m_previewQuestion) {
        m_previewDelay->start();  // once typing pauses, not per key
    }
}

void FlagEditorDialog::proposeName(const QString& name) { m_name->setText(name); }

void FlagEditorDialog::askPreview()
{
    QString error;
    if (auto candidate = flag(error)) {
        m_previewQuestion->ask(FlagPreviewQuery{std::move(*candidate)});
    }
}

void FlagEditorDialog::showPreview(const engine::FlagPreview& preview)
{
    m_preview = preview;
    if (preview.keys == 0) {
        m_previewText->setText(tr("Preview: the engine knows no keys yet."));
        return;
    }
    QString text = tr("Preview over the %1 keys the engine knows: %2 inside (%3)")
                       .arg(formatCount(preview.keys), formatCount(preview.inside),
                            formatPercent(static_cast<double>(preview.inside) / static_cast<double>(preview.keys)));
    QStringList split;
    for (const auto& [variant, keys] : preview.variants) {
        split << tr("%1 %2").arg(QString::fromStdString(variant), formatCount(keys));
    }
    if (!split.isEmpty()) {
        text = tr("%1; by variant: %2").arg(text, split.join(QStringLiteral(", ")));
    }
    m_previewText->setText(text);
}

void FlagEditorDialog::accept()
{
    QString error;
    if (!flag(error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

}  // namespace sluice::ui
