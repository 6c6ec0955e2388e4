// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/AnomalySettingsDialog.h"

#include "Format.h"
#include "pages/anomalies/AnomalyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace sluice::ui {

namespace {
int percentOf(double share) { return static_cast<int>(std::lround(share * 100)); }
int minutesOf(engine::TimeNs t) { return static_cast<int>(std::max<engine::TimeNs>(1, t / engine::kNsPerMin)); }
double roundedDays(double days) { return std::round(days * 10) / 10; }  // the box shows one decimal
}  // namespace

AnomalySettingsDialog::AnomalySettingsDialog(EngineClient* engine, QWidget* parent)
    : QDialog(parent), m_threshold(new QSpinBox(this)), m_minDataDays(new QDoubleSpinBox(this)),
      m_autoResolve(new QSpinBox(this)), m_respond(new QCheckBox(tr("&Respond automatically"), this)),
      m_throttle(new QComboBox(this)), m_throttleFor(new QSpinBox(this)), m_penalty(new QDoubleSpinBox(this)),
      m_current(engine, this, [this](const engine::AnomalyConfig& config) { fill(config); })
{
    setObjectName(QStringLiteral("anomalySettingsDialog"));
    setWindowTitle(tr("Anomaly detection settings"));
    auto* left = new QVBoxLayout;
    left->addWidget(buildDetection());
    left->addWidget(buildResponses());
    left->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(buildSensitivity(), 0, Qt::AlignTop);
    // After the form, so that Tab reaches them last.
    m_status = new QLabel(tr("Reading the settings in force…"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    m_status->setObjectName(QStringLiteral("anomalySettingsStatus"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_respond, &QCheckBox::toggled, this, [this](bool on) {
        m_throttle->setEnabled(on);
        m_throttleFor->setEnabled(on);
        m_penalty->setEnabled(on);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_current.ask({});
}

QWidget* AnomalySettingsDialog::buildDetection()
{
    auto* box = new QGroupBox(tr("Detection"), this);
    m_threshold->setObjectName(QStringLiteral("alertThreshold"));
    m_threshold->setRange(1, 100);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setToolTip(tr("Confidence at which an alert opens and automatic responses may run"));
    m_minDataDays->setObjectName(QStringLiteral("minDataDays"));
    m_minDataDays->setRange(0, engine::kMaxMinDataDays);
    m_minDataDays->setDecimals(1);
    m_minDataDays->setSuffix(tr(" days"));
    m_minDataDays->setToolTip(tr("History the hour-of-week baselines need before seasonal alerts fire"));
    m_autoResolve->setObjectName(QStringLiteral("autoResolveMinutes"));
    m_autoResolve->setRange(1, static_cast<int>(engine::kMaxAutoResolve / engine::kNsPerMin));
    m_autoResolve->setSuffix(tr(" min"));
    m_autoResolve->setToolTip(tr("An alert resolves by itself once its metric was normal this long"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Alert &threshold"), m_threshold);
    form->addRow(tr("Learn &for"), m_minDataDays);
    form->addRow(tr("Resolve &after"), m_autoResolve);
    return box;
}

QWidget* AnomalySettingsDialog::buildResponses()
{
    auto* box = new QGroupBox(tr("Automatic responses"), this);
    m_respond->setObjectName(QStringLiteral("respondAutomatically"));
    m_respond->setToolTip(tr("At the threshold and above: raise the throttle for a while and lower the reputation "
                             "of the keys behind the alert"));
    m_throttle->setObjectName(QStringLiteral("responseThrottle"));
    for (int l = 0; l < engine::kThrottleLevelCount; ++l) {
        m_throttle->addItem(throttleName(static_cast<engine::ThrottleLevel>(l)), l);
    }
    m_throttleFor->setObjectName(QStringLiteral("responseThrottleMinutes"));
    m_throttleFor->setRange(1, static_cast<int>(engine::kMaxResponseThrottleFor / engine::kNsPerMin));
    m_throttleFor->setSuffix(tr(" min"));
    m_penalty->setObjectName(QStringLiteral("responsePenalty"));
    m_penalty->setRange(0, 100);
    m_penalty->setDecimals(0);
    m_penalty->setSuffix(tr(" points"));
    auto* form = new QFormLayout(box);
    form->addRow(m_respond);
    form->addRow(tr("Throttle at &least"), m_throttle);
    form->addRow(tr("For"), m_throttleFor);
    form->addRow(tr("Reputation &penalty"), m_penalty);
    return box;
}

QWidget* AnomalySettingsDialog::buildSensitivity()
{
    auto* box = new QGroupBox(tr("Sensitivity per detector"), this);
    box->setToolTip(tr("1 is as tuned; higher alerts on smaller deviations; 0 turns the detector off"));
    auto* form = new QFormLayout(box);
    for (int k = 0; k < engine::kAnomalyKindCount; ++k) {
        auto* spin = new QDoubleSpinBox(box);
        spin->setObjectName(QStringLiteral("sensitivity%1").arg(k));
        spin->setRange(0, engine::kMaxSensitivity);
        spin->setSingleStep(0.25);
        spin->setDecimals(2);
        spin->setSpecialValueText(tr("Off"));
        m_sensitivity[static_cast<std::size_t>(k)] = spin;
        form->addRow(anomalyKindName(static_cast<engine::AnomalyKind>(k)), spin);
    }
    return box;
}

void AnomalySettingsDialog::fill(const engine::AnomalyConfig& config)
{
    m_base = config;
    m_threshold->setValue(percentOf(config.alertThreshold));
    m_minDataDays->setValue(config.minDataDays);
    m_autoResolve->setValue(minutesOf(config.autoResolveAfter));
    for (std::size_t k = 0; k < m_sensitivity.size(); ++k) {
        m_sensitivity[k]->setValue(config.sensitivity[k]);
    }
    m_respond->setChecked(config.respond);
    m_throttle->setCurrentIndex(std::max(0, m_throttle->findData(static_cast<int>(config.responseThrottle))));
    m_throttleFor->setValue(minutesOf(config.responseThrottleFor));
    m_penalty->setValue(config.responsePenalty);
    m_loaded = true;
    m_status->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    emit settingsLoaded();
}

engine::AnomalyConfig AnomalySettingsDialog::config() const
{
    engine::AnomalyConfig c = m_base;
    // A field the admin left as shown keeps its exact value: the boxes round (whole percent, whole minutes), and
    // pressing OK must not rewrite settings that came from a configuration file.
    const auto edited = [](auto shown, auto asFilled) {
        return std::abs(static_cast<double>(shown) - static_cast<double>(asFilled)) > 1e-6;
    };
    if (edited(m_threshold->value(), percentOf(m_base.alertThreshold))) {
        c.alertThreshold = m_threshold->value() / 100.0;
    }
    if (edited(m_minDataDays->value(), roundedDays(m_base.minDataDays))) {
        c.minDataDays = m_minDataDays->value();
    }
    if (edited(m_autoResolve->value(), minutesOf(m_base.autoResolveAfter))) {
        c.autoResolveAfter = m_autoResolve->value() * engine::kNsPerMin;
    }
    for (std::size_t k = 0; k < m_sensitivity.size(); ++k) {
        if (edited(m_sensitivity[k]->value(), std::round(m_base.sensitivity[k] * 100) / 100)) {
            c.sensitivity[k] = m_sensitivity[k]->value();
        }
    }
    c.respond = m_respond->isChecked();
    c.responseThrottle = static_cast<engine::ThrottleLevel>(m_throttle->currentData().toInt());
    if (edited(m_throttleFor->value(), minutesOf(m_base.responseThrottleFor))) {
        c.responseThrottleFor = m_throttleFor->value() * engine::kNsPerMin;
    }
    if (edited(m_penalty->value(), std::round(static_cast<double>(m_base.responsePenalty)))) {
        c.responsePenalty = static_cast<float>(m_penalty->value());
    }
    return c;
}

}  // namespace sluice::ui
