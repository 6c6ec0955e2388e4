// SPDX-License-Identifier: Apache-2.0
#include "store/Database.h"

#include "store/DatabaseChecks.h"
#include "store/DatabaseStatements.h"
#include "store/Migrations.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <filesystem>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sluice::engine::store {

namespace {

// PRAGMA application_id of every Sluice database: 'SLCE'. Lets us tell our files from any other SQLite file.
constexpr std::int64_t kApplicationId = 0x534C4345;
constexpr int kBusyTimeoutMs = 2000;

using Code = StoreError::Code;

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

int errorCode(int rc) { return rc & 0xff; }

bool isBusy(int rc) { return errorCode(rc) == SQLITE_BUSY || errorCode(rc) == SQLITE_LOCKED; }

StoreError lockedError(const std::string& path)
{
    return {Code::Locked, "Database " + path + " is locked by another program; close that program and try again",
            "database is locked"};
}

}  // namespace

StoreError sqliteError(sqlite3* db, int rc, const std::string& path, const std::string& action)
{
    if (errorCode(rc) == SQLITE_NOTADB) {
        return {Code::NotADatabase, path + " is not an SQLite database"};
    }
    if (isBusy(rc)) {
        return lockedError(path);
    }
    return {Code::Io, "Cannot " + action + " " + path + ": " + sqlite3_errmsg(db), sqlite3_errstr(rc)};
}

namespace {

// Runs a statement that yields at most one integer. A one-off statement: used only while opening.
int queryInt(sqlite3* db, const char* sql, std::int64_t& value)
{
    Statement statement;
    int rc = statement.prepare(db, sql);
    if (rc != SQLITE_OK) {
        return rc;
    }
    rc = statement.step();
    if (rc == SQLITE_ROW) {
        value = statement.columnInt64(0);
    }
    statement.reset();
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }

// Everything here only reads, so a file that is not ours, or is newer than us, stays untouched.
}  // namespace

std::optional<StoreError> checkHeader(sqlite3* db, const std::string& path, std::int64_t& applicationId,
                                      bool forWriting)
{
    std::int64_t userVersion = 0;
    std::int64_t objects = 0;
    for (auto [sql, value] :
         {std::pair{"PRAGMA application_id", &applicationId}, std::pair{"PRAGMA user_version", &userVersion},
          std::pair{"SELECT count(*) FROM sqlite_master", &objects}}) {
        if (const int rc = queryInt(db, sql, *value); rc != SQLITE_OK) {
            return sqliteError(db, rc, path, "read");
        }
    }
    // A blank database (fresh file, or an empty one someone created for us) is ours to initialise; anything
    // else must carry our application_id.
    const bool blank = applicationId == 0 && userVersion == 0 && objects == 0;
    if (blank && !forWriting) {
        return StoreError{Code::NotSluice, path + " is not a Sluice database (it is empty)", {}};
    }
    if (applicationId != kApplicationId && !blank) {
        return StoreError{Code::NotSluice, path + " is not a Sluice database (it belongs to another program)"};
    }
    if (userVersion > Database::latestSchemaVersion()) {
        return StoreError{Code::NewerSchema, path + " has schema version " + std::to_string(userVersion) +
                                                 "; this Sluice understands up to " +
                                                 std::to_string(Database::latestSchemaVersion()) + "; upgrade Sluice"};
    }
    if (forWriting && sqlite3_db_readonly(db, "main") == 1) {
        return StoreError{Code::Io, "Cannot write to " + path + ": the file is read-only", "read-only file"};
    }
    return std::nullopt;
}

