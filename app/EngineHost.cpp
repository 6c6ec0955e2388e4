// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"

#include <QMetaObject>

namespace sluice::app {

EngineHost::EngineHost(engine::RuntimeOptions options, QObject* parent)
    : ui::EngineClient(parent), m_options(std::move(options))
{
    qRegisterMetaType<engine::SnapshotPtr>();
}

EngineHost::~EngineHost() { stop(); }

void EngineHost::start()
{
    if (m_starter != nullptr || m_runtime) {
        return;
    }
    // The sink runs on the engine thread. Only the newest snapshot matters: if the UI has not taken the
    // previous one yet, it is replaced rather than queued, so a busy UI never falls behind.
    auto sink = [this](engine::SnapshotPtr snapshot) {
        {
            QMutexLocker lock(&m_latestMutex);
            m_latest = std::move(snapshot);
        }
        if (!m_handoverPending.exchange(true)) {
            QMetaObject::invokeMethod(this, &EngineHost::takeLatest, Qt::QueuedConnection);
        }
    };
    auto result = std::make_shared<std::pair<std::unique_ptr<engine::EngineRuntime>, std::string>>();
    m_starter = QThread::create([this, sink, result] {
        result->first = engine::EngineRuntime::start(m_options, m_clock, sink, result->second);
    });
    connect(m_starter, &QThread::finished, this, [this, result] {
        m_starter->deleteLater();
        m_starter = nullptr;
        if (result->first) {
            m_runtime = std::move(result->first);
            emit started();
        } else {
            emit failed(QString::fromStdString(result->second));
        }
    });
    m_starter->start();
}

void EngineHost::stop()
{
    if (m_starter != nullptr) {
        m_starter->wait();  // only at shutdown: a start still loading the database must finish first
    }
    m_runtime.reset();
}

bool EngineHost::isRunning() const { return m_runtime != nullptr; }

void EngineHost::takeLatest()
{
    engine::SnapshotPtr snapshot;
    {
        QMutexLocker lock(&m_latestMutex);
        snapshot = std::move(m_latest);
    }
    m_handoverPending = false;
    if (snapshot) {
        emit snapshotReady(snapshot);
    }
}

quint64 EngineHost::sendCommand(engine::Command command)
{
    const quint64 id = m_nextCommandId++;
    if (!m_runtime) {
        QMetaObject::invokeMethod(
            this, [this, id] { emit commandFinished(id, false, tr("The engine is not running.")); },
            Qt::QueuedConnection);
        return id;
    }
    // Called on the engine or store thread, which stop() joins before this object goes away; the answer
    // travels to the UI thread as a queued call (dropped by Qt should this object be gone by then).
    m_runtime->command(std::move(command), [this, id](const engine::CommandResult& r) {
        QMetaObject::invokeMethod(
            this,
            [this, id, ok = r.ok, error = QString::fromStdString(r.error)] { emit commandFinished(id, ok, error); },
            Qt::QueuedConnection);
    });
    return id;
}

}  // namespace sluice::app
