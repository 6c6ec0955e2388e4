// SPDX-License-Identifier: Apache-2.0
#include "runtime/EngineRuntime.h"

#include "audit/AdminAudit.h"
#include "config/ConfigJson.h"
#include "core/EngineText.h"
#include "runtime/AdminChanges.h"
#include "runtime/ThreadPriority.h"
#include "shard/EngineShards.h"
#include "store/Database.h"
#include "store/DatabaseWatcher.h"
#include "store/StoreWriter.h"
#include "throttle/HostLoadProbe.h"
#include "throttle/HostLoadSource.h"

#include <pthread.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <utility>

namespace sluice::engine {

using SteadyClock = std::chrono::steady_clock;

namespace {
// A simulation hands its events to the store in pieces of an eighth of the high-water mark: small enough
// that the backlog goes little beyond the mark, large enough to keep the writer's transactions few.
std::uint64_t handOverSize(const RuntimeOptions& options)
{
    return std::max<std::uint64_t>(1, options.storeHighWater / 8);
}

// The defaults with the settings admins stored applied over them. A stored setting that does not apply is
// kept in the database untouched; the default applies until an admin sets it again.
EngineConfig withStoredSettings(EngineConfig config, const store::PersistedState& state, bool reportProblems)
{
    for (const auto& [name, value] : state.settings) {
        if (auto problem = ConfigJson::applySetting(name, value, config); problem && reportProblems) {
            std::fprintf(stderr, "sluice: ignoring a stored setting: %s\n", problem->c_str());
        }
    }
    return config;
}
}  // namespace

EngineRuntime::EngineRuntime(const RuntimeOptions& options, const Clock& clock, SnapshotSink sink)
    : m_options(options), m_defaults(options.config), m_clock(clock), m_sink(std::move(sink))
{
}

std::unique_ptr<EngineRuntime> EngineRuntime::start(const RuntimeOptions& options, const Clock& clock,
                                                    SnapshotSink sink, std::string& error)
{
    store::StoreError storeError;
    auto runtime = start(options, clock, std::move(sink), storeError);
    if (!runtime) {
        error = storeError.message;
    }
    return runtime;
}

std::unique_ptr<EngineRuntime> EngineRuntime::start(const RuntimeOptions& options, const Clock& clock,
                                                    SnapshotSink sink, store::StoreError& error)
{
    if (options.engines > 1 &&
        (options.watch || options.followRequestTime || options.makeSharedLimiter || options.makeSharedReputation)) {
        // A simulation's engine time follows one queue, a watcher rebuilds one engine from the file, and a limiter
        // or scores in Redis are called from one engine.
        error = store::StoreError(store::StoreError::Code::Invalid,
                                  "keys are split over several engines only for live traffic with its own limiter and "
                                  "scores, not while simulating, watching or sharing limits through Redis");
        return nullptr;
    }
    std::unique_ptr<EngineRuntime> runtime(new EngineRuntime(options, clock, std::move(sink)));
    store::PersistedState state;
    std::unique_ptr<store::Database> database;
    if (options.watch) {
        store::WatchedState watched;
        runtime->m_watcher = store::DatabaseWatcher::open(options.databasePath, watched, error);
        if (!runtime->m_watcher) {
            return nullptr;
        }
        runtime->noteWatched(watched);
        state = std::move(watched.state);
    } else if (!options.databasePath.empty()) {
        database = store::Database::open(options.databasePath, error);
        if (!database) {
            return nullptr;
        }
        state = database->load();
        for (store::LogPosition& position : database->loadLogPositions()) {
            runtime->m_logPositions[position.path] = std::move(position);
        }
    }
    const EngineConfig config = withStoredSettings(options.config, state, true);
    runtime->m_options.config = config;
    runtime->m_options.engines = std::max<std::uint32_t>(options.engines, 1);
    runtime->m_engine = std::make_unique<EngineShards>(config, runtime->m_options.engines);
    runtime->m_engineMutexes = std::make_unique<std::mutex[]>(runtime->m_options.engines);
    // Live traffic waits while the engine records a flood of violations; a simulation waits for nobody, and its
    // results must not depend on pacing.
    runtime->m_engine->setBoundedPasses(!options.followRequestTime);
    if (options.watch) {
        // No load source: the throttle level on show is the writer's override, never this machine's load.
    } else if (options.makeLoadSource) {
        runtime->m_engine->setLoadSource(options.makeLoadSource());
    } else {
        runtime->useConfiguredLoadSource(config.load);
    }
    if (options.makeSharedReputation && !options.watch) {
        // Before the restore, so that the keys it brings back are read from the fleet.
        runtime->m_sharedReputation = options.makeSharedReputation();
        runtime->m_engine->setReputationShared(true);
    }
    runtime->m_engine->restore(state, clock.now());
    if (options.makeSharedLimiter && !options.watch) {
        runtime->m_shared = options.makeSharedLimiter();
        runtime->m_engine->setSharedLimiter(runtime->m_shared.get());
    }
    if (database) {
        EngineRuntime* self = runtime.get();
        // Each write the store finishes (or gives up) may be what a simulation waiting for it needs.
        runtime->m_writer = std::make_unique<store::StoreWriter>(std::move(database), store::StoreWriter::Limits{},
                                                                 [self] { self->storeProgressed(); });
        runtime->startNotifications();
    }
    runtime->m_decideNowAllowed =
        !options.watch && !options.followRequestTime && !runtime->m_shared && !runtime->m_sharedReputation;
    runtime->m_thread = std::thread(&EngineRuntime::run, runtime.get());
    runtime->m_engineThreadId = runtime->m_thread.get_id();  // before anyone can call decideNow()
    if (clockid_t id{}; pthread_getcpuclockid(runtime->m_thread.native_handle(), &id) == 0) {
        runtime->m_cpuClock = id;
    }
    if (runtime->m_watcher) {
        EngineRuntime* self = runtime.get();
        runtime->m_watcher->start(options.watchInterval, [self](store::WatchReport report) {
            {
                std::lock_guard lock(self->m_mutex);
                if (report.state) {
                    self->m_watchedState = std::make_unique<store::WatchedState>(std::move(*report.state));
                }
                self->m_watchError = std::move(report.error);
            }
            self->m_wake.notify_one();
        });
    }
    return runtime;
}

void EngineRuntime::noteWatched(const store::WatchedState& state)
{
    {
        std::lock_guard lock(m_mutex);
        m_logPositions.clear();
        for (const store::LogPosition& position : state.logPositions) {
            m_logPositions[position.path] = position;
        }
    }
    m_watchView.watching = true;
    m_watchView.databasePath = m_options.databasePath;
    m_watchView.stateWrittenAt = state.writtenAt;
    m_watchView.stateReadAt = state.readAt;
    ++m_watchView.statesRead;
}

bool EngineRuntime::followWatched(std::unique_ptr<store::WatchedState> state, const std::optional<std::string>& error)
{
    if (error) {
        m_watchView.error = *error;
    }
    if (!state) {
        return error.has_value();
    }
    // Built anew rather than patched: the writer's state is the whole truth, and what it no longer holds
    // (an evicted key, a revoked assignment) must go from the picture too.
    const TimeNs now = engineNow();
    auto engine = std::make_unique<EngineShards>(withStoredSettings(m_defaults, state->state, false), 1);
    engine->restore(state->state, now);
    m_engine = std::move(engine);
    m_sequenceBefore = m_lastSequence;
    noteWatched(*state);
    return true;
}

EngineRuntime::~EngineRuntime() { shutdown(); }

StoreHealth EngineRuntime::shutdown()
{
    if (m_watcher) {
        m_watcher->stop();  // its sink wakes the engine thread, which must still be there
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_shutDown) {
            return m_finalHealth;
        }
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_cpuClockMutex);
            m_cpuClock.reset();  // the thread's clock ends with it
        }
        m_thread.join();
    }
    // The engine's last notifications were handed over on its thread; the spilled ones still go to the writer.
    if (m_notifications) {
        m_notifications->stop();
    }
    StoreHealth health;
    if (m_writer) {
        health = m_writer->close();  // writes what is still queued, or says what it could not
    }
    std::lock_guard lock(m_mutex);
    m_shutDown = true;
    m_finalHealth = health;
    return health;
}