namespace {

bool exists(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

bool writable(const std::string& path) { return ::access(path.c_str(), W_OK) == 0; }

std::string folderOf(const std::string& path)
{
    const std::string parent = std::filesystem::path(path).parent_path().string();
    return parent.empty() ? std::string(".") : parent;
}

// Checked before SQLite touches anything: a refused open must leave no -wal or -shm behind (SQLite creates
// them with the database's mode, and a read-only -shm would block the database once it is writable again).
std::optional<StoreError> checkWritable(const std::string& path, int writeError)
{
    if (writeError != 0) {
        return StoreError{Code::Io,
                          "Cannot write to " + path + ": the file is read-only (" + std::strerror(writeError) +
                              "); make it writable, or use a command that only reads",
                          "read-only file"};
    }
    bool sideFileMissing = false;
    for (const char* suffix : {"-wal", "-shm"}) {
        const std::string side = path + suffix;
        if (!exists(side)) {
            sideFileMissing = true;
        } else if (!writable(side)) {
            return StoreError{Code::Io,
                              "Cannot write to " + side + ", which SQLite needs beside database " + path + " (" +
                                  std::strerror(errno) +
                                  "); a read-only open may have left it: delete it while no program uses the "
                                  "database, or make it writable",
                              "read-only file"};
        }
    }
    const std::string folder = folderOf(path);
    if (sideFileMissing && ::access(folder.c_str(), W_OK | X_OK) != 0) {
        return StoreError{Code::Io,
                          "Cannot write to the folder " + folder + " (" + std::strerror(errno) +
                              "), where SQLite keeps the -wal and -shm files of database " + path +
                              "; make the folder writable",
                          "read-only folder"};
    }
    return std::nullopt;
}

std::optional<StoreError> configure(sqlite3* db, const std::string& path)
{
    Statement walMode;
    int rc = walMode.prepare(db, "PRAGMA journal_mode = WAL");
    if (rc == SQLITE_OK) {
        rc = walMode.step();
    }
    if (rc != SQLITE_ROW) {
        return sqliteError(db, rc, path, "switch to WAL journal mode");
    }
    // SQLite answers with the mode it ended up in rather than failing, e.g. where shared memory is unavailable.
    if (walMode.columnText(0) != "wal") {
        return StoreError{Code::Io, "Cannot switch " + path + " to WAL journal mode; its file system may not allow it"};
    }
    walMode.reset();
    // FULL: a commit the StoreWriter reports as done must survive a power cut, not just a crash.
    for (const char* sql : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (rc = exec(db, sql); rc != SQLITE_OK) {
            return sqliteError(db, rc, path, "configure");
        }
    }
    return std::nullopt;
}

// All pending migrations in one IMMEDIATE transaction: a crash or error leaves the previous schema intact.
// It runs even when nothing is pending, which proves we can take the write lock before reporting success.
std::optional<StoreError> migrate(sqlite3* db, const std::string& path, std::int64_t applicationId, int& version)
{
    int rc = exec(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc, path, "start a transaction on");
    }
    auto fail = [&](const StoreError& error) {
        exec(db, "ROLLBACK");
        return std::optional<StoreError>(error);
    };
    std::int64_t current = 0;
    if (rc = queryInt(db, "PRAGMA user_version", current); rc != SQLITE_OK) {
        return fail(sqliteError(db, rc, path, "read"));
    }
    if (applicationId != kApplicationId) {
        if (rc = exec(db, ("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str()); rc != SQLITE_OK) {
            return fail(sqliteError(db, rc, path, "initialise"));
        }
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current) {
            continue;
        }
        const std::string action =
            "upgrade to schema version " + std::to_string(migration.version) + " (" + migration.name + ")";
        if (rc = exec(db, migration.sql); rc != SQLITE_OK) {
            return fail(sqliteError(db, rc, path, action));
        }
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(migration.version);
        if (rc = exec(db, setVersion.c_str()); rc != SQLITE_OK) {
            return fail(sqliteError(db, rc, path, action));
        }
        current = migration.version;
    }
    if (rc = exec(db, "COMMIT"); rc != SQLITE_OK) {
        return fail(sqliteError(db, rc, path, "commit the schema of"));
    }
    version = static_cast<int>(current);
    return std::nullopt;
}

}  // namespace

std::unique_ptr<Database> Database::open(const std::string& path, StoreError& error)
{
    FileIdentityLock lock;
    auto failed = [&](StoreError e) {
        error = std::move(e);
        return nullptr;
    };
    try {
        if (path.empty()) {
            return failed({Code::Io, "No database file given"});
        }
        // Every path below may throw (allocation, filesystem); none of it may escape.
        const std::filesystem::path parent = std::filesystem::path(path).parent_path();
        if (!parent.empty()) {
            std::error_code ec;
            std::filesystem::create_directories(parent, ec);
            if (ec) {
                return failed({Code::Io, "Cannot create the folder " + parent.string() + " for database " + path +
                                             ": " + ec.message()});
            }
        }
        if (auto e = FileIdentityLock::acquire(path, lock)) {
            return failed(std::move(*e));
        }
        if (auto e = checkWritable(path, lock.writeError())) {
            return failed(std::move(*e));
        }

        sqlite3* raw = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
        SqliteHandle db(raw);
        if (rc != SQLITE_OK) {
            return failed({Code::Io, "Cannot open database " + path + ": " +
                                         (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))});
        }
        sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);

