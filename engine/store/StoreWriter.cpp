// SPDX-License-Identifier: Apache-2.0
#include "store/StoreWriter.h"

#include "store/Database.h"

#include <cstdio>
#include <exception>
#include <utility>

namespace sluice::engine::store {

namespace {
// Bounds the memory of logOnce() should the messages ever vary without end (they embed SQLite's text).
constexpr std::size_t kMaxLoggedMessages = 64;
}  // namespace

struct StoreWriter::Item {
    enum class Kind : std::uint8_t { Events, Checkpoint, Admin };
    Kind kind = Kind::Events;
    EventBatch events;
    std::vector<KeyReputation> keys;
    std::vector<AdminChange> changes;
    AuditEntry audit;
    AdminDone done;
};

StoreWriter::StoreWriter(std::unique_ptr<Database> database) : m_db(std::move(database))
{
    // Started last, once every member it touches exists.
    m_thread = std::thread(&StoreWriter::run, this);
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void StoreWriter::submitEvents(EventBatch events)
{
    if (events.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Events;
    item.events = std::move(events);
    enqueue(std::move(item));
}

void StoreWriter::submitCheckpoint(std::vector<KeyReputation> keys)
{
    if (keys.empty()) {
        return;
    }
    Item item;
    item.kind = Item::Kind::Checkpoint;
    item.keys = std::move(keys);
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
    m_idle.wait(lock, [&] { return m_done >= target; });
}

StoreWriter::Stats StoreWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void StoreWriter::run()
{
    for (;;) {
        std::deque<Item> work;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty()) {
                return;  // stopping, and everything is written
            }
            // Take the whole queue: producers keep submitting while we write, and whatever piled up meanwhile
            // goes into the next transaction instead of one transaction each.
            work.swap(m_queue);
        }
        std::size_t first = 0;
        while (first < work.size()) {
            if (work[first].kind == Item::Kind::Admin) {
                writeAdmin(work[first]);
                ++first;
                continue;
            }
            std::size_t last = first;
            while (last < work.size() && work[last].kind != Item::Kind::Admin) {
                ++last;
            }
            writeData(work, first, last);
            first = last;
        }
    }
}

void StoreWriter::writeData(std::deque<Item>& work, std::size_t first, std::size_t last)
{
    Stats delta;
    std::optional<StoreError> error;
    try {
        if (!m_db) {
            error = StoreError{StoreError::Code::Io, "StoreWriter has no database"};
        }
        if (!error) {
            error = m_db->begin();
        }
        for (std::size_t i = first; i < last && !error; ++i) {
            const Item& item = work[i];
            if (item.kind == Item::Kind::Events) {
                error = m_db->insertEvents(item.events);
                delta.eventsWritten += item.events.size();
            } else {
                error = m_db->upsertKeys(item.keys);
                delta.keysWritten += item.keys.size();
            }
        }
        if (!error) {
            error = m_db->commit();
        }
    } catch (const std::exception& e) {
        error = StoreError{StoreError::Code::Io, std::string("Cannot write to the database: ") + e.what()};
    }
    if (error) {
        if (m_db) {
            m_db->rollback();
        }
        // The whole transaction is lost: count every submission in it, so the loss is visible in the stats.
        delta = Stats{};
        delta.errors = last - first;
        logOnce(error->message);
    } else {
        delta.transactions = 1;
    }
    finished(last - first, delta);
}

void StoreWriter::writeAdmin(Item& item)
{
    Stats delta;
    std::optional<StoreError> error;
    try {
        if (!m_db) {
            error = StoreError{StoreError::Code::Io, "StoreWriter has no database"};
        } else {
            error = m_db->apply(item.changes, item.audit);
        }
    } catch (const std::exception& e) {
        m_db->rollback();
        error = StoreError{StoreError::Code::Io, std::string("Cannot apply changes to the database: ") + e.what()};
    }
    if (!error) {
        delta.transactions = 1;
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
    finished(1, delta);
}

void StoreWriter::finished(std::uint64_t items, const Stats& delta)
{
    {
        std::lock_guard lock(m_mutex);
        m_done += items;
        m_stats.eventsWritten += delta.eventsWritten;
        m_stats.keysWritten += delta.keysWritten;
        m_stats.transactions += delta.transactions;
        m_stats.errors += delta.errors;
    }
    m_idle.notify_all();
}

void StoreWriter::logOnce(const std::string& message)
{
    if (m_logged.size() >= kMaxLoggedMessages || !m_logged.insert(message).second) {
        return;
    }
    std::fprintf(stderr, "sluice: store: %s\n", message.c_str());
}

}  // namespace sluice::engine::store
