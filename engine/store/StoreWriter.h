// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Event.h"
#include "store/StoreTypes.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace sluice::engine::store {

class Database;

// Owns the Database on a thread of its own. Producers hand over batches and never wait for the disk;
// everything queued is written in order, with consecutive batches merged into one transaction.
class StoreWriter final {
public:
    explicit StoreWriter(std::unique_ptr<Database> database);
    ~StoreWriter();  // writes everything still queued, then stops
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    void submitEvents(EventBatch events);
    void submitCheckpoint(std::vector<KeyReputation> keys);
    // `done` runs on the writer thread once the changes and their audit row are durable (or refused, with the
    // reason).
    void submitAdmin(std::vector<AdminChange> changes, AuditEntry audit, AdminDone done);
    // Blocks until everything submitted before the call is on disk. For shutdown and tests only.
    void flush();

    struct Stats {
        std::uint64_t eventsWritten = 0;
        std::uint64_t keysWritten = 0;
        std::uint64_t transactions = 0;
        std::uint64_t errors = 0;
    };
    Stats stats() const;

private:
    struct Item;
    void enqueue(Item item);
    void run();
    // Writes work[first, last), all events and checkpoints, in one transaction.
    void writeData(std::deque<Item>& work, std::size_t first, std::size_t last);
    void writeAdmin(Item& item);
    // Marks `items` as written and adds `delta` to the stats; wakes flush().
    void finished(std::uint64_t items, const Stats& delta);
    void logOnce(const std::string& message);

    std::unique_ptr<Database> m_db;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Item> m_queue;
    std::uint64_t m_submitted = 0;
    std::uint64_t m_done = 0;
    bool m_stop = false;
    Stats m_stats;
    std::set<std::string> m_logged;  // writer thread only: each distinct error goes to stderr once
    std::thread m_thread;
};

}  // namespace sluice::engine::store
