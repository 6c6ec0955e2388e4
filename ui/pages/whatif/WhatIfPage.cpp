// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/WhatIfPage.h"

#include "CurrentUser.h"

#include "EngineClient.h"
#include "InBackground.h"
#include "pages/whatif/FaultTable.h"
#include "pages/whatif/LogTrafficDialog.h"
#include "pages/whatif/PolicyTable.h"
#include "pages/whatif/SettingsTable.h"
#include "pages/whatif/WhatIfAnswer.h"
#include "pages/whatif/WhatIfDocument.h"
#include "pages/whatif/WhatIfJob.h"

#include "sim/ScenarioLoader.h"
#include "whatif/WhatIfReport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
constexpr int kWhatIfProgressMs = 100;
constexpr int kFileRole = Qt::UserRole + 1;  // a traffic entry's file
// A log entry's reading, in the words `sluice whatif --log` takes.
constexpr int kFormatRole = Qt::UserRole + 2;
constexpr int kKeyRole = Qt::UserRole + 3;
constexpr int kRoutesRole = Qt::UserRole + 4;
constexpr int kWhatIfProgressSteps = 1000;
}  // namespace

WhatIfPage::WhatIfPage(EngineClient* engine, QWidget* parent)
    : Page(parent, Draws::OnRequest), m_engine(engine),
      m_configQuestion(engine, this, [this](const engine::EngineConfig& config) { onConfig(config); }),
      m_vipQuestion(engine, this,
                    [this](const engine::VipSetup& vip) {
                        m_vipA = vip;
                        m_settings->setVipBaseline(vip.tiers);
                    }),
      m_job(new WhatIfJob(this))
{
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildQuestion());
    split->addWidget(buildAnswer());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(m_job, &WhatIfJob::finished, this, &WhatIfPage::onFinished);
    m_progressTimer.setInterval(kWhatIfProgressMs);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { m_progress->setValue(static_cast<int>(m_job->progress() * kWhatIfProgressSteps)); });
    connect(m_engine, &EngineClient::commandFinished, this, [this](quint64 id, bool ok, const QString& error) {
        if (m_applyCommands.remove(id)) {
            if (!ok) {
                m_applyErrors << error;
            }
            if (m_applyCommands.isEmpty()) {
                m_status->setText(
                    m_applyErrors.isEmpty()
                        ? tr("B is in force now (see the audit log).")
                        : tr("B was not applied in full: %1").arg(m_applyErrors.join(QStringLiteral("; "))));
                m_configQuestion.ask({});  // A is what is in force now
                updateButtons();
            }
        }
    });
    updateButtons();
}

WhatIfPage::~WhatIfPage() = default;

