// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"

#include "CurrentUser.h"
#include "EngineAnswers.h"
#include "EngineTextTranslator.h"
#include "LogSourceFactory.h"
#include "shard/EngineShards.h"
#include "sim/ModelledLoadSource.h"
#include "sim/ScenarioLoader.h"
#include "traffic/PacingClock.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace sluice::app {

EngineHost::EngineHost(engine::RuntimeOptions options, SimulationOptions simulation, QObject* parent)
    : ui::EngineClient(parent), m_options(std::move(options)), m_simulation(std::move(simulation)),
      m_simulated(!m_simulation.scenario.isEmpty()), m_actor(ui::currentUserName().toStdString()),
      m_listener(m_options.databasePath, [this](engine::http::MetricsInput& input) { return metricsText(input); })
{
    m_options.auditClock = &m_systemClock;  // audit rows tell when a person acted, whatever the simulation says
    qRegisterMetaType<engine::SnapshotPtr>();
    qRegisterMetaType<ui::EngineAnswer>();
    connect(&m_listener, &CheckListener::changed, this, &EngineHost::httpListenerChanged);
    connect(&m_listener, &CheckListener::sourcesChanged, this, &EngineHost::sourcesChanged);
    m_notifyCalls.setMaxThreadCount(1);
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
            QMutexLocker lock(&m_metricsMutex);
            m_metricsSnapshot = snapshot;
        }
        {
            QMutexLocker lock(&m_latestMutex);
            m_latest = std::move(snapshot);
        }
        if (!m_handoverPending.exchange(true)) {
            QMetaObject::invokeMethod(this, &EngineHost::takeLatest, Qt::QueuedConnection);
        }
    };
    auto result = std::make_shared<Started>();
    m_started = result;
    m_starter = QThread::create([this, sink, result] {
        if (!m_simulation.scenario.isEmpty()) {
            engine::sim::Scenario scenario;
            if (!engine::sim::loadScenario(m_simulation.scenario.toStdString(), scenario, result->error)) {
                return;
            }
            if (auto problem = engine::sim::applyEngineConfig(scenario, m_options.config)) {
                result->error = *problem;
                return;
            }
            m_options.followRequestTime = true;
            // The throttle watches the scenario's modelled backend rather than the host (RuntimeOptions);
            // startSimulation hands it each newly chosen scenario's backend.
            m_options.makeLoadSource = [backend = scenario.backend] {
                return std::make_unique<engine::sim::ModelledLoadSource>(backend);
            };
            m_virtualClock.set(m_simulation.startNow ? m_systemClock.now() : scenario.startUnixS * engine::kNsPerSec);
        }
        engine::store::StoreError error;
        result->runtime = engine::EngineRuntime::start(m_options, clock(), sink, error);
        result->error = error.message;
        m_databaseInUse = !result->runtime && error.code == engine::store::StoreError::Code::InUse;
    });
    connect(m_starter, &QThread::finished, this, [this, result] {
        m_starter->deleteLater();
        m_starter = nullptr;
        m_started.reset();
        if (result->runtime) {
            m_runtime = std::move(result->runtime);
            handSecretsOn();
            if (!m_simulation.scenario.isEmpty()) {
                QString error;
                if (!startSimulation(error)) {
                    emit failed(error);
                    return;
                }
            }
            emit started();
            emit sourcesChanged();
        } else {
            emit failed(QString::fromStdString(result->error));
        }
    });
    m_starter->start();
}

void EngineHost::stop()
{
    if (m_starter != nullptr) {
        m_starter->wait();  // only at shutdown: a start still loading the database must finish first
        // Its hand-over to this thread is still queued and will never run: the runtime it started goes now,
        // while the snapshots it publishes still have this object to land in.
        if (m_started) {
            m_started->runtime.reset();
            m_started.reset();
        }
        delete m_starter;
        m_starter = nullptr;
    }
    for (QThread* retiring : m_retiring) {
        retiring->wait();
        delete retiring;
    }
    m_retiring.clear();
    m_listener.end();  // before the engine it hands checks to
    m_notifyCalls.waitForDone();
    m_simulationSource = nullptr;
    m_sources.clear();  // first the traffic, then the engine it feeds
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
    m_runtime->command(std::move(command), engine::AdminContext{m_actor, {}},
                       [this, id](const engine::CommandResult& r) {
                           QMetaObject::invokeMethod(
                               this,
                               [this, id, ok = r.ok, error = r.ok ? QString() : ui::localizedEngineText(r.error)] {
                                   emit commandFinished(id, ok, error);
                               },
                               Qt::QueuedConnection);
                       });
    return id;
}

