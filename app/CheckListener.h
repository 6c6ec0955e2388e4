// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineClient.h"

#include "core/Clock.h"
#include "http/MetricsText.h"
#include "traffic/SourceState.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace sluice::engine {
class EngineRuntime;
}

namespace sluice::engine::http {
class CheckService;
}

namespace sluice::app {

// The console's HTTP check API: a CheckService started, reloaded and stopped on a thread of its own (opening
// the token table waits on the disk, binding may fail), with the outcome reported on the owner's thread by
// `changed`. The owner's thread only reads the service's counters, under a mutex.
class CheckListener final : public QObject {
    Q_OBJECT

public:
    // `metrics` renders /metrics on the server's thread (CheckServiceOptions::metrics).
    CheckListener(std::string databasePath, std::function<std::string(engine::http::MetricsInput&)> metrics,
                  QObject* parent = nullptr);
    ~CheckListener() override;  // end()

    const ui::HttpListenerState& state() const { return m_state; }
    // Where to listen before the first start (from the settings); changes nothing that runs.
    void setAddress(const QString& address);
    // Replaces a listener already running. Refused with `refusal` when that is not empty (the state says it).
    void start(const QString& address, engine::EngineRuntime* runtime, const engine::Clock& clock,
               const QString& refusal);
    void stop();
    // Closes the port and ends the thread before the engine goes; waits for a start under way. Quietly: the
    // state is Stopped but `changed` is not sent (the settings keep the listener on for the next start).
    void end();
    // The listener as a traffic source while it runs.
    std::optional<engine::SourceState> sourceState() const;

signals:
    void changed();
    void sourcesChanged();

private:
    QObject* context();
    void closeService();  // on the listener's thread, or once it has ended
    void reloadTokens();

    std::string m_databasePath;
    std::function<std::string(engine::http::MetricsInput&)> m_metrics;
    ui::HttpListenerState m_state;
    quint64 m_request = 0;  // the latest start or stop asked for; older outcomes only refresh the sources
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;  // lives on m_thread
    mutable QMutex m_mutex;
    std::unique_ptr<engine::http::CheckService> m_service;  // written on m_thread only
    QTimer m_tokenReload;  // while listening: tokens made meanwhile take effect within a second
    static constexpr int kTokenReloadMs = 1000;
};

}  // namespace sluice::app
