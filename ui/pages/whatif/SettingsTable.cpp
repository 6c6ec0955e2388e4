// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/SettingsTable.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLocale>

#include <functional>

namespace sluice::ui {

struct SettingsTable::Setting {
    const char* name;  // translated through tr()
    double min;
    double max;
    int decimals;
    std::function<double(const engine::EngineConfig&)> get;
    std::function<void(engine::EngineConfig&, double)> set;
    bool throttle = false;  // a throttle setting (SetThrottleConfig), else reputation (SetReputationConfig)
};

namespace {
constexpr double kSecondsPerNs = 1e-9;
engine::TimeNs seconds(double s) { return static_cast<engine::TimeNs>(s * 1e9); }
}  // namespace

const std::vector<SettingsTable::Setting>& SettingsTable::settings()
{
    using engine::EngineConfig;
    static const std::vector<Setting> all{
        {QT_TR_NOOP("Flagged keys: limit ×"), 0.5, 2.0, 2,
         [](const EngineConfig& c) { return c.reputation.tierMultipliers[0]; },
         [](EngineConfig& c, double v) { c.reputation.tierMultipliers[0] = v; }},
        {QT_TR_NOOP("Standard keys: limit ×"), 0.5, 2.0, 2,
         [](const EngineConfig& c) { return c.reputation.tierMultipliers[1]; },
         [](EngineConfig& c, double v) { c.reputation.tierMultipliers[1] = v; }},
        {QT_TR_NOOP("Trusted keys: limit ×"), 0.5, 2.0, 2,
         [](const EngineConfig& c) { return c.reputation.tierMultipliers[2]; },
         [](EngineConfig& c, double v) { c.reputation.tierMultipliers[2] = v; }},
        {QT_TR_NOOP("Points lost per violation severity"), 0.0, 50.0, 1,
         [](const EngineConfig& c) { return c.reputation.pointsPerSeverity; },
         [](EngineConfig& c, double v) { c.reputation.pointsPerSeverity = v; }},
        {QT_TR_NOOP("Flagged below score"), 0.0, 100.0, 0,
         [](const EngineConfig& c) { return double(c.reputation.flaggedBelow); },
         [](EngineConfig& c, double v) { c.reputation.flaggedBelow = static_cast<float>(v); }},
        {QT_TR_NOOP("Trusted above score"), 0.0, 100.0, 0,
         [](const EngineConfig& c) { return double(c.reputation.trustedAbove); },
         [](EngineConfig& c, double v) { c.reputation.trustedAbove = static_cast<float>(v); }},
        {QT_TR_NOOP("Clean requests per point gained"), 1.0, 1e6, 0,
         [](const EngineConfig& c) { return double(c.reputation.cleanRequestsPerPoint); },
         [](EngineConfig& c, double v) { c.reputation.cleanRequestsPerPoint = static_cast<std::uint32_t>(v); }},
        {QT_TR_NOOP("Throttle Low from CPU %"), 1.0, 100.0, 0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][0]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][0] = v; }, true},
        {QT_TR_NOOP("Throttle Medium from CPU %"), 1.0, 100.0, 0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][1]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][1] = v; }, true},
        {QT_TR_NOOP("Throttle High from CPU %"), 1.0, 100.0, 0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][2]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][2] = v; }, true},
        {QT_TR_NOOP("Throttle Critical from CPU %"), 1.0, 100.0, 0,
         [](const EngineConfig& c) { return c.throttle.thresholds[0][3]; },
         [](EngineConfig& c, double v) { c.throttle.thresholds[0][3] = v; }, true},
        {QT_TR_NOOP("Throttle cooldown (s)"), 1.0, 3600.0, 0,
         [](const EngineConfig& c) { return double(c.throttle.recoveryCooldown) * kSecondsPerNs; },
         [](EngineConfig& c, double v) { c.throttle.recoveryCooldown = seconds(v); }, true},
        {QT_TR_NOOP("Throttle hysteresis %"), 0.0, 50.0, 0,
         [](const EngineConfig& c) { return c.throttle.hysteresisPercent; },
         [](EngineConfig& c, double v) { c.throttle.hysteresisPercent = v; }, true},
    };
    return all;
}

SettingsTable::SettingsTable(QWidget* parent) : QTableWidget(static_cast<int>(settings().size()), 2, parent)
{
    setObjectName(QStringLiteral("settingsTable"));
    setAccessibleName(tr("Configuration B: reputation and throttle"));
    setHorizontalHeaderLabels({tr("Setting"), tr("B")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("9999999.99")) + 28);
    verticalHeader()->hide();
    setWordWrap(false);  // a long name elides; its tooltip has it whole
    for (int row = 0; row < rowCount(); ++row) {
        const Setting& s = settings()[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(tr(s.name));
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(tr(s.name));
        setItem(row, 0, name);
        auto* box = new QDoubleSpinBox(this);
        box->setObjectName(QStringLiteral("settingValue"));
        box->setRange(s.min, s.max);
        box->setDecimals(s.decimals);
        box->setSingleStep(s.decimals > 0 ? 0.05 : 1.0);
        box->setAccessibleName(tr(s.name));
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            markChanges();
            emit edited();
        });
        setCellWidget(row, 1, box);
    }
    setBaseline(engine::EngineConfig{});
}

void SettingsTable::setBaseline(const engine::EngineConfig& config)
{
    m_baseline = config;
    for (int row = 0; row < rowCount(); ++row) {
        auto* box = static_cast<QDoubleSpinBox*>(cellWidget(row, 1));
        const QSignalBlocker block(box);
        box->setValue(settings()[static_cast<std::size_t>(row)].get(config));
    }
    markChanges();
}

bool SettingsTable::rowChanged(int row) const
{
    const auto* box = static_cast<const QDoubleSpinBox*>(cellWidget(row, 1));
    return box->value() !=
           box->valueFromText(box->textFromValue(settings()[static_cast<std::size_t>(row)].get(m_baseline)));
}

bool SettingsTable::changed(bool throttle) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (settings()[static_cast<std::size_t>(row)].throttle == throttle && rowChanged(row)) {
            return true;
        }
    }
    return false;
}

void SettingsTable::applyTo(engine::EngineConfig& config) const
{
    for (int row = 0; row < rowCount(); ++row) {
        // Untouched values keep A's exact figure, not the box's rounding of it.
        if (rowChanged(row)) {
            settings()[static_cast<std::size_t>(row)].set(
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
        const Setting& s = settings()[static_cast<std::size_t>(row)];
        const double a = s.get(m_baseline);
        QFont font = box->font();
        font.setBold(rowChanged(row));
        box->setFont(font);
        box->setToolTip(tr("A: %1").arg(locale.toString(a, 'f', s.decimals)));
    }
}

}  // namespace sluice::ui
