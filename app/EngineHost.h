// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CheckListener.h"
#include "EngineClient.h"
#include "secrets/SecretStore.h"

#include "core/Clock.h"
#include "http/MetricsText.h"
#include "http/TierTally.h"
#include "runtime/EngineRuntime.h"
#include "sources/SimulationSource.h"
#include "traffic/PacingClock.h"
#include "traffic/TrafficSource.h"

#include <QMutex>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sluice::app {

// Built-in traffic for the console: which scenario, how fast, from when.
struct SimulationOptions {
    QString scenario;    // a built-in name or a scenario file; empty = no simulated traffic
    double speed = 1.0;  // virtual seconds per wall second; 0 = as fast as possible
    std::uint64_t seed = 1;
    bool startNow = true;  // virtual time starts at the wall clock (else at the scenario's own start)
    // What paced traffic keeps step with; null = the steady clock.
    engine::PacingClock* pacing = nullptr;
};

// Runs the engine for the console: its thread, its store, its traffic sources (the simulated traffic when
// a scenario is given), and the hand-over of snapshots and command results to the UI thread as queued
// signals. Start-up (opening and loading the database) happens on a worker thread too, so the window
// appears at once and never waits on the disk.
class EngineHost final : public ui::EngineClient {
    Q_OBJECT

public:
    explicit EngineHost(engine::RuntimeOptions options, SimulationOptions simulation = {}, QObject* parent = nullptr);
    ~EngineHost() override;  // stops the engine: decides what is queued and writes everything

    void start();
    void stop();
    bool isRunning() const;
    quint64 sendCommand(engine::Command command) override;
    quint64 ask(ui::EngineQuery query) override;
    QString databasePath() const override;
    QList<engine::SourceState> sources() const override;
    void controlSource(const QString& id, const engine::SourceControl& control) override;
    std::vector<engine::RejectedInput> rejectedLines(const QString& id) const override;
    QString addLogSource(const ui::LogSourceSettings& settings) override;
    void removeSource(const QString& id) override;
    QList<ui::LogSourceSettings> logSources() const override;
    bool readOnly() const override { return m_options.readOnly; }
    ui::HttpListenerState httpListener() const override { return m_listener.state(); }
    void startHttpListener(const QString& address) override;
    void stopHttpListener() override;
    // Where the listener is to listen before it is first started (from the settings); changes nothing running.
    void setHttpListenerAddress(const QString& address);
    void retryNotification(quint64 notificationId, engine::Channel channel) override;
    quint64 sendTestNotification(engine::Channel channel, const QString& address) override;
    ui::KeychainState keychain() const override;
    void storeNotificationSecrets(const engine::NotifySecrets& secrets, engine::ChannelSet clear) override;
    // Uses the OS keychain under `service` for the notification secrets: probes it and reads them (asynchronously),
    // then hands them to delivery. Until then, and without a keychain, delivery runs without them. Not called,
    // the console keeps no secrets (tests, screenshots).
    void openKeychain(const QString& service = QString::fromLatin1(ui::SecretStore::kService));
    // After failed(): whether another Sluice holds the database (it could be watched instead).
    bool databaseInUse() const { return m_databaseInUse; }
    engine::EngineRuntime* runtime() const { return m_runtime.get(); }
    const engine::Clock& clock() const;
    // The simulated traffic's current driver; null before the engine started it or without a scenario.
    const engine::SimulationDriver* simulation() const;

    // "389,060 reputation events and 1 throttle event were not stored in ops.db: database is locked": what a
    // store that gave up lost, for the commands to print before they exit with a failure.
    static QString notStoredMessage(const engine::StoreHealth& health);

signals:
    void started();
    void failed(const QString& error);

private:
    void takeLatest();

    bool startSimulation(QString& error);
    std::string metricsText(engine::http::MetricsInput& input);
    engine::TrafficSource* sourceOf(const std::string& id) const;
    void handSecretsOn();

    // An access log the console reads: its source's id and the settings it was made from.
    struct LogEntry {
        std::string id;
        ui::LogSourceSettings settings;
    };

    engine::RuntimeOptions m_options;
    SimulationOptions m_simulation;
    bool m_simulated;     // engine time is virtual, driven by the simulator
    std::string m_actor;  // who the audit log names for commands sent from here: the OS user
    engine::SystemClock m_systemClock;
    engine::ManualClock m_virtualClock;
    std::unique_ptr<engine::EngineRuntime> m_runtime;
    std::vector<std::unique_ptr<engine::TrafficSource>> m_sources;
    engine::SimulationSource* m_simulationSource = nullptr;  // in m_sources once started
    std::vector<LogEntry> m_logs;
    int m_nextLogNumber = 1;
    // Removed sources finishing on threads of their own (a source waits for its batches to be decided when it
    // goes): the UI does not wait for the engine. stop() joins them before the engine goes.
    std::vector<QThread*> m_retiring;
    QThread* m_starter = nullptr;
    // What the starter thread made, until the UI thread takes it: a runtime started but not yet handed over
    // already publishes snapshots into this object, so stop() must end it too.
    struct Started {
        std::unique_ptr<engine::EngineRuntime> runtime;
        std::string error;
    };
    std::shared_ptr<Started> m_started;
    QMutex m_latestMutex;
    engine::SnapshotPtr m_latest;
    std::atomic<bool> m_handoverPending{false};
    std::atomic<bool> m_databaseInUse{false};
    std::atomic<quint64> m_nextCommandId{1};

    // What /metrics shows, set by the engine thread and read by the listener's server thread.
    QMutex m_metricsMutex;
    engine::SnapshotPtr m_metricsSnapshot;
    engine::http::TierTally m_tiers;  // under m_metricsMutex
    CheckListener m_listener;         // the HTTP check API, while switched on; its server reads the above

    std::unique_ptr<ui::SecretStore> m_secrets;  // after openKeychain()
    // Calls into notification delivery, which may wait on its own locks: off the UI thread, one at a time, and
    // finished before the engine (and its delivery) stops.
    QThreadPool m_notifyCalls;
};

}  // namespace sluice::app