StoreHealth EngineRuntime::storeHealth() const { return m_writer ? m_writer->health() : StoreHealth{}; }

std::uint64_t EngineRuntime::unwrittenEvents() const { return m_writer ? m_writer->backlog().events : 0; }

void EngineRuntime::storeProgressed()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_waitingForStore) {
            return;
        }
    }
    m_wake.notify_one();
}

bool EngineRuntime::storeCaughtUp() const
{
    if (!m_writer || m_stop || m_syncRequested != m_syncDone) {
        return true;
    }
    // A failing store may stay so for long: traffic goes on, and the store's own bound says what is dropped.
    const store::StoreWriter::Backlog backlog = m_writer->backlog();
    return backlog.events <= m_options.storeLowWater || backlog.failing;
}

bool EngineRuntime::submit(std::unique_ptr<RequestBatch> batch)
{
    return submitWait(batch, std::chrono::milliseconds(0));
}

bool EngineRuntime::submitWait(std::unique_ptr<RequestBatch>& batch, std::chrono::milliseconds timeout)
{
    if (m_options.watch) {
        return false;  // the writer decides the traffic; a watcher only shows what it stored
    }
    {
        std::unique_lock lock(m_mutex);
        const bool room =
            m_room.wait_for(lock, timeout, [&] { return m_stop || m_batches.size() < m_options.maxQueuedBatches; });
        if (!room || m_stop) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_queuedBatches.store(m_batches.size(), std::memory_order_relaxed);
    }
    m_wake.notify_one();
    return true;
}

