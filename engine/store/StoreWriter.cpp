// SPDX-License-Identifier: Apache-2.0
#include "store/StoreWriter.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <utility>
#include <variant>

namespace sluice::engine::store {

namespace {
// Bounds the memory of logOnce() should the messages ever vary without end (they embed SQLite's text).
constexpr std::size_t kMaxLoggedMessages = 64;

using SteadyClock = std::chrono::steady_clock;

bool retryable(const StoreError& error)
{
    return error.code == StoreError::Code::Locked || error.code == StoreError::Code::Io;
}
}  // namespace

struct StoreWriter::Item {
    enum class Kind : std::uint8_t {
        Events,
        Checkpoint,
        Admin,
        Baselines,
        Alerts,
        Notifications,
        Flags,
        Exposures,
        Traffic
    };
    Kind kind = Kind::Events;
    EventBatch events;
    std::vector<KeyReputation> keys;
    std::vector<LogPosition> positions;  // with the keys, after them
    std::vector<AdminChange> changes;
    AuditEntry audit;
    std::vector<std::pair<std::string, std::string>> baselines;
    TimeNs baselinesAt = 0;
    std::vector<AlertWrite> alerts;
    std::vector<Notification> notifications;
    std::vector<FlagWrite> flags;
    std::vector<FlagExposureRow> exposures;
    std::vector<TrafficMinuteRow> traffic;
    AdminDone done;
};

StoreWriter::StoreWriter(std::unique_ptr<Database> database) : StoreWriter(std::move(database), Limits{}) {}

StoreWriter::StoreWriter(std::unique_ptr<Database> database, Limits limits, std::function<void()> onProgress)
    : m_db(std::move(database)), m_limits(limits), m_onProgress(std::move(onProgress))
{
    if (m_db) {
        m_health.databasePath = m_db->path();
    }
    // Started last, once every member it touches exists.
    m_thread = std::thread(&StoreWriter::run, this);
}

StoreWriter::~StoreWriter() { close(); }

StoreHealth StoreWriter::close()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closed) {
            return m_health;
        }
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    std::lock_guard lock(m_mutex);
    m_closed = true;
    return m_health;
}

