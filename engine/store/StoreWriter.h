// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Event.h"
#include "core/Notification.h"
#include "core/StoreHealth.h"
#include "store/StoreTypes.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
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
//
// A data write that fails (a busy database, a full disk) is not lost: its events and key checkpoints stay in
// memory, in order, with later ones merged behind them, and are retried with exponential backoff until the
// database takes them. Memory is bounded; what would go beyond the bound is dropped as it arrives (the oldest
// history is kept, so the stored history has a gap at its end, not holes) and counted. health() says what is
// waiting, what was dropped and why. Admin changes keep their rule: durable before reported done, or refused;
// a busy or full database is retried for a bounded time, then the change is refused with the reason.
class StoreWriter final {
public:
    struct Limits {
        // About 200 bytes an event and 80 a key in memory: at most some 120 MB while the database is failing,
        // enough for minutes of a heavy attack's history.
        std::size_t maxHeldEvents = 500'000;
        std::size_t maxHeldKeys = 250'000;
        std::chrono::milliseconds firstRetry{50};        // doubling after each failure ...
        std::chrono::milliseconds maxRetry{2000};        // ... up to this
        std::chrono::milliseconds adminRetryFor{5000};   // an admin change is refused after failing this long
        std::chrono::milliseconds finalRetryFor{10000};  // at shutdown, held data gets this long, then is dropped
    };

    explicit StoreWriter(std::unique_ptr<Database> database);
    // `onProgress` runs on the writer thread, with no lock of ours held, after each attempt to write held data
    // (it committed, failed or was given up): a producer waiting for the backlog to shrink wakes there.
    StoreWriter(std::unique_ptr<Database> database, Limits limits, std::function<void()> onProgress = {});
    ~StoreWriter();  // close()
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    void submitEvents(EventBatch events);
    // The positions are written in the transaction of these keys, after them: a followed log's saved position
    // is never ahead of the key reputations its lines led to. Should the bound drop any of these keys, their
    // positions are dropped with them (the earlier ones stay).
    void submitCheckpoint(std::vector<KeyReputation> keys, std::vector<LogPosition> positions = {});
    // What anomaly detectors learned (metric -> bytes), as of engine time `at`: written with the data in order.
    void submitBaselines(std::vector<std::pair<std::string, std::string>> rows, TimeNs at);
    // Alerts as the engine changed them on its own, each with the audit and settings rows of its automatic
    // response: written with the data in order, each alert in the transaction of its rows, retried like events.
    void submitAlerts(std::vector<AlertWrite> alerts);
    // Flags the engine changed on its own, each with its audit rows in one transaction; and exposure counts,
    // added to the rows of their buckets. Neither waits.
    void submitFlagWrites(std::vector<FlagWrite> writes);
    void submitFlagExposures(std::vector<FlagExposureRow> rows);
    // Minutes of traffic the engine closed (added to their rows).
    void submitTrafficMinutes(std::vector<TrafficMinuteRow> rows);
    // Notifications the delivery service's queue refused (notify::NotificationCenter::offer): written with the data
    // in order (spilled, not yet dispatched) and retried like events, so none is lost while the database is busy.
    void submitSpilledNotifications(std::vector<Notification> notifications);
    // `done` runs on the writer thread once the changes and their audit row are durable (or refused, with the
    // reason).
    void submitAdmin(std::vector<AdminChange> changes, AuditEntry audit, AdminDone done);
    // Blocks until everything submitted before the call was tried: written, or held for a retry after a failed
    // write. For shutdown and tests.
    void flush();
    // Blocks until nothing is held (everything submitted is on disk) or `timeout` passed; true when all is stored.
    bool waitStored(std::chrono::milliseconds timeout);
    // Writes what is still held, retrying for up to Limits::finalRetryFor, then stops the thread. Whatever could
    // not be written is counted as dropped (and said on stderr); the returned health is final.
    StoreHealth close();

    struct Stats {
        std::uint64_t eventsWritten = 0;
        std::uint64_t keysWritten = 0;
        std::uint64_t transactions = 0;
        std::uint64_t errors = 0;  // failed write attempts
    };
    Stats stats() const;
    StoreHealth health() const;

    // What is submitted and not yet on disk, read cheaply (health() copies its texts).
    struct Backlog {
        std::uint64_t events = 0;  // queued or held for a retry; what Limits::maxHeldEvents bounds
        std::uint64_t keys = 0;
        bool failing = false;  // the latest write failed and is not yet made good (StoreHealth::failing())
    };
    Backlog backlog() const;

private:
    struct Item;
    void enqueue(Item item);
    void run();
    // One transaction with everything held; true when it committed.
    bool writeHeld();
    void writeAdmin(Item& item);
    void supersedeHeldFlags(const std::vector<AdminChange>& changes);
    void dropHeld();
    void logOnce(const std::string& message);
    void reportProgress();

    std::unique_ptr<Database> m_db;
    Limits m_limits;
    std::function<void()> m_onProgress;  // set before the thread starts, then only read
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Item> m_queue;
    std::deque<Item> m_held;  // data items taken from the queue and not yet written; writer thread only
    std::uint64_t m_submitted = 0;
    std::uint64_t m_done = 0;
    std::uint64_t m_heldEvents = 0;  // in m_queue and m_held together: what the bound counts
    std::uint64_t m_heldKeys = 0;
    bool m_stop = false;
    bool m_closed = false;
    Stats m_stats;
    StoreHealth m_health;
    std::chrono::milliseconds m_backoff{0};
    std::chrono::steady_clock::time_point m_nextRetry;
    std::set<std::string> m_logged;  // writer thread only: each distinct error goes to stderr once
    std::thread m_thread;
};

}  // namespace sluice::engine::store