void EngineRuntime::command(Command command, AdminContext context, CommandDone done)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(PendingCommand{std::move(command), std::move(context), std::move(done)});
    }
    m_wake.notify_one();
}

void EngineRuntime::replaceLoadSource(std::unique_ptr<LoadSource> source)
{
    {
        std::lock_guard lock(m_mutex);
        m_nextLoadSource = std::move(source);
    }
    m_wake.notify_one();
}

void EngineRuntime::post(std::function<void(const EngineShards&)> fn)
{
    {
        std::lock_guard lock(m_mutex);
        m_posts.push_back(std::move(fn));
    }
    m_wake.notify_one();
}

void EngineRuntime::sync()
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t ticket = ++m_syncRequested;
    m_wake.notify_one();
    m_synced.wait(lock, [&] { return m_syncDone >= ticket || m_stop; });
}

std::optional<store::LogPosition> EngineRuntime::logPosition(const std::string& path) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_logPositions.find(path);
    return found == m_logPositions.end() ? std::nullopt : std::optional(found->second);
}

void EngineRuntime::noteLogPosition(store::LogPosition position)
{
    std::lock_guard lock(m_mutex);
    m_logPositions[position.path] = position;
    m_positionsToSave[position.path] = std::move(position);
}

std::size_t EngineRuntime::queuedBatches() const
{
    std::lock_guard lock(m_mutex);
    return m_batches.size();
}

void EngineRuntime::startNextAdmin()
{
    // Called with the lock held. One admin command at a time: validated, written, then applied, so the
    // store and the engine always agree on the order of admin changes.
    if (m_adminInFlight || m_commands.empty()) {
        return;
    }
    m_adminInFlight = true;
    PendingCommand pending = std::move(m_commands.front());
    m_commands.pop_front();
    const TimeNs now = engineNow();
    CommandResult checked;
    if (m_options.watch) {
        checked = CommandResult{false, say(Text::WatchRefused)};
    } else if (m_options.readOnly) {
        checked = CommandResult{false, say(Text::ReadOnlyRefused)};
    } else if (pending.context.actor.empty()) {
        checked = CommandResult{false, say(Text::NoActorRefused)};
    } else {
        checked = m_engine->validate(pending.command, now);
    }
    if (!checked.ok) {
        m_adminInFlight = false;
        if (pending.done) {
            pending.done(checked);
        }
        return;
    }
    if (!m_writer) {
        m_durable.push_back(std::move(pending));  // nothing to persist to: apply directly
        return;
    }
    store::AuditEntry audit = auditEntryFor(pending.command, *m_engine, pending.context, auditNow());
    audit.engineAt = now;  // the clock the console shows every other moment in
    auto changes = adminChangesFor(pending.command, *m_engine, now, m_clock.now());
    auto shared = std::make_shared<PendingCommand>(std::move(pending));
    m_writer->submitAdmin(std::move(changes), std::move(audit),
                          [this, shared](const std::optional<store::StoreError>& e) {
                              if (e) {
                                  if (shared->done) {
                                      shared->done(CommandResult{false, e->message});
                                  }
                                  std::lock_guard lock(m_mutex);
                                  m_adminInFlight = false;
                              } else {
                                  std::lock_guard lock(m_mutex);
                                  m_durable.push_back(std::move(*shared));
                              }
                              m_wake.notify_one();
                          });
}