QWidget* WhatIfPage::buildQuestion()
{
    auto* box = new QGroupBox(tr("Question"), this);
    auto* form = new QFormLayout();
    m_scenario = new QComboBox(box);
    m_scenario->setObjectName(QStringLiteral("whatIfScenario"));
    for (const std::string& name : engine::sim::builtinScenarioNames()) {
        m_scenario->addItem(QString::fromStdString(name));
    }
    m_scenario->setCurrentText(QStringLiteral("ddos-wave"));
    m_lastTraffic = m_scenario->currentIndex();
    m_scenario->insertSeparator(m_scenario->count());
    m_scenario->addItem(tr("Scenario file…"), QStringLiteral("choose-scenario"));
    m_scenario->addItem(tr("Access log to replay…"), QStringLiteral("choose-log"));
    m_scenario->setToolTip(tr("A built-in scenario, a scenario file, or an access log (its format, key and routes "
                              "as you choose) replayed at its own times: a log has no ground truth, so A and B are "
                              "compared by key."));
    connect(m_scenario, &QComboBox::activated, this, &WhatIfPage::trafficChosen);
    m_duration = new QComboBox(box);
    m_duration->setObjectName(QStringLiteral("whatIfDuration"));
    for (const auto& [label, minutes] : std::initializer_list<std::pair<QString, int>>{{tr("10 minutes"), 10},
                                                                                       {tr("30 minutes"), 30},
                                                                                       {tr("1 hour"), 60},
                                                                                       {tr("6 hours"), 360},
                                                                                       {tr("1 day"), 1440}}) {
        m_duration->addItem(label, minutes);
    }
    m_duration->setCurrentIndex(2);
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("whatIfSeed"));
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same traffic, and so the same answer."));
    form->addRow(tr("&Traffic:"), m_scenario);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("S&eed:"), m_seed);

    m_policies = new PolicyTable(box);
    auto* addRoute = new QPushButton(tr("Add route"), box);
    addRoute->setObjectName(QStringLiteral("policyAddRoute"));
    auto* removeRoute = new QPushButton(tr("Remove route"), box);
    removeRoute->setObjectName(QStringLiteral("policyRemoveRoute"));
    auto* resetB = new QPushButton(tr("Reset to A"), box);
    resetB->setObjectName(QStringLiteral("policyReset"));
    connect(addRoute, &QPushButton::clicked, m_policies, &PolicyTable::addRoute);
    connect(removeRoute, &QPushButton::clicked, m_policies, &PolicyTable::removeCurrentRoute);
    connect(resetB, &QPushButton::clicked, this, [this] {
        if (m_configA) {
            m_policies->setBaseline(m_configA->policies);
            m_settings->setBaseline(*m_configA);
        }
    });
    auto* policyButtons = new QHBoxLayout();
    policyButtons->addWidget(addRoute);
    policyButtons->addWidget(removeRoute);
    policyButtons->addStretch();
    // Beside the table's title rather than in the row of buttons, so the question stays narrow enough for the
    // answer's figures at 1024 pixels, in German too.
    auto* policyTitle = new QHBoxLayout();
    auto* policyLabel = new QLabel(tr("Configuration B (changes in bold)"), box);
    policyLabel->setWordWrap(true);
    policyTitle->addWidget(policyLabel, 1);
    policyTitle->addWidget(resetB);

    m_faults = new FaultTable(box);
    auto* addFault = new QPushButton(tr("Add fault"), box);
    addFault->setObjectName(QStringLiteral("faultAdd"));
    auto* removeFault = new QPushButton(tr("Remove fault"), box);
    removeFault->setObjectName(QStringLiteral("faultRemove"));
    connect(addFault, &QPushButton::clicked, this, [this] {
        engine::sim::Fault f;
        f.kind = engine::sim::FaultKind::Outage;
        f.atS = 10 * 60;
        f.durationS = 10 * 60;
        f.value = 2000;
        m_faults->addFault(f);
    });
    connect(removeFault, &QPushButton::clicked, m_faults, &FaultTable::removeCurrentFault);
    auto* faultButtons = new QHBoxLayout();
    faultButtons->addWidget(addFault);
    faultButtons->addWidget(removeFault);
    faultButtons->addStretch();

    m_run = new QPushButton(tr("&Run A and B"), box);
    m_run->setObjectName(QStringLiteral("whatIfRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("whatIfCancel"));
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, kWhatIfProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    m_progress->setAccessibleName(tr("Progress of the run"));
    connect(m_run, &QPushButton::clicked, this, &WhatIfPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &WhatIfPage::cancel);
    auto* runRow = new QHBoxLayout();
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    // B's limits per route on one tab; its reputation, throttle, anomaly and flag settings on the other.
    m_settings = new SettingsTable(box);
    connect(m_settings, &SettingsTable::edited, m_policies, &PolicyTable::edited);
    auto* limitsTab = new QWidget(box);
    auto* limitsLayout = new QVBoxLayout(limitsTab);
    limitsLayout->setContentsMargins(0, 0, 0, 0);
    limitsLayout->addWidget(m_policies, 1);
    limitsLayout->addLayout(policyButtons);
    auto* tabs = new QTabWidget(box);
    tabs->setObjectName(QStringLiteral("whatIfBTabs"));
    tabs->addTab(limitsTab, tr("&Limits per route"));
    tabs->addTab(m_settings, tr("Other &settings"));
    layout->addLayout(policyTitle);
    layout->addWidget(tabs, 2);
    auto* faultLabel = new QLabel(tr("Faults in the modelled backend, in both runs"), box);
    faultLabel->setWordWrap(true);
    layout->addWidget(faultLabel);
    layout->addWidget(m_faults, 1);
    layout->addLayout(faultButtons);
    layout->addLayout(runRow);
    return box;
}

QWidget* WhatIfPage::buildAnswer()
{
    auto* box = new QGroupBox(tr("Answer"), this);
    m_answer = new WhatIfAnswer(box);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("whatIfStatus"));
    m_status->setWordWrap(true);
    auto* apply = new QPushButton(tr("&Apply B…"), box);
    apply->setObjectName(QStringLiteral("whatIfApply"));
    m_apply = adminControl(apply, *m_engine, tr("This console is read-only: it cannot change the limits in force."));
    m_save = new QPushButton(tr("&Save report…"), box);
    m_save->setObjectName(QStringLiteral("whatIfSave"));
    connect(m_apply, &QPushButton::clicked, this, &WhatIfPage::applyB);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the what-if report"), QStringLiteral("whatif.pdf"),
            tr("PDF document (*.pdf);;HTML page (*.html);;JSON data (*.json);;CSV files, one per table (*.csv)"));
        if (!path.isEmpty()) {
            saveReport(path);
        }
    });
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_answer, 1);
    layout->addLayout(buttons);
    return box;
}

