// SPDX-License-Identifier: Apache-2.0
#include "store/Statement.h"

#include <sqlite3.h>

namespace sluice::engine::store {

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }

int Statement::prepare(sqlite3* db, std::string_view sql)
{
    sqlite3_stmt* raw = nullptr;
    // PERSISTENT: these live as long as the connection, which lets SQLite allocate them outside its lookaside.
    const int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    m_stmt.reset(raw);
    if (rc != SQLITE_OK) {
        m_stmt.reset();
    }
    return rc;
}

void Statement::bind(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt.get(), index, value); }

void Statement::bind(int index, double value) { sqlite3_bind_double(m_stmt.get(), index, value); }

void Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_stmt.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index) { sqlite3_bind_null(m_stmt.get(), index); }

int Statement::step() { return sqlite3_step(m_stmt.get()); }

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

std::int64_t Statement::columnInt64(int column) const { return sqlite3_column_int64(m_stmt.get(), column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt.get(), column); }

std::string Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    // Ask for the size after the text: the conversion to UTF-8 may change it.
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return text == nullptr ? std::string() : std::string(text, static_cast<std::size_t>(size));
}

std::string Statement::columnBlob(int column) const
{
    const void* bytes = sqlite3_column_blob(m_stmt.get(), column);
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return bytes == nullptr ? std::string()
                            : std::string(static_cast<const char*>(bytes), static_cast<std::size_t>(size));
}

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL; }

}  // namespace sluice::engine::store