TimeNs EngineRuntime::auditNow() const
{
    return m_options.auditClock != nullptr ? m_options.auditClock->now() : m_clock.now();
}

template <class Write>
void EngineRuntime::stampAudits(std::vector<Write>& writes) const
{
    const TimeNs wall = auditNow();
    for (Write& write : writes) {
        for (store::AuditEntry& audit : write.audits) {
            audit.at = audit.at == 0 ? wall : audit.at;  // the engine knows only its own clock
        }
    }
}

void EngineRuntime::submitAlertWrites()
{
    m_engine->takeAlertWrites(m_alertWrites);
    if (m_alertWrites.empty()) {
        return;
    }
    if (m_writer) {
        stampAudits(m_alertWrites);
        m_writer->submitAlerts(std::move(m_alertWrites));
    }
    m_alertWrites = {};
}

void EngineRuntime::submitFlagWrites()
{
    m_engine->takeFlagWrites(m_flagWrites);
    m_engine->takeFlagExposures(m_flagExposures);
    if (m_writer) {
        stampAudits(m_flagWrites);
        m_writer->submitFlagWrites(std::move(m_flagWrites));
        m_writer->submitFlagExposures(std::move(m_flagExposures));
    }
    m_flagWrites = {};
    m_flagExposures = {};
}

TimeNs EngineRuntime::engineNow() const
{
    if (m_options.followRequestTime && m_engine->latestRequestTime() != 0) {
        return m_engine->latestRequestTime();
    }
    return m_clock.now();
}

void EngineRuntime::startNotifications()
{
    notify::CenterOptions options;
    options.databasePath = m_options.databasePath;
    options.config = m_options.config.notify;
    options.secrets = m_options.notifySecrets;
    options.clock = m_options.auditClock != nullptr ? m_options.auditClock : &m_clock;  // attempts: wall clock
    std::string error;
    m_notifications = notify::NotificationCenter::start(options, error);
    if (!m_notifications) {
        // Notifications still reach the database (spilled) and are delivered by a later start.
        std::fprintf(stderr, "sluice: notification delivery does not run: %s\n", error.c_str());
    }
    m_notifyConfig = options.config;
}

void EngineRuntime::handOverNotifications()
{
    m_engine->takeNotifications(m_notificationsTaken);
    if (m_notificationsTaken.empty() || !m_writer) {
        m_notificationsTaken.clear();  // nothing to persist to
        return;
    }
    std::vector<Notification> spilled;
    for (Notification& notification : m_notificationsTaken) {
        if (!m_notifications || !m_notifications->offer(notification)) {
            spilled.push_back(std::move(notification));
        }
    }
    m_notificationsTaken.clear();
    if (!spilled.empty()) {
        const std::size_t count = spilled.size();
        m_writer->submitSpilledNotifications(std::move(spilled));
        if (m_notifications) {
            m_notifications->noteSpilled(count);
        }
    }
}

