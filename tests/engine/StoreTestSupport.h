// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <sqlite3.h>

#include <charconv>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// Helpers shared by the store tests (tst_store: Database, tst_store_writer: StoreWriter).
namespace sluice::engine::store::testing {

// Millisecond-aligned on purpose: SQL stores milliseconds, and these must come back exactly.
inline constexpr TimeNs kT0 = 1'700'000'000'123 * kNsPerMs;

// The VIP catalog a new database starts with (the seed at the end of resources/sql/001_initial.sql), as
// tierList() spells it: load() returns the tiers ordered by name.
inline QString seededTiers() { return QStringLiteral("gold 1.5, platinum 2, silver 1.25"); }

// "name multiplier, ..." with each multiplier in its shortest exact form, so a comparison loses nothing.
inline QString tierList(const std::vector<VipTierRow>& tiers)
{
    std::string text;
    for (const VipTierRow& tier : tiers) {
        char number[32];
        const auto end = std::to_chars(number, number + sizeof number, tier.multiplier).ptr;
        text += text.empty() ? "" : ", ";
        text += tier.name;
        text += ' ';
        text.append(number, end);
    }
    return QString::fromStdString(text);
}

// Every admin write carries its audit row; tests that are about the changes use this one.
inline AuditEntry testAudit()
{
    return AuditEntry{kT0, "tester", "test.change", "", std::nullopt, std::nullopt, "", std::nullopt};
}

struct RawCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
// A plain SQLite connection, outside Database: another program, or a second look at what is on disk.
using RawDb = std::unique_ptr<sqlite3, RawCloser>;

inline RawDb openRaw(const std::string& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    return RawDb(db);
}

inline int execRaw(const RawDb& db, const char* sql) { return sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr); }

inline std::int64_t rawInt(const RawDb& db, const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    std::int64_t value = -1;
    if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
}

inline QString rawText(const RawDb& db, const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    QString value = QStringLiteral("<error>");
    if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        value = text == nullptr ? QStringLiteral("<null>") : QString::fromUtf8(text);
    }
    sqlite3_finalize(stmt);
    return value;
}

inline std::string filePath(const QTemporaryDir& dir, const char* name)
{
    return dir.filePath(QString::fromUtf8(name)).toStdString();
}

inline bool mentions(const StoreError& error, const std::string& text)
{
    return error.message.find(text) != std::string::npos;
}

inline std::unique_ptr<Database> openOrFail(const std::string& path)
{
    StoreError error;
    auto db = Database::open(path, error);
    if (!db) {
        qWarning("open failed: %s", error.message.c_str());
    }
    return db;
}

}  // namespace sluice::engine::store::testing
