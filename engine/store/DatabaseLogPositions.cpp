// SPDX-License-Identifier: Apache-2.0
// The log_positions side of Database: where each followed access log was read up to.
#include "store/Database.h"

#include "store/Statement.h"

#include <sqlite3.h>

#include <stdexcept>

namespace sluice::engine::store {

namespace {
// A few rows every checkpoint: the statements are prepared per call rather than kept with the hot ones.
constexpr const char* kUpsert =
    "INSERT INTO log_positions (path, device, inode, offset, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (path) DO UPDATE SET device = excluded.device, inode = excluded.inode, offset = excluded.offset, "
    "updated_at = excluded.updated_at";
constexpr const char* kSelect = "SELECT path, device, inode, offset, updated_at FROM log_positions ORDER BY path";

// SQLite integers are signed 64 bits: device and inode numbers keep their bits through the cast both ways.
std::int64_t toColumn(std::uint64_t value) { return static_cast<std::int64_t>(value); }
std::uint64_t fromColumn(std::int64_t value) { return static_cast<std::uint64_t>(value); }
}  // namespace

std::optional<StoreError> Database::upsertLogPositions(const std::vector<LogPosition>& positions)
{
    if (positions.empty()) {
        return std::nullopt;
    }
    Statement statement;
    if (statement.prepare(m_db, kUpsert) != SQLITE_OK) {
        return sqlError("save log positions in");
    }
    for (const LogPosition& position : positions) {
        auto scope = statement.scope();
        statement.bind(1, position.path);
        statement.bind(2, toColumn(position.device));
        statement.bind(3, toColumn(position.inode));
        statement.bind(4, toColumn(position.offset));
        statement.bind(5, static_cast<std::int64_t>(position.updatedAt / kNsPerMs));
        if (statement.step() != SQLITE_DONE) {
            return sqlError("save log positions in");
        }
    }
    return std::nullopt;
}

void Database::saveLogPosition(const LogPosition& position)
{
    std::optional<StoreError> error = begin();
    if (!error) {
        error = upsertLogPositions({position});
    }
    if (!error) {
        error = commit();
    }
    if (error) {
        rollback();
        throw std::runtime_error(error->message);
    }
}

std::vector<LogPosition> Database::loadLogPositions()
{
    std::vector<LogPosition> positions;
    Statement statement;
    if (statement.prepare(m_db, kSelect) != SQLITE_OK) {
        throw std::runtime_error(sqlError("read log positions from").message);
    }
    auto scope = statement.scope();
    int rc = SQLITE_ROW;
    while ((rc = statement.step()) == SQLITE_ROW) {
        positions.push_back(LogPosition{statement.columnText(0), fromColumn(statement.columnInt64(1)),
                                        fromColumn(statement.columnInt64(2)), fromColumn(statement.columnInt64(3)),
                                        statement.columnInt64(4) * kNsPerMs});
    }
    if (rc != SQLITE_DONE) {
        throw std::runtime_error(sqlError("read log positions from").message);
    }
    return positions;
}

}  // namespace sluice::engine::store
