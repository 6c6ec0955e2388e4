// SPDX-License-Identifier: Apache-2.0
// The read-only side of Database: opening a file only to read it, and what the read-only commands read.
#include "store/Database.h"

#include "store/DatabaseChecks.h"
#include "store/DatabaseStatements.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

namespace sluice::engine::store {

namespace {

constexpr int kReadBusyTimeoutMs = 2000;

bool exists(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

// A URI for sqlite3_open_v2 (SQLITE_OPEN_URI): every byte that could end or bend the path is escaped.
std::string fileUri(const std::string& path)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                           c == '.' || c == '-' || c == '_' || c == '~';
        if (plain) {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 0xf];
        }
    }
    return uri;
}

}  // namespace

std::unique_ptr<Database> Database::openReadOnly(const std::string& path, StoreError& error)
{
    try {
        if (path.empty()) {
            error = {StoreError::Code::Io, "No database file given", {}};
            return nullptr;
        }
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) {
            const int saved = errno;
            error = saved == ENOENT ? StoreError{StoreError::Code::Missing, "No Sluice database at " + path, {}}
                                    : StoreError{StoreError::Code::Io,
                                                 "Cannot read database " + path + ": " + std::strerror(saved),
                                                 {}};
            return nullptr;
        }
        const std::string parent = std::filesystem::path(path).parent_path().string();
        const std::string folder = parent.empty() ? std::string(".") : parent;
        const bool folderWritable = ::access(folder.c_str(), W_OK | X_OK) == 0;
        const bool walExists = exists(path + "-wal");
        const bool shmExisted = exists(path + "-shm");
        // A reader of a WAL database needs a -shm it can create. Where the folder forbids that and there is no
        // -wal, no writer can be at work either (a writer needs its -wal in this folder), so the file cannot
        // change while we read it: SQLite may then read it as immutable, with no -shm at all.
        std::string name = fileUri(path) + "?mode=ro";
        if (!folderWritable && !walExists) {
            name += "&immutable=1";
        }
        sqlite3* raw = nullptr;
        const int rc =
            sqlite3_open_v2(name.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
        std::unique_ptr<Database> database(new Database(raw, path, FileIdentityLock{}));
        // SQLite's reader makes a -wal and a -shm where the folder allows, and leaves them, with the database's
        // read-only mode, to block the database once its permissions are fixed. When nobody may write the file
        // (no write bit at all) no writer can be using them, so the ones we caused are removed on close.
        database->m_removeSideFilesOnClose = (st.st_mode & 0222) == 0 && !walExists && !shmExisted;
        if (rc != SQLITE_OK) {
            error = {StoreError::Code::Io,
                     "Cannot open database " + path + ": " +
                         (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)),
                     sqlite3_errstr(rc)};
            return nullptr;
        }
        sqlite3_busy_timeout(raw, kReadBusyTimeoutMs);
        std::int64_t applicationId = 0;
        if (auto e = checkHeader(raw, path, applicationId, false)) {
            error = std::move(*e);
            return nullptr;
        }
        std::int64_t version = 0;
        {
            Statement statement;
            if (statement.prepare(raw, "PRAGMA user_version") == SQLITE_OK && statement.step() == SQLITE_ROW) {
                version = statement.columnInt64(0);
            }
        }
        database->m_schemaVersion = static_cast<int>(version);
        return database;
    } catch (const std::exception& e) {
        error = {StoreError::Code::Io, "Cannot open database " + path + ": " + e.what(), {}};
        return nullptr;
    }
}

std::optional<std::int64_t> Database::dataVersion(StoreError& error)
{
    Statement statement;
    if (statement.prepare(m_db, "PRAGMA data_version") != SQLITE_OK || statement.step() != SQLITE_ROW) {
        error = sqlError("read");
        return std::nullopt;
    }
    return statement.columnInt64(0);
}

std::optional<StoreError> Database::readVipAssignments(TimeNs now, std::vector<VipAssignment>& assignments)
{
    Statement statement;
    if (statement.prepare(m_db, "SELECT key, tier, expires_at, notes, assigned_by, assigned_at FROM vip_users "
                                "WHERE expires_at IS NULL OR expires_at > ?1 ORDER BY key") != SQLITE_OK) {
        return sqlError("read the VIP assignments of");
    }
    auto scope = statement.scope();
    statement.bind(1, static_cast<std::int64_t>(now / kNsPerMs));
    int rc = SQLITE_ROW;
    while ((rc = statement.step()) == SQLITE_ROW) {
        assignments.push_back({statement.columnText(0), statement.columnText(1),
                               statement.columnIsNull(2) ? 0 : statement.columnInt64(2) * kNsPerMs,
                               statement.columnText(3), statement.columnText(4), statement.columnInt64(5) * kNsPerMs});
    }
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("read the VIP assignments of"));
}

}  // namespace sluice::engine::store