        std::int64_t applicationId = 0;
        if (auto e = checkHeader(db.get(), path, applicationId, true)) {
            return failed(std::move(*e));
        }
        if (auto e = configure(db.get(), path)) {
            return failed(std::move(*e));
        }
        int version = 0;
        if (auto e = migrate(db.get(), path, applicationId, version)) {
            return failed(std::move(*e));
        }

        std::unique_ptr<Database> database(new Database(db.release(), path, std::move(lock)));
        database->m_schemaVersion = version;
        const char* failedSql = nullptr;
        if (const int prepared = database->m_statements->prepare(database->m_db, failedSql); prepared != SQLITE_OK) {
            return failed(sqliteError(database->m_db, prepared, path, std::string("prepare `") + failedSql + "` on"));
        }
        return database;
    } catch (const std::exception& e) {
        return failed({Code::Io, "Cannot open database " + path + ": " + e.what()});
    } catch (...) {
        return failed({Code::Io, "Cannot open database " + path + ": unknown error"});
    }
}

Database::Database(sqlite3* db, std::string path, FileIdentityLock lock)
    : m_db(db), m_path(std::move(path)), m_lock(std::move(lock)), m_statements(std::make_unique<Statements>())
{
}

Database::~Database()
{
    if (m_db != nullptr && sqlite3_get_autocommit(m_db) == 0) {
        rollback();
    }
    // Statements first: sqlite3_close() refuses to close a connection with live statements.
    m_statements.reset();
    if (m_db != nullptr) {
        sqlite3_close(m_db);
    }
    // Unlock only once the connection (and its WAL checkpoint on close) is gone.
    m_lock.release();
    // See openReadOnly(): an empty -wal and the -shm that our read of an unwritable file created.
    if (m_removeSideFilesOnClose) {
        struct stat wal {};
        if (::stat((m_path + "-wal").c_str(), &wal) == 0 && wal.st_size == 0) {
            ::unlink((m_path + "-wal").c_str());
        }
        if (!exists(m_path + "-wal")) {
            ::unlink((m_path + "-shm").c_str());
        }
    }
}

int Database::latestSchemaVersion()
{
    const auto all = migrations();
    return all.empty() ? 0 : all.back().version;
}

int Database::schemaVersion() const { return m_schemaVersion; }

std::optional<StoreError> Database::begin()
{
    auto scope = m_statements->begin.scope();
    const int rc = m_statements->begin.step();
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("start a transaction on"));
}

std::optional<StoreError> Database::commit()
{
    std::optional<StoreError> error;
    {
        auto scope = m_statements->commit.scope();
        if (m_statements->commit.step() != SQLITE_DONE) {
            error = sqlError("commit to");
        }
    }
    // A failed COMMIT (e.g. SQLITE_BUSY) leaves the transaction open; close it so the next one can begin.
    if (error) {
        rollback();
    }
    return error;
}

void Database::rollback()
{
    if (sqlite3_get_autocommit(m_db) != 0) {
        return;  // SQLite already rolled back, e.g. after SQLITE_FULL
    }
    auto scope = m_statements->rollback.scope();
    m_statements->rollback.step();
}

StoreError Database::sqlError(const char* action) const
{
    const int rc = sqlite3_errcode(m_db);
    if (isBusy(rc)) {
        return lockedError(m_path);
    }
    return {Code::Io, std::string("Cannot ") + action + " " + m_path + ": " + sqlite3_errmsg(m_db), sqlite3_errstr(rc)};
}

StoreError Database::invalid(const std::string& what) const
{
    return {Code::Invalid, what + "; nothing was changed in " + m_path, {}};
}

}  // namespace sluice::engine::store