quint64 EngineHost::ask(ui::EngineQuery query)
{
    const quint64 id = m_nextCommandId++;
    if (!m_runtime) {
        QMetaObject::invokeMethod(
            this, [this, id, answer = emptyAnswer(query)] { emit answered(id, answer); }, Qt::QueuedConnection);
        return id;
    }
    // Worked out on the engine thread, delivered on the UI thread as a queued call (dropped by Qt should this
    // object be gone by then). Shared, not copied: a page of keys can be large.
    m_runtime->post([this, id, query = std::move(query)](const engine::EngineShards& e) {
        auto answer = std::make_shared<const ui::EngineAnswer>(answerOnEngine(e, query));
        QMetaObject::invokeMethod(
            this, [this, id, answer] { emit answered(id, *answer); }, Qt::QueuedConnection);
    });
    return id;
}

QString EngineHost::databasePath() const { return QString::fromStdString(m_options.databasePath); }

const engine::Clock& EngineHost::clock() const
{
    return m_simulated ? static_cast<const engine::Clock&>(m_virtualClock) : m_systemClock;
}

const engine::SimulationDriver* EngineHost::simulation() const
{
    return m_simulationSource != nullptr ? m_simulationSource->driver() : nullptr;
}

QList<engine::SourceState> EngineHost::sources() const
{
    QList<engine::SourceState> states;
    for (const auto& source : m_sources) {
        states << source->state();
    }
    if (const std::optional<engine::SourceState> listener = m_listener.sourceState()) {
        states << *listener;
    }
    // Until the engine runs it, the simulation shows as configured; without a scenario it stays idle, and its
    // controls with it.
    if (m_simulationSource == nullptr) {
        states << engine::SimulationSource::idleState(m_simulation.scenario.toStdString(), m_simulation.speed);
    }
    return states;
}

void EngineHost::controlSource(const QString& id, const engine::SourceControl& control)
{
    const std::string wanted = id.toStdString();
    for (const auto& source : m_sources) {
        if (source->state().id != wanted) {
            continue;
        }
        if (auto problem = source->control(control)) {
            emit failed(QString::fromStdString(*problem));
            return;
        }
        emit sourcesChanged();
        return;
    }
    // The simulation not started yet keeps its speed for when it is.
    if (const auto* speed = std::get_if<engine::control::SetSpeed>(&control);
        speed != nullptr && wanted == engine::SimulationSource::kId) {
        m_simulation.speed = speed->speed;
    }
    emit sourcesChanged();
}

engine::TrafficSource* EngineHost::sourceOf(const std::string& id) const
{
    for (const auto& source : m_sources) {
        if (source->state().id == id) {
            return source.get();
        }
    }
    return nullptr;
}

std::vector<engine::RejectedInput> EngineHost::rejectedLines(const QString& id) const
{
    const engine::TrafficSource* source = sourceOf(id.toStdString());
    return source != nullptr ? source->rejectedInputs() : std::vector<engine::RejectedInput>{};
}

QString EngineHost::addLogSource(const ui::LogSourceSettings& settings)
{
    if (!m_runtime) {
        return tr("The engine is not running.");
    }
    const std::string id = "log-" + std::to_string(m_nextLogNumber);
    QString error;
    auto source = makeLogSource(*m_runtime, clock(), settings, id, error);
    if (!source) {
        return error;
    }
    ++m_nextLogNumber;
    m_sources.push_back(std::move(source));
    m_logs.push_back(LogEntry{id, settings});
    emit sourcesChanged();
    return {};
}

void EngineHost::removeSource(const QString& id)
{
    const std::string wanted = id.toStdString();
    const auto log = std::find_if(m_logs.begin(), m_logs.end(), [&](const LogEntry& e) { return e.id == wanted; });
    if (log == m_logs.end()) {
        return;  // only access logs come and go; the simulation and the listener stay
    }
    m_logs.erase(log);
    const auto it = std::find_if(m_sources.begin(), m_sources.end(),
                                 [&](const auto& source) { return source->state().id == wanted; });
    if (it != m_sources.end()) {
        auto* retiring = QThread::create(
            [source = std::shared_ptr<engine::TrafficSource>(std::move(*it))]() mutable { source.reset(); });
        m_sources.erase(it);
        m_retiring.push_back(retiring);
        connect(retiring, &QThread::finished, this, [this, retiring] {
            const auto at = std::find(m_retiring.begin(), m_retiring.end(), retiring);
            if (at != m_retiring.end()) {
                m_retiring.erase(at);
                retiring->deleteLater();
            }
        });
        retiring->start();
    }
    emit sourcesChanged();
}

