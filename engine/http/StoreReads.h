// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace sluice::engine::store {
class Database;
}

namespace sluice::engine::http {

// Reads for the admin API that only the database can answer (the notification inbox, the audit log), on a
// thread of its own: the HTTP server has one event-loop thread, and a slow query there would hold up every
// /v1/check. The database is opened read-only beside the engine's writer (WAL) at the first read, and again at the
// next read when that failed.
class StoreReads final {
public:
    // A job gets the open database, or null and the reason it could not be opened.
    using Job = std::function<void(store::Database* db, const std::string& error)>;
    static constexpr std::size_t kMaxQueued = 64;

    explicit StoreReads(std::string databasePath);
    ~StoreReads();  // runs no further job: their captures (a Responder) answer that nothing came
    StoreReads(const StoreReads&) = delete;
    StoreReads& operator=(const StoreReads&) = delete;

    // False when kMaxQueued jobs wait already (the caller answers 503).
    bool post(Job job);

private:
    void run();

    std::string m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stop = false;
    std::unique_ptr<store::Database> m_db;  // the reader thread's alone
    std::thread m_thread;
};

}  // namespace sluice::engine::http
