// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LatestQuestion.h"
#include "LogSourceSettings.h"
#include "Page.h"
#include "whatif/WhatIfRun.h"

#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sluice::ui {

class EngineClient;
class FaultTable;
class PolicyTable;
class SettingsTable;
class WhatIfAnswer;
class WhatIfJob;

// "What if B were in force instead?": a scenario's traffic judged by the configuration in force (A) and an
// edited copy (B) side by side, in the background on both cores, with faults injected if asked; the answer
// says who gets hurt and who gets through, and "Apply B" makes B's limits the live ones as one audited change.
class WhatIfPage final : public Page {
    Q_OBJECT

public:
    explicit WhatIfPage(EngineClient* engine, QWidget* parent = nullptr);
    ~WhatIfPage() override;

    // What the buttons do; for tests and keyboard use alike.
    void run();
    void cancel();
    void applyB();  // asks first (window-modal), then sends B's limits
    // Writes the last result's JSON report to `path` off the UI thread; `reportSaved` follows.
    void saveReport(const QString& path);

    PolicyTable* policyTable() const { return m_policies; }
    SettingsTable* settingsTable() const { return m_settings; }
    FaultTable* faultTable() const { return m_faults; }
    WhatIfAnswer* answer() const { return m_answer; }
    QComboBox* scenarioBox() const { return m_scenario; }
    // The traffic a file gives: a scenario file (JSON) or an access log (combined format, keyed by address) to
    // replay; chosen in the traffic list, which asks for the file.
    enum class TrafficFile { Scenario, Log };
    void useTrafficFile(TrafficFile kind, const QString& path);
    // A log to replay, read as `settings` say (format, key, routes).
    void replayLog(const LogSourceSettings& settings);
    QComboBox* durationBox() const { return m_duration; }
    bool running() const;
    bool hasResult() const { return m_result != nullptr; }
    QString status() const;

signals:
    void runFinished();
    void reportSaved(bool ok, const QString& message);

protected:
    void render() override;
    void received(const engine::Snapshot& snapshot) override;

private:
    QWidget* buildQuestion();
    QWidget* buildAnswer();
    void onConfig(const engine::EngineConfig& config);
    void onFinished(std::shared_ptr<const engine::whatif::WhatIfResult> result, const QString& error);
    void updateButtons();
    void trafficChosen(int index);
    bool replaying() const;

    EngineClient* m_engine;
    LatestQuestion<EngineConfigQuery> m_configQuestion;
    std::optional<engine::EngineConfig> m_configA;
    LatestQuestion<VipSetupQuery> m_vipQuestion;
    engine::VipSetup m_vipA;  // the live tiers and assignments: both runs get them, B with its own multipliers
    std::vector<engine::Policy> m_ranPolicies;  // B's limits in the run shown
    engine::EngineConfig m_ranB;                // B as compared in the run shown
    // The parts of B that differed from A in that run: each is applied as its own audited command.
    bool m_ranReputationChanged = false;
    bool m_ranThrottleChanged = false;
    bool m_ranAnomalyChanged = false;
    std::vector<std::pair<std::string, int>> m_ranRollouts;  // flag, B's percentage
    std::vector<engine::VipTier> m_ranVipTiers;              // the tiers whose multiplier B changed
    std::shared_ptr<const engine::whatif::WhatIfResult> m_result;
    WhatIfJob* m_job;
    QTimer m_progressTimer;
    QComboBox* m_scenario = nullptr;
    int m_lastTraffic = 0;  // the traffic entry chosen before one that asks for a file
    QComboBox* m_duration = nullptr;
    QSpinBox* m_seed = nullptr;
    SettingsTable* m_settings = nullptr;
    PolicyTable* m_policies = nullptr;
    FaultTable* m_faults = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    WhatIfAnswer* m_answer = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_save = nullptr;
    QSet<quint64> m_applyCommands;  // sent by "Apply B", not finished yet
    QStringList m_applyErrors;
};

}  // namespace sluice::ui