void WhatIfPage::render() {}

void WhatIfPage::received(const engine::Snapshot&)
{
    // A is the configuration in force: asked for once the engine runs, and again after B was applied.
    if (!m_configA && !m_configQuestion.waiting()) {
        m_configQuestion.ask({});
    }
}

void WhatIfPage::onConfig(const engine::EngineConfig& config)
{
    m_configA = config;
    m_policies->setBaseline(config.policies);
    m_settings->setBaseline(config);
    m_vipQuestion.ask({});
    updateButtons();
}

bool WhatIfPage::running() const { return m_job->running(); }

QString WhatIfPage::status() const { return m_status->text(); }

void WhatIfPage::run()
{
    if (!m_configA || running()) {
        return;
    }
    QString problem;
    const auto policies = m_policies->policies(problem);
    if (!policies) {
        m_status->setText(problem);
        return;
    }
    engine::whatif::WhatIfSpec spec;
    WhatIfJob::Prepare prepare;
    const QString kind = m_scenario->currentData().toString();
    const QString path = m_scenario->currentData(kFileRole).toString();
    if (kind == QLatin1String("log")) {
        LogSourceSettings log;
        log.path = path;
        log.format = m_scenario->currentData(kFormatRole).toString();
        log.key = m_scenario->currentData(kKeyRole).toString();
        QString error;
        log.routes = routesFromText(m_scenario->currentData(kRoutesRole).toString(), error).value_or(log.routes);
        auto ingest = ingestOptionsOf(log, error);
        if (!ingest) {
            m_status->setText(error);
            return;
        }
        spec.log = engine::whatif::LogInput{path.toStdString(), std::move(*ingest)};
    } else if (kind == QLatin1String("scenario")) {
        // Read on the run's thread: the file may sit on a slow disk.
        prepare = [file = path.toStdString()](engine::whatif::WhatIfSpec& s, std::string& error) {
            return engine::sim::loadScenario(file, s.scenario, error);
        };
    } else {
        const auto scenario = engine::sim::builtinScenario(m_scenario->currentText().toStdString());
        if (!scenario) {
            m_status->setText(tr("There is no built-in scenario %1.").arg(m_scenario->currentText()));
            return;
        }
        spec.scenario = *scenario;
    }
    spec.seed = static_cast<std::uint64_t>(m_seed->value());
    spec.duration = static_cast<engine::TimeNs>(m_duration->currentData().toInt()) * 60 * engine::kNsPerSec;
    spec.configs[0] = *m_configA;
    spec.configs[1] = *m_configA;
    spec.configs[1].policies = *policies;
    m_settings->applyTo(spec.configs[1]);
    if (const auto invalid = engine::validate(spec.configs[1])) {
        m_status->setText(tr("B cannot be run: %1").arg(QString::fromStdString(*invalid)));
        return;
    }
    if (!spec.log) {
        spec.faults = m_faults->schedule();
    }
    m_ranPolicies = *policies;
    m_ranB = spec.configs[1];
    m_ranReputationChanged = m_settings->changed(SettingsTable::Part::Reputation);
    m_ranThrottleChanged = m_settings->changed(SettingsTable::Part::Throttle);
    m_ranAnomalyChanged = m_settings->changed(SettingsTable::Part::Anomaly);
    m_ranRollouts = m_settings->changedRollouts();
    m_ranVipTiers = m_settings->changedVipTiers();
    spec.vip[0] = m_vipA;
    spec.vip[1] = engine::VipSetup{m_settings->vipTiersOfB(), m_vipA.assignments};
    m_result.reset();
    m_progress->setValue(0);
    m_answer->setMessage(tr("Running both configurations on the same traffic…"));
    m_status->clear();
    m_job->start(std::move(spec), std::move(prepare));
    m_progressTimer.start();
    updateButtons();
}

