// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sluice::engine::store {

// A prepared statement that finalizes itself. Internal to the store.
class Statement final {
public:
    // Resets the statement when the scope ends, however it ends (see reset()).
    class [[nodiscard]] Scope final {
    public:
        explicit Scope(Statement& statement) : m_statement(statement) {}
        ~Scope() { m_statement.reset(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Statement& m_statement;
    };

    Statement() = default;

    // Returns an SQLite result code; on failure the statement stays empty.
    int prepare(sqlite3* db, std::string_view sql);
    explicit operator bool() const { return m_stmt != nullptr; }

    // Binding indexes are 1-based, as in SQLite.
    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bind(int index, std::string_view text);  // copied by SQLite (SQLITE_TRANSIENT)
    void bindNull(int index);
    void bindBlob(int index, std::string_view bytes);  // copied, stored as a BLOB (no text encoding)

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Must follow every use: a statement left mid-SELECT keeps a read transaction open, which would pin the
    // WAL and block checkpoints. Also clears bindings so no value leaks into the next use.
    void reset();
    Scope scope() { return Scope(*this); }

    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;
    std::string columnBlob(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

}  // namespace sluice::engine::store
