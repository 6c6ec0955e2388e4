// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "store/StoreTypes.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace sluice::engine::store {

class Database;

// The persisted state of a database another Sluice writes, as one read found it.
struct WatchedState {
    PersistedState state;
    std::vector<LogPosition> logPositions;
    TimeNs writtenAt = 0;  // wall clock: the file's last change before the read (its newest commit)
    TimeNs readAt = 0;     // wall clock
};

// What one look at the file found: a new state, or why it could not be read (the state read before stands).
struct WatchReport {
    std::optional<WatchedState> state;
    std::string error;
};

// Follows a database that another Sluice (a running `sluice serve`) writes, without ever writing to it or taking
// its single-instance lock: a read-only connection, polled on a thread of its own. The state is read again only
// when the writer has committed since the last read (PRAGMA data_version), so an idle server costs one small query
// a poll. A file that vanishes, is replaced or cannot be read is reported and looked at again at the next poll;
// a replaced file is opened anew.
class DatabaseWatcher final {
public:
    using Sink = std::function<void(WatchReport)>;

    // Opens `path` read-only and reads its state once. On failure returns nullptr with `error` saying why.
    static std::unique_ptr<DatabaseWatcher> open(const std::string& path, WatchedState& first, StoreError& error);
    ~DatabaseWatcher();  // stop()
    DatabaseWatcher(const DatabaseWatcher&) = delete;
    DatabaseWatcher& operator=(const DatabaseWatcher&) = delete;

    // Looks at the file every `interval` from now on and hands what changed to `sink`, on the watcher's thread:
    // each new state, each new error, and nothing while neither changes.
    void start(std::chrono::milliseconds interval, Sink sink);
    // Waits for the thread to finish; the sink is not called after it returns.
    void stop();

    const std::string& path() const { return m_path; }

private:
    explicit DatabaseWatcher(std::string path);
    void run(std::chrono::milliseconds interval);
    void poll();
    // Reads the whole state once; false with `error` saying why when it cannot.
    bool read(WatchedState& out, std::string& error);
    bool reopen(StoreError& error);
    void report(WatchReport report);

    std::string m_path;
    std::unique_ptr<Database> m_database;  // watcher thread only, once started; null after a failure
    std::uint64_t m_device = 0;            // the file the connection reads
    std::uint64_t m_inode = 0;
    std::optional<std::int64_t> m_dataVersion;  // as of the latest read
    std::string m_lastError;                    // the error last reported; empty after a good read
    Sink m_sink;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace sluice::engine::store