void WhatIfPage::cancel() { m_job->cancel(); }

bool WhatIfPage::replaying() const { return m_scenario->currentData().toString() == QLatin1String("log"); }

void WhatIfPage::useTrafficFile(TrafficFile kind, const QString& path)
{
    if (kind == TrafficFile::Log) {
        LogSourceSettings log;
        log.path = path;
        replayLog(log);
        return;
    }
    // One entry per file, above the two that ask for one.
    int index = -1;
    for (int i = 0; i < m_scenario->count(); ++i) {
        if (m_scenario->itemData(i, kFileRole).toString() == path &&
            m_scenario->itemData(i).toString() == QLatin1String("scenario")) {
            index = i;
        }
    }
    if (index < 0) {
        index = m_scenario->findData(QStringLiteral("choose-scenario"));
        m_scenario->insertItem(index, QFileInfo(path).fileName(), QStringLiteral("scenario"));
        m_scenario->setItemData(index, path, kFileRole);
        m_scenario->setItemData(index, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    m_scenario->setCurrentIndex(index);
    updateButtons();
}

void WhatIfPage::replayLog(const LogSourceSettings& log)
{
    const QString routes = routesText(log.routes);
    // One entry per file and reading, above the two that ask for one.
    int index = -1;
    for (int i = 0; i < m_scenario->count(); ++i) {
        if (m_scenario->itemData(i).toString() == QLatin1String("log") &&
            m_scenario->itemData(i, kFileRole).toString() == log.path &&
            m_scenario->itemData(i, kFormatRole).toString() == log.format &&
            m_scenario->itemData(i, kKeyRole).toString() == log.key &&
            m_scenario->itemData(i, kRoutesRole).toString() == routes) {
            index = i;
        }
    }
    if (index < 0) {
        index = m_scenario->findData(QStringLiteral("choose-scenario"));
        const bool plain =
            log.format == QLatin1String("combined") && log.key == QLatin1String("ip") && routes.isEmpty();
        m_scenario->insertItem(index,
                               plain ? QFileInfo(log.path).fileName()
                                     : tr("%1 (%2, by %3)").arg(QFileInfo(log.path).fileName(), log.format, log.key),
                               QStringLiteral("log"));
        m_scenario->setItemData(index, log.path, kFileRole);
        m_scenario->setItemData(index, log.format, kFormatRole);
        m_scenario->setItemData(index, log.key, kKeyRole);
        m_scenario->setItemData(index, routes, kRoutesRole);
        m_scenario->setItemData(
            index,
            tr("%1\nFormat: %2\nKey: %3\nRoutes: %4")
                .arg(QDir::toNativeSeparators(log.path), log.format, log.key, routes.isEmpty() ? tr("none") : routes),
            Qt::ToolTipRole);
    }
    m_scenario->setCurrentIndex(index);
    m_lastTraffic = index;
    updateButtons();
}

void WhatIfPage::trafficChosen(int index)
{
    const QString entry = m_scenario->itemData(index).toString();
    if (entry != QLatin1String("choose-scenario") && entry != QLatin1String("choose-log")) {
        m_lastTraffic = index;
        updateButtons();
        return;
    }
    const bool log = entry == QLatin1String("choose-log");
    m_scenario->setCurrentIndex(m_lastTraffic);  // until a file is chosen
    if (log) {
        auto* dialog = new LogTrafficDialog(LogSourceSettings{}, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { replayLog(dialog->settings()); });
        dialog->open();
        return;
    }
    auto* dialog = new QFileDialog(window(), tr("Scenario file"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Scenarios (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        useTrafficFile(TrafficFile::Scenario, path);
        m_lastTraffic = m_scenario->currentIndex();
    });
    dialog->open();
}

void WhatIfPage::onFinished(std::shared_ptr<const engine::whatif::WhatIfResult> result, const QString& error)
{
    m_progressTimer.stop();
    m_result = std::move(result);
    if (m_result) {
        m_progress->setValue(kWhatIfProgressSteps);
        m_answer->setResult(*m_result);
        m_status->setText(tr("%1 requests judged by each configuration in %2 s.")
                              .arg(QLocale().toString(static_cast<qulonglong>(m_result->requests)))
                              .arg(QLocale().toString(m_result->wallSeconds, 'f', 1)));
    } else {
        m_progress->setValue(0);
        m_answer->setMessage(error.isEmpty() ? tr("Cancelled: nothing was compared.")
                                             : tr("The run could not start: %1").arg(error));
    }
    updateButtons();
    emit runFinished();
}

void WhatIfPage::applyB()
{
    if (!m_result || m_engine->readOnly()) {
        return;
    }
    auto* confirm =
        new QMessageBox(QMessageBox::Question, tr("Apply B"),
                        tr("Make B the configuration in force: its limits per route, and the reputation, "
                           "throttle, anomaly, flag and VIP tier settings you changed? The engine applies them at "
                           "once and the audit log records each change."),
                        QMessageBox::Apply | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("whatIfApplyConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setWindowModality(Qt::WindowModal);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton* button) {
        if (confirm->buttonRole(button) == QMessageBox::ApplyRole) {
            // One audited command per part of B: its limits, and each other part (reputation, throttle, anomaly
            // detection, a flag's rollout) that it changed.
            m_applyErrors.clear();
            m_applyCommands.insert(m_engine->sendCommand(engine::cmd::SetPolicies{m_ranPolicies}));
            if (m_ranReputationChanged) {
                m_applyCommands.insert(m_engine->sendCommand(engine::cmd::SetReputationConfig{m_ranB.reputation}));
            }
            if (m_ranThrottleChanged) {
                m_applyCommands.insert(m_engine->sendCommand(engine::cmd::SetThrottleConfig{m_ranB.throttle}));
            }
            if (m_ranAnomalyChanged) {
                m_applyCommands.insert(m_engine->sendCommand(engine::cmd::SetAnomalyConfig{m_ranB.anomaly}));
            }
            for (const engine::VipTier& tier : m_ranVipTiers) {
                m_applyCommands.insert(m_engine->sendCommand(engine::cmd::PutVipTier{tier.name, tier.multiplier}));
            }
            for (const auto& [flag, percent] : m_ranRollouts) {
                m_applyCommands.insert(
                    m_engine->sendCommand(engine::cmd::SetFlagRollout{flag, percent, currentUserName().toStdString()}));
            }
            m_status->setText(tr("Applying B…"));
            updateButtons();
        }
    });
    confirm->open();
}

void WhatIfPage::saveReport(const QString& path)
{
    if (!m_result) {
        return;
    }
    struct Saved {
        QString error;
    };
    auto result = m_result;
    inBackground<Saved>(
        this,
        [result, path](Saved& out) { out.error = ReportFiles::write(WhatIfDocument::build(*result), path).error; },
        [this, path](const Saved& saved) {
            const QString message = saved.error.isEmpty() ? tr("Saved the report to %1.").arg(path)
                                                          : tr("Could not save %1: %2").arg(path, saved.error);
            m_status->setText(message);
            emit reportSaved(saved.error.isEmpty(), message);
        });
}

void WhatIfPage::updateButtons()
{
    const bool busy = running();
    // A log brings its own traffic and time, and has no backend to break.
    const bool log = replaying();
    m_duration->setEnabled(!log);
    m_seed->setEnabled(!log);
    m_faults->setEnabled(!log);
    m_run->setEnabled(!busy && m_configA.has_value());
    m_cancel->setEnabled(busy);
    m_save->setEnabled(!busy && m_result != nullptr);
    if (!m_engine->readOnly()) {  // a read-only console keeps it off, with its reason
        m_apply->setEnabled(!busy && m_result != nullptr && m_applyCommands.isEmpty());
        m_apply->setToolTip(m_result != nullptr ? tr("Make B's limits the ones in force, as one audited change.")
                                                : tr("Run A and B first: B is applied as it was compared."));
    }
}

}  // namespace sluice::ui
