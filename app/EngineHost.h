// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineClient.h"

#include "core/Clock.h"
#include "runtime/EngineRuntime.h"

#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>

namespace sluice::app {

// Runs the engine for the console: its thread, its store, and the hand-over of snapshots and command
// results to the UI thread as queued signals. Start-up (opening and loading the database) happens on a
// worker thread too, so the window appears at once and never waits on the disk.
class EngineHost final : public ui::EngineClient {
    Q_OBJECT

public:
    explicit EngineHost(engine::RuntimeOptions options, QObject* parent = nullptr);
    ~EngineHost() override;  // stops the engine: decides what is queued and writes everything

    void start();
    void stop();
    bool isRunning() const;
    quint64 sendCommand(engine::Command command) override;
    engine::EngineRuntime* runtime() const { return m_runtime.get(); }
    const engine::Clock& clock() const { return m_clock; }

signals:
    void started();
    void failed(const QString& error);

private:
    void takeLatest();

    engine::RuntimeOptions m_options;
    engine::SystemClock m_clock;
    std::unique_ptr<engine::EngineRuntime> m_runtime;
    QThread* m_starter = nullptr;
    QMutex m_latestMutex;
    engine::SnapshotPtr m_latest;
    std::atomic<bool> m_handoverPending{false};
    std::atomic<quint64> m_nextCommandId{1};
};

}  // namespace sluice::app