QList<ui::LogSourceSettings> EngineHost::logSources() const
{
    QList<ui::LogSourceSettings> settings;
    for (const LogEntry& log : m_logs) {
        settings << log.settings;
    }
    return settings;
}

bool EngineHost::startSimulation(QString& error)
{
    engine::SimulationSource::Options options;
    options.seed = m_simulation.seed;
    options.speed = m_simulation.speed;
    auto source = std::make_unique<engine::SimulationSource>(
        *m_runtime, m_virtualClock, options,
        m_simulation.pacing != nullptr ? *m_simulation.pacing : engine::steadyPacingClock());
    if (auto problem = source->control(engine::control::Choose{m_simulation.scenario.toStdString()})) {
        error = QString::fromStdString(*problem);
        m_simulation.scenario.clear();  // no simulation runs: its controls stay off
        return false;
    }
    m_simulationSource = source.get();
    m_sources.push_back(std::move(source));
    return true;
}

}  // namespace sluice::app

namespace sluice::app {

QString EngineHost::notStoredMessage(const engine::StoreHealth& health)
{
    auto count = [](const char* text, std::uint64_t n) {
        return QCoreApplication::translate("store", text, nullptr,
                                           static_cast<int>(std::min<std::uint64_t>(n, INT_MAX)));
    };
    QStringList parts;
    const engine::StoreEventCounts& lost = health.eventsDropped;
    if (lost.reputation != 0) {
        parts << count(QT_TRANSLATE_N_NOOP("store", "%Ln reputation event(s)"), lost.reputation);
    }
    if (lost.vip != 0) {
        parts << count(QT_TRANSLATE_N_NOOP("store", "%Ln VIP event(s)"), lost.vip);
    }
    if (lost.throttle != 0) {
        parts << count(QT_TRANSLATE_N_NOOP("store", "%Ln throttle event(s)"), lost.throttle);
    }
    if (health.keysDropped != 0) {
        parts << count(QT_TRANSLATE_N_NOOP("store", "%Ln key reputation checkpoint(s)"), health.keysDropped);
    }
    QString what = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        what = (i + 1 == parts.size() ? QCoreApplication::translate("store", "%1 and %2")
                                      : QCoreApplication::translate("store", "%1, %2"))
                   .arg(what, parts[i]);
    }
    // Without a failed write the memory bound was reached by a database that is merely slow.
    const QString cause =
        health.lastCause.empty()
            ? QCoreApplication::translate("store", "the history came faster than the database could write it")
            : QString::fromStdString(health.lastCause);
    return QCoreApplication::translate("store", "%1 were not stored in %2: %3")
        .arg(what, QString::fromStdString(health.databasePath), cause);
}

}  // namespace sluice::app

namespace sluice::app {

void EngineHost::setHttpListenerAddress(const QString& address) { m_listener.setAddress(address); }

void EngineHost::startHttpListener(const QString& address)
{
    QString refusal;
    if (readOnly()) {
        refusal = tr("The console is read-only: it answers no checks; the server that writes the database does.");
    } else if (!m_runtime) {
        refusal = tr("The engine is not running.");
    }
    m_listener.start(address, m_runtime.get(), clock(), refusal);
}

void EngineHost::stopHttpListener() { m_listener.stop(); }

// On the server's thread of the listener, for /metrics: the latest snapshot the engine made.
std::string EngineHost::metricsText(engine::http::MetricsInput& input)
{
    QMutexLocker lock(&m_metricsMutex);
    input.snapshot = m_metricsSnapshot.get();
    if (m_metricsSnapshot) {
        m_tiers.add(*m_metricsSnapshot);
        input.tiers = &m_tiers;
    }
    if (const engine::TimeNs at = m_runtime->lastCheckpointAt(); at != 0) {
        input.checkpointAgeSec = double(clock().now() - at) / double(engine::kNsPerSec);
    }
    const engine::http::EngineUse use = engine::http::engineUseOf(*m_runtime);
    input.engine = &use;
    return engine::http::metricsText(input);
}

}  // namespace sluice::app
