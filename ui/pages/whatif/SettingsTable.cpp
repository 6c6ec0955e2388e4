// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/SettingsTable.h"

#include "pages/anomalies/AnomalyText.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLocale>

#include <functional>

namespace sluice::ui {

namespace {
constexpr double kSecondsPerNs = 1e-9;
engine::TimeNs seconds(double s) { return static_cast<engine::TimeNs>(s * 1e9); }
}  // namespace

std::vector<SettingsTable::Setting> SettingsTable::settingsFor(const engine::EngineConfig& baseline)
{
    using engine::EngineConfig;
    std::vector<Setting> all{
        {tr("Flagged keys: limit ×"),
         Part::Reputation,
         0.5,
         2.0,
         2,
         [](const EngineConfig& c) { return c.reputation.tierMultipliers[0]; },
         [](EngineConfig& c, double v) { c.reputation.tierMultipliers[0] = v; },
         {}},
        {tr("Standard keys: limit ×"),
         Part::Reputation,
         0.5,
         2.0,
         2,
         [](const EngineConfig& c) { return c.reputation.tierMultipliers[1]; },
         [](EngineConfig& c, double v) { c.reputation.tierMultipliers[1] = v; },
         {}},
        {tr("Trusted keys: limit ×"),
         Part::Reputation,
         0.5,
         2.0,
         2,
         [](const EngineConfig& c) { return c.reputation.tierMultipliers[2]; },
         [](EngineConfig& c, double v) { c.reputation.tierMultipliers[2] = v; },
         {}},
        {tr("Points lost per violation severity"),
         Part::Reputation,
         0.0,
         50.0,
         1,
         [](const EngineConfig& c) { return c.reputation.pointsPerSeverity; },
         [](EngineConfig& c, double v) { c.reputation.pointsPerSeverity = v; },
         {}},
        {tr("Flagged below score"),
         Part::Reputation,
         0.0,
         100.0,
         0,
         [](const EngineConfig& c) { return double(c.reputation.flaggedBelow); },
         [](EngineConfig& c, double v) { c.reputation.flaggedBelow = static_cast<float>(v); },
         {}},
        {tr("Trusted above score"),
         Part::Reputation,
         0.0,
         100.0,
         0,
         [](const EngineConfig& c) { return double(c.reputation.trustedAbove); },
         [](EngineConfig& c, double v) { c.reputation.trustedAbove = static_cast<float>(v); },
         {}},
        {tr("Clean requests per point gained"),
         Part::Reputation,
         1.0,
         1e6,
         0,
         [](const EngineConfig& c) { return double(c.reputation.cleanRequestsPerPoint); },
         [](EngineConfig& c, double v) { c.reputation.cleanRequestsPerPoint = static_cast<std::uint32_t>(v); },
         {}},
        {tr("Throttle Low from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][0]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][0] = v; },
         {}},
        {tr("Throttle Medium from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][1]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][1] = v; },
         {}},
        {tr("Throttle High from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][2]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][2] = v; },
         {}},
        {tr("Throttle Critical from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][3]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][3] = v; },
         {}},
        {tr("Throttle cooldown (s)"),
         Part::Throttle,
         1.0,
         3600.0,
         0,
         [](const EngineConfig& c) { return double(c.throttle.recoveryCooldown) * kSecondsPerNs; },
         [](EngineConfig& c, double v) { c.throttle.recoveryCooldown = seconds(v); },
         {}},
        {tr("Throttle hysteresis %"),
         Part::Throttle,
         0.0,
         50.0,
         0,
         [](const EngineConfig& c) { return c.throttle.hysteresisPercent; },
         [](EngineConfig& c, double v) { c.throttle.hysteresisPercent = v; },
         {}},
        {tr("Anomaly alert at confidence"),
         Part::Anomaly,
         0.01,
         1.0,
         2,
         [](const EngineConfig& c) { return c.anomaly.alertThreshold; },
         [](EngineConfig& c, double v) { c.anomaly.alertThreshold = v; },
         {}},
        {tr("Anomaly response: points taken"),
         Part::Anomaly,
         0.0,
         100.0,
         0,
         [](const EngineConfig& c) { return double(c.anomaly.responsePenalty); },
         [](EngineConfig& c, double v) { c.anomaly.responsePenalty = static_cast<float>(v); },
         {}},
        {tr("Anomaly response: throttle for (min)"),
         Part::Anomaly,
         1.0,
         1440.0,
         0,
         [](const EngineConfig& c) { return double(c.anomaly.responseThrottleFor) * kSecondsPerNs / 60.0; },
         [](EngineConfig& c, double v) { c.anomaly.responseThrottleFor = seconds(v * 60.0); },
         {}},
    };
    // One sensitivity per detector, in the order the Anomalies page lists them.
    for (int k = 0; k < engine::kAnomalyKindCount; ++k) {
        const auto i = static_cast<std::size_t>(k);
        all.push_back({tr("Sensitivity: %1").arg(anomalyKindName(static_cast<engine::AnomalyKind>(k))),
                       Part::Anomaly,
                       0.0,
                       engine::kMaxSensitivity,
                       2,
                       [i](const EngineConfig& c) { return c.anomaly.sensitivity[i]; },
                       [i](EngineConfig& c, double v) { c.anomaly.sensitivity[i] = v; },
                       {}});
    }
    // A's flags decide these rows: every flag with a rollout slider on the Flags page.
    for (const engine::flags::FeatureFlag& flag : baseline.flags.features) {
        if (!engine::flags::rolloutOf(flag)) {
            continue;
        }
        const std::string name = flag.name;
        const auto find = [name](const EngineConfig& c) { return c.flags.find(name); };
        all.push_back({tr("Flag %1: rollout %").arg(QString::fromStdString(name)), Part::Flag, 0.0, 100.0, 0,
                       [find](const EngineConfig& c) {
                           const auto* f = find(c);
                           return f == nullptr ? 0.0 : double(engine::flags::rolloutOf(*f).value_or(0));
                       },
                       [name](EngineConfig& c, double v) {
                           if (auto* f = c.flags.find(name)) {
                               engine::flags::setRollout(*f, static_cast<int>(v));
                           }
                       },
                       name});
    }
    return all;
}

SettingsTable::SettingsTable(QWidget* parent) : QTableWidget(0, 2, parent)
{
    setObjectName(QStringLiteral("settingsTable"));
    setAccessibleName(tr("Configuration B: reputation, throttle, anomalies and flags"));
    setHorizontalHeaderLabels({tr("Setting"), tr("B")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("9999999.99")) + 28);
    verticalHeader()->hide();
    setWordWrap(false);  // a long name elides; its tooltip has it whole
    setBaseline(engine::EngineConfig{});
}

void SettingsTable::rebuild()
{
    m_settings = settingsFor(m_baseline);
    setRowCount(0);  // the rows' spin boxes go with them
    setRowCount(static_cast<int>(m_settings.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const Setting& s = m_settings[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(s.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(s.name);
        setItem(row, 0, name);
        auto* box = new QDoubleSpinBox(this);
        box->setObjectName(QStringLiteral("settingValue"));
        box->setRange(s.min, s.max);
        box->setDecimals(s.decimals);
        box->setSingleStep(s.decimals > 0 ? 0.05 : 1.0);
        box->setAccessibleName(s.name);
        box->setValue(s.get(m_baseline));
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            markChanges();
            emit edited();
        });
        setCellWidget(row, 1, box);
    }
}

void SettingsTable::setBaseline(const engine::EngineConfig& config)
{
    m_baseline = config;
    rebuild();
    markChanges();
}

bool SettingsTable::rowChanged(int row) const
{
    const auto* box = static_cast<const QDoubleSpinBox*>(cellWidget(row, 1));
    return box->value() !=
           box->valueFromText(box->textFromValue(m_settings[static_cast<std::size_t>(row)].get(m_baseline)));
}

bool SettingsTable::changed(Part part) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_settings[static_cast<std::size_t>(row)].part == part && rowChanged(row)) {
            return true;
        }
    }
    return false;
}

std::vector<std::pair<std::string, int>> SettingsTable::changedRollouts() const
{
    std::vector<std::pair<std::string, int>> out;
    for (int row = 0; row < rowCount(); ++row) {
        const Setting& s = m_settings[static_cast<std::size_t>(row)];
        if (s.part == Part::Flag && rowChanged(row)) {
            out.emplace_back(s.flag, static_cast<int>(static_cast<const QDoubleSpinBox*>(cellWidget(row, 1))->value()));
        }
    }
    return out;
}

void SettingsTable::applyTo(engine::EngineConfig& config) const
{
    for (int row = 0; row < rowCount(); ++row) {
        // Untouched values keep A's exact figure, not the box's rounding of it.
        if (rowChanged(row)) {
            m_settings[static_cast<std::size_t>(row)].set(
                config, static_cast<const QDoubleSpinBox*>(cellWidget(row, 1))->value());
        }
    }
}

void SettingsTable::setValue(int row, double value)
{
    static_cast<QDoubleSpinBox*>(cellWidget(row, 1))->setValue(value);
}

int SettingsTable::rowOf(const QString& name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0)->text() == name) {
            return row;
        }
    }
    return -1;
}

void SettingsTable::markChanges()
{
    const QLocale locale;
    for (int row = 0; row < rowCount(); ++row) {
        auto* box = static_cast<QDoubleSpinBox*>(cellWidget(row, 1));
        const Setting& s = m_settings[static_cast<std::size_t>(row)];
        QFont font = box->font();
        font.setBold(rowChanged(row));
        box->setFont(font);
        box->setToolTip(tr("A: %1").arg(locale.toString(s.get(m_baseline), 'f', s.decimals)));
    }
}

}  // namespace sluice::ui
