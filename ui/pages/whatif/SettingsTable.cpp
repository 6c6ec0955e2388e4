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

std::vector<SettingsTable::Setting> SettingsTable::settingsFor(const Values& baseline)
{
    std::vector<Setting> all{
        {tr("Flagged keys: limit ×"),
         Part::Reputation,
         0.5,
         2.0,
         2,
         [](const Values& c) { return c.config.reputation.tierMultipliers[0]; },
         [](Values& c, double v) { c.config.reputation.tierMultipliers[0] = v; },
         {}},
        {tr("Standard keys: limit ×"),
         Part::Reputation,
         0.5,
         2.0,
         2,
         [](const Values& c) { return c.config.reputation.tierMultipliers[1]; },
         [](Values& c, double v) { c.config.reputation.tierMultipliers[1] = v; },
         {}},
        {tr("Trusted keys: limit ×"),
         Part::Reputation,
         0.5,
         2.0,
         2,
         [](const Values& c) { return c.config.reputation.tierMultipliers[2]; },
         [](Values& c, double v) { c.config.reputation.tierMultipliers[2] = v; },
         {}},
        {tr("Points lost per violation severity"),
         Part::Reputation,
         0.0,
         50.0,
         1,
         [](const Values& c) { return c.config.reputation.pointsPerSeverity; },
         [](Values& c, double v) { c.config.reputation.pointsPerSeverity = v; },
         {}},
        {tr("Flagged below score"),
         Part::Reputation,
         0.0,
         100.0,
         0,
         [](const Values& c) { return double(c.config.reputation.flaggedBelow); },
         [](Values& c, double v) { c.config.reputation.flaggedBelow = static_cast<float>(v); },
         {}},
        {tr("Trusted above score"),
         Part::Reputation,
         0.0,
         100.0,
         0,
         [](const Values& c) { return double(c.config.reputation.trustedAbove); },
         [](Values& c, double v) { c.config.reputation.trustedAbove = static_cast<float>(v); },
         {}},
        {tr("Clean requests per point gained"),
         Part::Reputation,
         1.0,
         1e6,
         0,
         [](const Values& c) { return double(c.config.reputation.cleanRequestsPerPoint); },
         [](Values& c, double v) { c.config.reputation.cleanRequestsPerPoint = static_cast<std::uint32_t>(v); },
         {}},
        {tr("Throttle Low from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const Values& c) { return c.config.throttle.thresholds[0][0]; },
         [](Values& c, double v) { c.config.throttle.thresholds[0][0] = v; },
         {}},
        {tr("Throttle Medium from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const Values& c) { return c.config.throttle.thresholds[0][1]; },
         [](Values& c, double v) { c.config.throttle.thresholds[0][1] = v; },
         {}},
        {tr("Throttle High from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const Values& c) { return c.config.throttle.thresholds[0][2]; },
         [](Values& c, double v) { c.config.throttle.thresholds[0][2] = v; },
         {}},
        {tr("Throttle Critical from CPU %"),
         Part::Throttle,
         1.0,
         100.0,
         0,
         [](const Values& c) { return c.config.throttle.thresholds[0][3]; },
         [](Values& c, double v) { c.config.throttle.thresholds[0][3] = v; },
         {}},
        {tr("Throttle cooldown (s)"),
         Part::Throttle,
         1.0,
         3600.0,
         0,
         [](const Values& c) { return double(c.config.throttle.recoveryCooldown) * kSecondsPerNs; },
         [](Values& c, double v) { c.config.throttle.recoveryCooldown = seconds(v); },
         {}},
        {tr("Throttle hysteresis %"),
         Part::Throttle,
         0.0,
         50.0,
         0,
         [](const Values& c) { return c.config.throttle.hysteresisPercent; },
         [](Values& c, double v) { c.config.throttle.hysteresisPercent = v; },
         {}},
        {tr("Anomaly alert at confidence"),
         Part::Anomaly,
         0.01,
         1.0,
         2,
         [](const Values& c) { return c.config.anomaly.alertThreshold; },
         [](Values& c, double v) { c.config.anomaly.alertThreshold = v; },
         {}},
        {tr("Anomaly response: points taken"),
         Part::Anomaly,
         0.0,
         100.0,
         0,
         [](const Values& c) { return double(c.config.anomaly.responsePenalty); },
         [](Values& c, double v) { c.config.anomaly.responsePenalty = static_cast<float>(v); },
         {}},
        {tr("Anomaly response: throttle for (min)"),
         Part::Anomaly,
         1.0,
         1440.0,
         0,
         [](const Values& c) { return double(c.config.anomaly.responseThrottleFor) * kSecondsPerNs / 60.0; },
         [](Values& c, double v) { c.config.anomaly.responseThrottleFor = seconds(v * 60.0); },
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
                       [i](const Values& c) { return c.config.anomaly.sensitivity[i]; },
                       [i](Values& c, double v) { c.config.anomaly.sensitivity[i] = v; },
                       {}});
    }
    // A's flags decide these rows: every flag with a rollout slider on the Flags page.
    for (const engine::flags::FeatureFlag& flag : baseline.config.flags.features) {
        if (!engine::flags::rolloutOf(flag)) {
            continue;
        }
        const std::string name = flag.name;
        const auto find = [name](const Values& c) { return c.config.flags.find(name); };
        all.push_back({tr("Flag %1: rollout %").arg(QString::fromStdString(name)), Part::Flag, 0.0, 100.0, 0,
                       [find](const Values& c) {
                           const auto* f = find(c);
                           return f == nullptr ? 0.0 : double(engine::flags::rolloutOf(*f).value_or(0));
                       },
                       [name](Values& c, double v) {
                           if (auto* f = c.config.flags.find(name)) {
                               engine::flags::setRollout(*f, static_cast<int>(v));
                           }
                       },
                       name});
    }
    // The live VIP tiers: B may change each one's multiplier (what-if engines get the live assignments too).
    for (std::size_t t = 0; t < baseline.vipTiers.size(); ++t) {
        const engine::VipTier& tier = baseline.vipTiers[t];
        all.push_back({tr("VIP tier %1: limit ×").arg(QString::fromStdString(tier.name)), Part::Vip,
                       engine::VipCatalog::kMinMultiplier, engine::VipCatalog::kMaxMultiplier, 2,
                       [t](const Values& c) { return c.vipTiers[t].multiplier; },
                       [t](Values& c, double v) { c.vipTiers[t].multiplier = v; }, tier.name});
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
    m_baseline.config = config;
    rebuild();
    markChanges();
}

void SettingsTable::setVipBaseline(const std::vector<engine::VipTier>& tiers)
{
    m_baseline.vipTiers = tiers;
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

SettingsTable::Values SettingsTable::valuesOfB() const
{
    Values b = m_baseline;
    for (int row = 0; row < rowCount(); ++row) {
        // Untouched values keep A's exact figure, not the box's rounding of it.
        if (rowChanged(row)) {
            m_settings[static_cast<std::size_t>(row)].set(
                b, static_cast<const QDoubleSpinBox*>(cellWidget(row, 1))->value());
        }
    }
    return b;
}

void SettingsTable::applyTo(engine::EngineConfig& config) const
{
    // Only the parts this table edits: the caller's config holds B's policies already.
    const Values b = valuesOfB();
    config.reputation = b.config.reputation;
    config.throttle = b.config.throttle;
    config.anomaly = b.config.anomaly;
    config.flags = b.config.flags;
}

std::vector<engine::VipTier> SettingsTable::vipTiersOfB() const { return valuesOfB().vipTiers; }

std::vector<engine::VipTier> SettingsTable::changedVipTiers() const
{
    std::vector<engine::VipTier> out;
    const Values b = valuesOfB();
    for (std::size_t t = 0; t < b.vipTiers.size(); ++t) {
        if (b.vipTiers[t].multiplier != m_baseline.vipTiers[t].multiplier) {
            out.push_back(b.vipTiers[t]);
        }
    }
    return out;
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
