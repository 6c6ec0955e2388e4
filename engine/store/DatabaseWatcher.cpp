// SPDX-License-Identifier: Apache-2.0
#include "store/DatabaseWatcher.h"

#include "core/Clock.h"
#include "core/EngineText.h"
#include "store/Database.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

namespace sluice::engine::store {

namespace {

// Schema 5 added log_positions; an older file (no server has opened it since) simply has none.
constexpr int kLogPositionsSchema = 5;

TimeNs modifiedAt(const struct stat& st)
{
    return static_cast<TimeNs>(st.st_mtim.tv_sec) * kNsPerSec + static_cast<TimeNs>(st.st_mtim.tv_nsec);
}

// A commit in WAL mode writes the -wal; a checkpoint moves it into the database file.
TimeNs lastWrittenAt(const std::string& path)
{
    TimeNs newest = 0;
    for (const std::string& file : {path, path + "-wal"}) {
        struct stat st {};
        if (::stat(file.c_str(), &st) == 0) {
            newest = std::max(newest, modifiedAt(st));
        }
    }
    return newest;
}

}  // namespace

DatabaseWatcher::DatabaseWatcher(std::string path) : m_path(std::move(path)) {}

DatabaseWatcher::~DatabaseWatcher() { stop(); }

std::unique_ptr<DatabaseWatcher> DatabaseWatcher::open(const std::string& path, WatchedState& first, StoreError& error)
{
    std::unique_ptr<DatabaseWatcher> watcher(new DatabaseWatcher(path));
    if (!watcher->reopen(error)) {
        return nullptr;
    }
    std::string why;
    if (!watcher->read(first, why)) {
        error = StoreError{StoreError::Code::Io, why};
        return nullptr;
    }
    return watcher;
}

void DatabaseWatcher::start(std::chrono::milliseconds interval, Sink sink)
{
    m_sink = std::move(sink);
    m_thread = std::thread(&DatabaseWatcher::run, this, interval);
}

void DatabaseWatcher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void DatabaseWatcher::run(std::chrono::milliseconds interval)
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, interval, [this] { return m_stop; })) {
        lock.unlock();
        poll();
        lock.lock();
    }
    m_database.reset();  // on the thread that used it last
}

bool DatabaseWatcher::reopen(StoreError& error)
{
    m_database.reset();
    m_dataVersion.reset();
    struct stat st {};
    if (::stat(m_path.c_str(), &st) == 0) {
        m_device = st.st_dev;
        m_inode = st.st_ino;
    }
    m_database = Database::openReadOnly(m_path, error);
    return m_database != nullptr;
}

bool DatabaseWatcher::read(WatchedState& out, std::string& error)
{
    StoreError storeError;
    // Taken before the read: a commit that lands during it changes the version again, and the next poll reads it.
    const std::optional<std::int64_t> version = m_database->dataVersion(storeError);
    if (!version) {
        error = storeError.message;
        return false;
    }
    out.writtenAt = lastWrittenAt(m_path);
    try {
        out.state = m_database->load();
        if (m_database->schemaVersion() >= kLogPositionsSchema) {
            out.logPositions = m_database->loadLogPositions();
        }
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
    out.readAt = SystemClock().now();
    m_dataVersion = version;
    return true;
}

void DatabaseWatcher::poll()
{
    struct stat st {};
    if (::stat(m_path.c_str(), &st) != 0 || ::access(m_path.c_str(), R_OK) != 0) {
        const int saved = errno;
        m_database.reset();  // a file that comes back is opened anew
        report({std::nullopt, saved == ENOENT ? say(Text::WatchFileGone, {m_path})
                                              : say(Text::WatchCannotRead, {m_path, std::strerror(saved)})});
        return;
    }
    const bool replaced =
        static_cast<std::uint64_t>(st.st_dev) != m_device || static_cast<std::uint64_t>(st.st_ino) != m_inode;
    if (!m_database || replaced) {
        StoreError error;
        if (!reopen(error)) {
            m_database.reset();
            report({std::nullopt, error.message});
            return;
        }
    }
    StoreError error;
    const std::optional<std::int64_t> version = m_database->dataVersion(error);
    if (!version) {
        m_database.reset();
        report({std::nullopt, error.message});
        return;
    }
    if (m_dataVersion == version && m_lastError.empty()) {
        return;  // nobody committed since the last read
    }
    WatchedState state;
    std::string why;
    if (!read(state, why)) {
        m_database.reset();
        report({std::nullopt, why});
        return;
    }
    report({std::move(state), {}});
}

void DatabaseWatcher::report(WatchReport report)
{
    if (report.state) {
        m_lastError.clear();
    } else if (report.error == m_lastError) {
        return;  // said already
    } else {
        m_lastError = report.error;
    }
    if (m_sink) {
        m_sink(std::move(report));
    }
}

}  // namespace sluice::engine::store