void EngineRuntime::publishSnapshot()
{
    auto snapshot = std::make_shared<Snapshot>();
    const TimeNs now = engineNow();
    m_engine->tick(now);  // timers first: the snapshot shows the engine as of `now`
    handOverNotifications();
    m_engine->fillSnapshot(now, *snapshot);
    if (m_notifications) {
        snapshot->notify = m_notifications->view();
    }
    snapshot->sequence += m_sequenceBefore;  // still rising after a watched state replaced the engine
    m_lastSequence = snapshot->sequence;
    snapshot->store = storeHealth();
    if (m_sharedReputation) {
        const SharedReputation::Health health = m_sharedReputation->health();
        snapshot->shared.scoresShared = true;
        snapshot->shared.scoresListening = health.listening;
        snapshot->shared.scoreChanges = health.shared;
        snapshot->shared.scoreChangesAlone = health.unshared;
    }
    if (m_options.watch) {
        snapshot->watch = m_watchView;
    }
    if (m_sink) {
        m_sink(std::move(snapshot));
    }
}

void EngineRuntime::collectEvents()
{
    handOverNotifications();
    m_engine->takeEvents(m_taken);
    if (!m_writer) {
        m_taken.clear();  // nothing to persist to
    } else if (m_outgoing.empty()) {
        m_outgoing.swap(m_taken);
    } else {
        std::move(m_taken.begin(), m_taken.end(), std::back_inserter(m_outgoing));
        m_taken.clear();
    }
}

void EngineRuntime::submitOutgoing()
{
    if (!m_outgoing.empty()) {
        m_writer->submitEvents(std::move(m_outgoing));
        m_outgoing = EventBatch();
    }
}

void EngineRuntime::checkpoint(bool final)
{
    collectEvents();
    submitAlertWrites();
    submitFlagWrites();
    if (!m_writer) {
        return;
    }
    submitOutgoing();
    std::vector<std::pair<std::string, std::string>> baselines;
    m_engine->takeBaselines(baselines, engineNow(), final);
    m_writer->submitBaselines(std::move(baselines), engineNow());
    std::vector<store::TrafficMinuteRow> minutes;
    m_engine->takeTrafficMinutes(minutes, final);
    m_writer->submitTrafficMinutes(std::move(minutes));
    std::vector<store::KeyReputation> keys;
    m_engine->takeDirtyKeys(keys, engineNow());
    // Noted after their lines were decided, on this thread: the keys taken above already hold what they did.
    std::vector<store::LogPosition> positions;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [path, position] : m_positionsToSave) {
            positions.push_back(std::move(position));
        }
        m_positionsToSave.clear();
    }
    m_writer->submitCheckpoint(std::move(keys), std::move(positions));
    m_lastCheckpointAt.store(m_clock.now(), std::memory_order_relaxed);
}

bool EngineRuntime::handOverAfterBatch()
{
    // At full speed a wall-clock interval spans minutes of engine time and its events would pile up meanwhile.
    collectEvents();
    if (!m_writer) {
        return false;
    }
    const TimeNs now = m_engine->latestRequestTime();
    if (now >= m_nextSimulatedCheckpoint) {
        checkpoint();
        m_nextSimulatedCheckpoint = now + m_options.simulatedCheckpointInterval;
    } else if (m_outgoing.size() >= handOverSize(m_options)) {
        submitOutgoing();
    } else {
        return false;
    }
    return storeFarBehind();
}

bool EngineRuntime::storeFarBehind() const
{
    if (!m_writer) {
        return false;
    }
    const store::StoreWriter::Backlog backlog = m_writer->backlog();
    return backlog.events > m_options.storeHighWater && !backlog.failing;
}

void EngineRuntime::shareScores()
{
    const auto now = SteadyClock::now();
    // The share of the key table to read again: the time since the last round over the refresh interval.
    const double share =
        m_lastShare == SteadyClock::time_point{}
            ? 0.0
            : std::chrono::duration<double>(now - m_lastShare) /
                  std::chrono::duration<double>(std::max(m_options.reputationRefresh, std::chrono::milliseconds(1)));
    m_lastShare = now;
    // Tier changes announced while the subscriber was away are lost: after it subscribes again, every key is read.
    const std::uint64_t subscriptions = m_sharedReputation->health().subscriptions;
    const bool resubscribed = subscriptions > 1 && subscriptions != m_subscriptionsSeen;
    m_subscriptionsSeen = subscriptions;
    const TimeNs at = engineNow();
    m_engine->takeScoreShare(m_scoreChanges, m_scoreReads, resubscribed ? 1.0 : share, at);
    m_sharedReputation->send(m_scoreChanges, m_scoreReads, m_engine->config().reputation, at);
    m_sharedReputation->take(m_fleetScores);
    if (!m_fleetScores.empty()) {
        m_engine->applyFleetScores(m_fleetScores, at);
    }
}

