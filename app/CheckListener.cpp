// SPDX-License-Identifier: Apache-2.0
#include "CheckListener.h"

#include "http/CheckService.h"
#include "pages/sources/ListenAddress.h"

#include <QMetaObject>

namespace sluice::app {

using Phase = ui::HttpListenerState::Phase;

CheckListener::CheckListener(std::string databasePath, std::function<std::string(engine::http::MetricsInput&)> metrics,
                             QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_metrics(std::move(metrics))
{
    m_tokenReload.setInterval(kTokenReloadMs);
    connect(&m_tokenReload, &QTimer::timeout, this, &CheckListener::reloadTokens);
}

CheckListener::~CheckListener() { end(); }

QObject* CheckListener::context()
{
    if (m_thread == nullptr) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("http-listener"));
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread->start();
    }
    return m_context;
}

void CheckListener::setAddress(const QString& address)
{
    if (m_state.phase == Phase::Stopped) {
        m_state.address = address;
    }
}

void CheckListener::start(const QString& text, engine::EngineRuntime* runtime, const engine::Clock& clock,
                          const QString& refusal)
{
    m_state.address = text;
    m_state.switchedOn = true;
    m_state.listeningAt.clear();
    m_state.port = 0;
    m_state.beyondLoopback = false;
    QString problem;
    const std::optional<ui::ListenAddress> address = ui::ListenAddress::read(text, problem);
    if (address && !refusal.isEmpty()) {
        problem = refusal;
    }
    if (!problem.isEmpty()) {
        m_state.phase = Phase::Failed;
        m_state.error = problem;
        emit changed();
        return;
    }
    m_state.phase = Phase::Starting;
    m_state.error.clear();
    emit changed();

    engine::http::CheckServiceOptions options;
    options.databasePath = m_databasePath;
    options.address = address->host.toStdString();
    options.port = address->port;
    options.metrics = m_metrics;
    const quint64 request = ++m_request;
    // On the listener's thread: closing the one before (it may hold the port asked for), opening the token
    // table and binding. The outcome comes back as a queued call.
    QMetaObject::invokeMethod(
        context(),
        [this, request, runtime, &clock, options = std::move(options)]() mutable {
            closeService();
            engine::http::CheckServiceError error;
            auto service = engine::http::CheckService::start(*runtime, clock, std::move(options), error);
            ui::HttpListenerState outcome;
            if (service) {
                outcome.phase = Phase::Listening;
                outcome.port = service->port();
                outcome.listeningAt = ui::ListenAddress::text(QString::fromStdString(service->address()), outcome.port);
                outcome.beyondLoopback = service->beyondLoopback();
                outcome.validTokens = static_cast<int>(service->validTokens());
            } else {
                outcome.phase = Phase::Failed;
                outcome.error = QString::fromStdString(error.message);
            }
            {
                QMutexLocker lock(&m_mutex);
                m_service = std::move(service);
            }
            QMetaObject::invokeMethod(
                this,
                [this, request, outcome] {
                    if (request == m_request) {  // else a later start or stop is on its way
                        if (outcome.phase == Phase::Listening) {
                            m_tokenReload.start();
                        } else {
                            m_tokenReload.stop();
                        }
                        m_state.phase = outcome.phase;
                        m_state.port = outcome.port;
                        m_state.listeningAt = outcome.listeningAt;
                        m_state.beyondLoopback = outcome.beyondLoopback;
                        m_state.validTokens = outcome.validTokens;
                        m_state.error = outcome.error;
                        emit changed();
                    }
                    emit sourcesChanged();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CheckListener::stop()
{
    m_tokenReload.stop();
    m_state.switchedOn = false;
    if (m_thread == nullptr) {
        m_state.phase = Phase::Stopped;
        m_state.error.clear();
        emit changed();
        return;
    }
    const quint64 request = ++m_request;
    // Closing waits for the server's thread: not on the UI thread.
    QMetaObject::invokeMethod(
        m_context,
        [this, request] {
            closeService();
            QMetaObject::invokeMethod(
                this,
                [this, request] {
                    if (request == m_request) {
                        m_state.phase = Phase::Stopped;
                        m_state.listeningAt.clear();
                        m_state.port = 0;
                        m_state.beyondLoopback = false;
                        m_state.error.clear();
                        emit changed();
                    }
                    emit sourcesChanged();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CheckListener::end()
{
    m_tokenReload.stop();
    if (m_thread != nullptr) {
        m_thread->quit();
        m_thread->wait();  // a start under way finishes first
        delete m_thread;
        m_thread = nullptr;
        m_context = nullptr;  // deleted as its thread finished
        ++m_request;          // an outcome still on its way no longer applies
    }
    closeService();
    if (m_state.phase != Phase::Failed) {
        m_state.phase = Phase::Stopped;
        m_state.listeningAt.clear();
        m_state.port = 0;
    }
}

void CheckListener::closeService()
{
    std::unique_ptr<engine::http::CheckService> ending;
    {
        QMutexLocker lock(&m_mutex);
        ending = std::move(m_service);
    }
    ending.reset();  // closes the port; checks handed over are still decided by the engine
}

std::optional<engine::SourceState> CheckListener::sourceState() const
{
    QMutexLocker lock(&m_mutex);
    return m_service ? std::optional(m_service->sourceState()) : std::nullopt;
}

void CheckListener::reloadTokens()
{
    if (m_context == nullptr) {
        return;
    }
    // The token table is read on the listener's thread; a change comes back as a queued call.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (!m_service) {
                return;
            }
            const engine::http::TokenReload reload = m_service->reloadTokensIfChanged();
            if (!reload.changed) {
                return;
            }
            QMetaObject::invokeMethod(
                this,
                [this, valid = static_cast<int>(reload.valid)] {
                    if (m_state.phase == Phase::Listening) {
                        m_state.validTokens = valid;
                        emit changed();
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

}  // namespace sluice::app
