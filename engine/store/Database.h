// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Event.h"
#include "core/Notification.h"
#include "store/FileIdentityLock.h"
#include "store/StoreTypes.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace sluice::engine::store {

class Statement;

// One Sluice database file (SQLite, WAL). Not thread-safe: the StoreWriter owns it on its own thread.
class Database final {
public:
    // Opens or creates the file and migrates it to the newest schema in one transaction. On failure returns
    // nullptr and fills `error`; a file that is not ours, or is newer than us, is never written to.
    static std::unique_ptr<Database> open(const std::string& path, StoreError& error);
    // Opens an existing Sluice database only to read it: no file is created (a missing one is an error), nothing
    // is migrated or written, and no single-instance lock is taken, so it works beside a running Sluice and on
    // a file or folder nobody may write. A file that is not ours or is newer than us is refused as by open().
    static std::unique_ptr<Database> openReadOnly(const std::string& path, StoreError& error);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();
    int schemaVersion() const;
    const std::string& path() const { return m_path; }

    // load, writeEvents and writeKeys throw std::runtime_error, naming the file, when SQLite fails.
    PersistedState load();
    void writeEvents(const EventBatch& events);              // one transaction
    void writeKeys(const std::vector<KeyReputation>& keys);  // one transaction, upserts
    // All or nothing, the audit row included: a refused change leaves no row, and no change lands without one.
    std::optional<StoreError> apply(const std::vector<AdminChange>& changes, const AuditEntry& audit);
    // The VIP assignments in force at `now` (an assignment whose expiry has passed is no longer in force), by key.
    std::optional<StoreError> readVipAssignments(TimeNs now, std::vector<VipAssignment>& assignments);
    // Where each followed log was read up to, by path; throw like load(). A running engine saves positions
    // through the StoreWriter with its key checkpoints (StoreWriter::submitCheckpoint), not with this call.
    std::vector<LogPosition> loadLogPositions();
    // SQLite's PRAGMA data_version: it changes whenever another connection, in this process or another, has
    // committed to the file since the previous call. nullopt when it cannot be read (with `error` saying why).
    std::optional<std::int64_t> dataVersion(StoreError& error);
    void saveLogPosition(const LogPosition& position);  // one transaction, replaces the path's position
    // A flag's exposure rows whose bucket starts in [from, to) (engine time), by bucket then variant: the
    // console's history beyond the hour the snapshot holds. Works on a read-only connection; a file older than
    // schema 9 has none.
    std::optional<StoreError> readFlagExposures(std::string_view flag, TimeNs from, TimeNs to,
                                                std::vector<FlagExposureRow>& rows);

    // Traffic minutes starting in [from, to) (engine time), oldest first (DatabaseTraffic.cpp); a file older than
    // schema 10 has none.
    std::optional<StoreError> readTrafficMinutes(TimeNs from, TimeNs to, std::vector<TrafficMinuteRow>& rows);

    // Reads every row a query returns, for read-only users beside the engine (reports). Each error names the file.
    std::optional<StoreError> readRows(std::string_view sql, const std::function<void(const Statement&)>& readRow,
                                       const std::function<void(Statement&)>& bind = {});

private:
    friend class StoreWriter;  // merges consecutive event and key writes into one transaction
    struct Statements;         // the cached prepared statements, see DatabaseStatements.h

    Database(sqlite3* db, std::string path, FileIdentityLock lock);

    // The non-throwing building blocks of the public calls; each error names the file.
    std::optional<StoreError> begin();
    std::optional<StoreError> commit();
    void rollback();
    std::optional<StoreError> insertEvents(const EventBatch& events);
    std::optional<StoreError> removeExpiredVip(const Event& event);
    std::optional<StoreError> upsertKeys(const std::vector<KeyReputation>& keys);
    std::optional<StoreError> upsertLogPositions(const std::vector<LogPosition>& positions);
    std::optional<StoreError> applyOne(const AdminChange& change);
    std::optional<StoreError> insertAudit(const AuditEntry& audit);
    std::optional<StoreError> loadInto(PersistedState& state);
    // Anomaly detection (DatabaseAnomaly.cpp).
    std::optional<StoreError> upsertAlert(const AnomalyAlert& alert);
    std::optional<StoreError> writeAlerts(const std::vector<AlertWrite>& writes);
    std::optional<StoreError> upsertBaselines(const std::vector<std::pair<std::string, std::string>>& rows, TimeNs at);
    std::optional<StoreError> loadAnomalyInto(PersistedState& state);
    // Notifications the delivery service had no room for (DatabaseNotifySpill.cpp): spilled, not yet dispatched.
    std::optional<StoreError> insertSpilledNotifications(const std::vector<Notification>& notifications);
    // Notifications (DatabaseNotify.cpp).
    std::optional<StoreError> applyNotifyChange(const AdminChange& change);
    std::optional<StoreError> loadNotifyInto(PersistedState& state);
    // Feature flags (DatabaseFlags.cpp): definitions, the engine's own changes with their audit rows, exposures.
    std::optional<StoreError> applyFlagChange(const AdminChange& change);
    std::optional<StoreError> writeFlags(const std::vector<FlagWrite>& writes);
    std::optional<StoreError> addFlagExposures(const std::vector<FlagExposureRow>& rows);
    std::optional<StoreError> loadFlagsInto(PersistedState& state);
    // Traffic minutes (DatabaseTraffic.cpp), a few per key checkpoint.
    std::optional<StoreError> addTrafficMinutes(const std::vector<TrafficMinuteRow>& rows);
    // One statement prepared for this use only (admin changes to notifications and flags are rare, and so are
    // the reads at start and the traffic minutes): runs it once.
    std::optional<StoreError> runOnce(std::string_view sql, const std::function<void(Statement&)>& bind);
    StoreError sqlError(const char* action) const;
    StoreError invalid(const std::string& what) const;

    sqlite3* m_db = nullptr;
    std::string m_path;
    FileIdentityLock m_lock;
    bool m_removeSideFilesOnClose = false;  // see openReadOnly()
    int m_schemaVersion = 0;
    std::unique_ptr<Statements> m_statements;
};

}  // namespace sluice::engine::store