void EngineRuntime::run()
{
    if (m_options.backgroundThreads) {
        moveThreadToBackground();
    }
    auto nextSnapshot = SteadyClock::now();
    auto nextCheckpoint = SteadyClock::now() + m_options.checkpointInterval;
    // The probe took its first counters when made: a second later its reading covers a second of this host.
    auto nextHostRead = SteadyClock::now() + std::chrono::seconds(1);
    // The shared limiter's health checks, also when no traffic comes: an open node is tried again within a second.
    auto nextSharedCheck = SteadyClock::now();
    std::deque<std::unique_ptr<RequestBatch>> batches;
    std::deque<PendingCommand> durable;
    std::deque<std::function<void(const EngineShards&)>> posts;
    std::unique_ptr<LoadSource> nextLoadSource;
    std::unique_ptr<store::WatchedState> watchedState;
    std::optional<std::string> watchError;
    // Held while this thread uses the engines, and let go while it sleeps: a check API's loop may then decide a
    // batch itself (decideNow). Only this thread waits for them, so the two cannot deadlock.
    lockEngines();
    for (;;) {
        submitAlertWrites();  // before the next admin change is written: whatever the last round changed
        submitFlagWrites();
        bool stopping = false;
        std::uint64_t syncTicket = 0;  // nonzero: a sync() waits for this round
        // Closed violation windows left for a later pass are recorded at their time, not only with the next snapshot.
        auto wakeBy = nextSnapshot;
        if (const TimeNs due = m_engine->backlogDue(); due != 0) {
            wakeBy =
                std::min(wakeBy, SteadyClock::now() + std::chrono::nanoseconds(std::max<TimeNs>(due - engineNow(), 0)));
        }
        unlockEngines();
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_until(lock, wakeBy, [&] {
                return m_stop || (!m_batches.empty() && (!m_waitingForStore || storeCaughtUp())) ||
                       !m_durable.empty() || !m_posts.empty() || m_nextLoadSource || m_watchedState || m_watchError ||
                       (!m_adminInFlight && !m_commands.empty()) || m_syncRequested != m_syncDone;
            });
        }
        // The loops let the engine go at once when they see this (the mutex is not fair to a waiting thread).
        m_engineWanted.store(true, std::memory_order_relaxed);
        lockEngines();
        m_engineWanted.store(false, std::memory_order_relaxed);
        {
            std::unique_lock lock(m_mutex);
            // While the store catches up the batches stay queued, and their sources wait for room; snapshots,
            // commands and queries go on.
            if (m_waitingForStore && storeCaughtUp()) {
                m_waitingForStore = false;
            }
            if (!m_waitingForStore) {
                batches.swap(m_batches);
                m_queuedBatches.store(0, std::memory_order_relaxed);
            }
            durable.swap(m_durable);
            posts.swap(m_posts);
            nextLoadSource = std::move(m_nextLoadSource);
            watchedState = std::move(m_watchedState);
            watchError = std::exchange(m_watchError, std::nullopt);
            startNextAdmin();
            stopping = m_stop;
            syncTicket = m_syncRequested != m_syncDone ? m_syncRequested : 0;
        }
        m_room.notify_all();

        // Before the questions below: they are answered from the state just read.
        const bool watchedNews = followWatched(std::move(watchedState), watchError);
        if (nextLoadSource) {
            m_hostLoad = nullptr;  // the engine owned it and lets it go now
            m_engine->setLoadSource(std::move(nextLoadSource));
        }

        if (m_sharedReputation && SteadyClock::now() >= m_lastShare + m_options.shareInterval) {
            shareScores();
        }
        if (m_shared && SteadyClock::now() >= nextSharedCheck) {
            m_engine->maintainShared();
            nextSharedCheck = SteadyClock::now() + std::chrono::milliseconds(200);
        }
        if (m_hostLoad) {
            // Between batches, at most once a second: the reading is I/O and the engine samples it anyway.
            if (SteadyClock::now() >= nextHostRead) {
                readHostLoad();
                nextHostRead = SteadyClock::now() + std::chrono::seconds(1);
            }
            std::size_t queued = 0;
            for (const auto& batch : batches) {
                queued += batch->requests.size();
            }
            m_hostLoad->setQueuedRequests(static_cast<double>(queued));
        }
        for (auto& pending : durable) {
            const CommandResult result = m_engine->apply(pending.command, engineNow());
            if (pending.done) {
                pending.done(result);
            }
        }
        if (!durable.empty()) {
            if (m_notifications && !(m_engine->config().notify == m_notifyConfig)) {
                m_notifyConfig = m_engine->config().notify;
                m_notifications->configure(m_notifyConfig);
            }
            std::lock_guard lock(m_mutex);
            m_adminInFlight = false;
            durable.clear();
        }
        std::size_t decided = 0;
        bool storeBehind = false;
        while (decided < batches.size() && !storeBehind) {
            auto& batch = batches[decided++];
            batch->decisions.resize(batch->requests.size());
            m_engine->decide(batch->requests, batch->decisions);
            if (batch->done) {
                auto done = std::move(batch->done);
                done(std::move(batch));
            }
            // Not while a sync() or shutdown waits for this round to decide everything queued before it.
            if (m_options.followRequestTime) {
                storeBehind = handOverAfterBatch() && syncTicket == 0 && !stopping;
            }
        }
        if (decided < batches.size()) {
            std::lock_guard lock(m_mutex);
            // Back to the front of the queue, so what was submitted meanwhile is still decided after them.
            m_batches.insert(m_batches.begin(), std::make_move_iterator(batches.begin() + decided),
                             std::make_move_iterator(batches.end()));
            m_queuedBatches.store(m_batches.size(), std::memory_order_relaxed);
        }
        batches.clear();
        if (const TimeNs due = m_engine->backlogDue(); due != 0 && engineNow() >= due) {
            m_engine->tick(engineNow());
        }
        for (auto& fn : posts) {
            fn(*m_engine);
        }
        posts.clear();

        const auto wallNow = SteadyClock::now();
        if (wallNow >= nextCheckpoint || syncTicket != 0 || stopping) {
            checkpoint();
            nextCheckpoint = wallNow + m_options.checkpointInterval;
            if (m_options.followRequestTime && syncTicket == 0 && !stopping && storeFarBehind()) {
                storeBehind = true;
            }
        }
        if (wallNow >= nextSnapshot || syncTicket != 0 || watchedNews) {
            publishSnapshot();
            nextSnapshot = wallNow + m_options.snapshotInterval;
        }
        if (storeBehind) {
            std::lock_guard lock(m_mutex);
            m_waitingForStore = true;
        }
        if (syncTicket != 0) {
            if (m_writer) {
                m_writer->flush();
            }
            std::lock_guard lock(m_mutex);
            if (syncTicket > m_syncDone) {
                m_syncDone = syncTicket;
                m_synced.notify_all();
            }
        }
        if (stopping) {
            std::lock_guard lock(m_mutex);
            if (m_batches.empty() && m_durable.empty() && !m_adminInFlight && m_commands.empty()) {
                break;
            }
        }
    }
    m_engine->settle(engineNow());  // windows closed and waiting for their pass: assessed before the last checkpoint
    if (m_sharedReputation) {
        // The last changes still reach the fleet; what Redis could not take is made here before the last checkpoint.
        shareScores();
        m_sharedReputation->flush(std::chrono::seconds(2));
        m_sharedReputation->take(m_fleetScores);
        m_engine->applyFleetScores(m_fleetScores, engineNow());
    }
    checkpoint(true);
    publishSnapshot();
    submitAlertWrites();  // an alert the last snapshot's timers resolved
    submitFlagWrites();   // a schedule entry or plan step the last snapshot's timers applied
    if (m_writer) {
        m_writer->flush();
    }
    std::lock_guard lock(m_mutex);
    m_synced.notify_all();
    unlockEngines();
}

}  // namespace sluice::engine