void StoreWriter::submitEvents(EventBatch events)
{
    if (events.empty()) {
        return;
    }
    {
        // Beyond the bound the newest are dropped: the history kept stays whole up to where the gap begins.
        std::lock_guard lock(m_mutex);
        const std::uint64_t room = m_limits.maxHeldEvents > m_heldEvents ? m_limits.maxHeldEvents - m_heldEvents : 0;
        if (events.size() > room) {
            for (std::size_t i = room; i < events.size(); ++i) {
                m_health.eventsDropped.add(events[i].kind);
            }
            events.resize(room);
        }
        m_heldEvents += events.size();
    }
    if (events.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Events;
    item.events = std::move(events);
    enqueue(std::move(item));
}

void StoreWriter::submitCheckpoint(std::vector<KeyReputation> keys, std::vector<LogPosition> positions)
{
    if (keys.empty() && positions.empty()) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        const std::uint64_t room = m_limits.maxHeldKeys > m_heldKeys ? m_limits.maxHeldKeys - m_heldKeys : 0;
        if (keys.size() > room) {
            m_health.keysDropped += keys.size() - room;
            keys.resize(room);
            positions.clear();
        }
        m_heldKeys += keys.size();
    }
    if (keys.empty() && positions.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Checkpoint;
    item.keys = std::move(keys);
    item.positions = std::move(positions);
    enqueue(std::move(item));
}

void StoreWriter::submitBaselines(std::vector<std::pair<std::string, std::string>> rows, TimeNs at)
{
    if (rows.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Baselines;
    item.baselines = std::move(rows);
    item.baselinesAt = at;
    enqueue(std::move(item));
}

void StoreWriter::submitAlerts(std::vector<AlertWrite> alerts)
{
    if (alerts.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Alerts;
    item.alerts = std::move(alerts);
    enqueue(std::move(item));
}

void StoreWriter::submitFlagWrites(std::vector<FlagWrite> writes)
{
    if (writes.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Flags;
    item.flags = std::move(writes);
    enqueue(std::move(item));
}

void StoreWriter::submitFlagExposures(std::vector<FlagExposureRow> rows)
{
    if (rows.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Exposures;
    item.exposures = std::move(rows);
    enqueue(std::move(item));
}

void StoreWriter::submitTrafficMinutes(std::vector<TrafficMinuteRow> rows)
{
    if (rows.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Traffic;
    item.traffic = std::move(rows);
    enqueue(std::move(item));
}

void StoreWriter::submitSpilledNotifications(std::vector<Notification> notifications)
{
    if (notifications.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Notifications;
    item.notifications = std::move(notifications);
    enqueue(std::move(item));
}

void StoreWriter::submitAdmin(std::vector<AdminChange> changes, AuditEntry audit, AdminDone done)
{
    Item item;
    item.kind = Item::Kind::Admin;
    item.changes = std::move(changes);
    item.audit = std::move(audit);
    item.done = std::move(done);
    enqueue(std::move(item));
}

void StoreWriter::enqueue(Item item)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(item));
        ++m_submitted;
    }
    m_wake.notify_one();
}

void StoreWriter::flush()
{
    std::unique_lock lock(m_mutex);
    // From a `done` callback this would wait for itself; everything before that callback is written anyway.
    if (std::this_thread::get_id() == m_thread.get_id()) {
        return;
    }
    const std::uint64_t target = m_submitted;
    m_idle.wait(lock, [&] { return m_done >= target || m_closed; });
}

bool StoreWriter::waitStored(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [&] { return m_heldEvents == 0 && m_heldKeys == 0 && m_queue.empty(); });
}

StoreWriter::Stats StoreWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

StoreHealth StoreWriter::health() const
{
    std::lock_guard lock(m_mutex);
    return m_health;
}

StoreWriter::Backlog StoreWriter::backlog() const
{
    std::lock_guard lock(m_mutex);
    return Backlog{m_heldEvents, m_heldKeys, m_health.failing()};
}

void StoreWriter::reportProgress()
{
    if (m_onProgress) {
        m_onProgress();
    }
}

void StoreWriter::run()
{
    for (;;) {
        std::deque<Item> work;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            auto ready = [&] { return m_stop || !m_queue.empty(); };
            if (m_held.empty()) {
                m_wake.wait(lock, ready);
            } else {
                m_wake.wait_until(lock, m_nextRetry, ready);
            }
            // Take the whole queue: producers keep submitting while we write, and whatever piled up meanwhile
            // goes into the next transaction instead of one transaction each.
            work.swap(m_queue);
            stopping = m_stop;
            for (const Item& item : work) {
                for (const Event& event : item.events) {
                    m_health.eventsPending.add(event.kind);
                }
                m_health.keysPending += item.keys.size();
            }
        }
        const std::uint64_t taken = work.size();
        for (Item& item : work) {
            if (item.kind == Item::Kind::Baselines) {
                // Each save holds every metric: a newer one makes an older one still waiting (a failing store)
                // worthless, and keeping both would grow without bound.
                std::erase_if(m_held, [](const Item& held) { return held.kind == Item::Kind::Baselines; });
            }
            if (item.kind != Item::Kind::Admin) {
                m_held.push_back(std::move(item));
                continue;
            }
            // Data submitted before the change goes first, unless it is waiting out a backoff: a failing data
            // write does not hold admin changes back (they have their own bound).
            if (!m_held.empty() && SteadyClock::now() >= m_nextRetry) {
                writeHeld();
            }
            supersedeHeldFlags(item.changes);
            writeAdmin(item);
        }
        if (!m_held.empty() && SteadyClock::now() >= m_nextRetry) {
            writeHeld();
        }
        {
            std::lock_guard lock(m_mutex);
            m_done += taken;
        }
        m_idle.notify_all();
        if (!stopping) {
            continue;
        }
        // Shutting down: what is still held gets a last bounded stretch of retries.
        const auto giveUpAt = SteadyClock::now() + m_limits.finalRetryFor;
        while (!m_held.empty()) {
            const auto now = SteadyClock::now();
            if (now >= giveUpAt) {
                dropHeld();
                break;
            }
            std::this_thread::sleep_until(std::min(m_nextRetry, giveUpAt));
            writeHeld();
        }
        std::lock_guard lock(m_mutex);
        if (m_queue.empty()) {
            return;
        }
    }
}

bool StoreWriter::writeHeld()
{
    std::optional<StoreError> error;
    std::uint64_t events = 0;
    std::uint64_t keys = 0;
    try {
        if (!m_db) {
            error = StoreError{StoreError::Code::Io, "StoreWriter has no database", {}};
        }
        if (!error) {
            error = m_db->begin();
        }
        for (std::size_t i = 0; i < m_held.size() && !error; ++i) {
            const Item& item = m_held[i];
            if (item.kind == Item::Kind::Events) {
                error = m_db->insertEvents(item.events);
                events += item.events.size();
            } else if (item.kind == Item::Kind::Baselines) {
                error = m_db->upsertBaselines(item.baselines, item.baselinesAt);
            } else if (item.kind == Item::Kind::Alerts) {
                error = m_db->writeAlerts(item.alerts);
            } else if (item.kind == Item::Kind::Notifications) {
                error = m_db->insertSpilledNotifications(item.notifications);
            } else if (item.kind == Item::Kind::Flags) {
                error = m_db->writeFlags(item.flags);
            } else if (item.kind == Item::Kind::Exposures) {
                error = m_db->addFlagExposures(item.exposures);
            } else if (item.kind == Item::Kind::Traffic) {
                error = m_db->addTrafficMinutes(item.traffic);
            } else {
                error = m_db->upsertKeys(item.keys);
                keys += item.keys.size();
                if (!error) {
                    error = m_db->upsertLogPositions(item.positions);
                }
            }
        }
        if (!error) {
            error = m_db->commit();
        }
    } catch (const std::exception& e) {
        error = StoreError{StoreError::Code::Io, std::string("Cannot write to the database: ") + e.what(), e.what()};
    }
    if (error) {
        if (m_db) {
            m_db->rollback();
        }
        // Everything stays held, in order, for the next attempt.
        m_backoff = m_backoff.count() == 0 ? m_limits.firstRetry : std::min(m_backoff * 2, m_limits.maxRetry);
        m_nextRetry = SteadyClock::now() + m_backoff;
        {
            std::lock_guard lock(m_mutex);
            ++m_stats.errors;
            m_health.lastError = error->message;
            m_health.lastCause = error->cause.empty() ? error->message : error->cause;
            if (m_health.failingSince == 0) {
                m_health.failingSince = wallClockNow();
            }
        }
        logOnce(error->message);
        reportProgress();
        return false;
    }
    m_held.clear();
    m_backoff = std::chrono::milliseconds(0);
    {
        std::lock_guard lock(m_mutex);
        m_stats.eventsWritten += events;
        m_stats.keysWritten += keys;
        ++m_stats.transactions;
        m_heldEvents -= std::min(m_heldEvents, events);
        m_heldKeys -= std::min(m_heldKeys, keys);
        m_health.eventsPending = {};
        m_health.keysPending = 0;
        m_health.failingSince = 0;
    }
    m_idle.notify_all();
    reportProgress();
    return true;
}

void StoreWriter::supersedeHeldFlags(const std::vector<AdminChange>& changes)
{
    // The admin's command started from the flag as the engine had already changed it, so a held engine write
    // of that flag would land later with an older definition. Its audit rows are still history and stay.
    for (const AdminChange& change : changes) {
        const std::string* name = nullptr;
        if (const auto* put = std::get_if<PutFlag>(&change)) {
            name = &put->name;
        } else if (const auto* remove = std::get_if<RemoveFlag>(&change)) {
            name = &remove->name;
        }
        if (name == nullptr) {
            continue;
        }
        for (Item& held : m_held) {
            for (FlagWrite& write : held.flags) {
                if (write.name == *name) {
                    write.definition.clear();
                }
            }
        }
    }
}

void StoreWriter::dropHeld()
{
    StoreEventCounts events;
    std::uint64_t keys = 0;
    std::uint64_t alerts = 0;
    std::uint64_t notifications = 0;
    std::uint64_t flagRows = 0;
    for (const Item& item : m_held) {
        for (const Event& event : item.events) {
            events.add(event.kind);
        }
        keys += item.keys.size();
        alerts += item.alerts.size();
        notifications += item.notifications.size();
        flagRows += item.flags.size() + item.exposures.size();
    }
    m_held.clear();
    std::string path;
    std::string cause;
    {
        std::lock_guard lock(m_mutex);
        m_health.eventsDropped += events;
        m_health.keysDropped += keys;
        m_health.eventsPending = {};
        m_health.keysPending = 0;
        m_heldEvents -= std::min(m_heldEvents, events.total());
        m_heldKeys -= std::min(m_heldKeys, keys);
        path = m_health.databasePath;
        cause = m_health.lastCause;
    }
    m_idle.notify_all();
    reportProgress();
    std::fprintf(stderr,
                 "sluice: store: gave up writing %llu events, %llu key checkpoints and %llu anomaly alert changes to "
                 "%s: %s\n",
                 static_cast<unsigned long long>(events.total()), static_cast<unsigned long long>(keys),
                 static_cast<unsigned long long>(alerts), path.c_str(), cause.c_str());
    if (notifications != 0) {
        std::fprintf(stderr, "sluice: store: gave up writing %llu spilled notifications to %s: %s\n",
                     static_cast<unsigned long long>(notifications), path.c_str(), cause.c_str());
    }
    if (flagRows != 0) {
        std::fprintf(stderr, "sluice: store: gave up writing %llu feature flag changes and exposure rows to %s: %s\n",
                     static_cast<unsigned long long>(flagRows), path.c_str(), cause.c_str());
    }
}

void StoreWriter::writeAdmin(Item& item)
{
    std::optional<StoreError> error;
    const auto giveUpAt = SteadyClock::now() + m_limits.adminRetryFor;
    std::chrono::milliseconds backoff = m_limits.firstRetry;
    for (;;) {
        try {
            if (!m_db) {
                error = StoreError{StoreError::Code::Io, "StoreWriter has no database", {}};
            } else {
                error = m_db->apply(item.changes, item.audit);
            }
        } catch (const std::exception& e) {
            if (m_db) {
                m_db->rollback();
            }
            error = StoreError{StoreError::Code::Io, std::string("Cannot apply changes to the database: ") + e.what(),
                               e.what()};
        }
        // A refused change is final; a busy or full database may clear up, within a bound a person can wait.
        if (!error || !retryable(*error) || !m_db || SteadyClock::now() + backoff >= giveUpAt) {
            break;
        }
        {
            std::lock_guard lock(m_mutex);
            ++m_stats.errors;
        }
        std::this_thread::sleep_for(backoff);
        backoff = std::min(backoff * 2, m_limits.maxRetry);
    }
    {
        std::lock_guard lock(m_mutex);
        if (!error) {
            ++m_stats.transactions;
        } else if (error->code != StoreError::Code::Invalid) {
            ++m_stats.errors;  // a refused change is not a failed write
        }
    }
    // A refused change is the caller's to report; only a failed write is ours to log.
    if (error && error->code != StoreError::Code::Invalid) {
        logOnce(error->message);
    }
    if (item.done) {
        try {
            item.done(error);
        } catch (const std::exception& e) {
            logOnce(std::string("A store callback threw: ") + e.what());
        } catch (...) {
            logOnce("A store callback threw an unknown exception");
        }
    }
}

void StoreWriter::logOnce(const std::string& message)
{
    if (m_logged.size() >= kMaxLoggedMessages || !m_logged.insert(message).second) {
        return;
    }
    std::fprintf(stderr, "sluice: store: %s\n", message.c_str());
}

}  // namespace sluice::engine::store
