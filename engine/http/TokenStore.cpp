// SPDX-License-Identifier: Apache-2.0
#include "http/TokenStore.h"

#include "audit/AuditActions.h"
#include "http/TokenSecret.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <array>

namespace sluice::engine::http {

namespace {

using store::Statement;
using Code = TokenError::Code;

constexpr int kBusyTimeoutMs = 5000;
constexpr std::int64_t kApplicationId = 0x534C4345;  // 'SLCE', as store::Database writes it
constexpr std::int64_t kTokenSchema = 6;

bool validName(std::string_view name)
{
    if (name.empty() || name.size() > TokenStore::kMaxNameBytes) {
        return false;
    }
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::string scopeJson(TokenScope scope, bool revoked)
{
    std::string json = "{\"scope\":\"";
    json += scopeName(scope);
    json += revoked ? "\",\"revoked\":true}" : "\"}";
    return json;
}

// One value of a one-row query, while opening.
bool queryInt(sqlite3* db, const char* sql, std::int64_t& value)
{
    Statement s;
    if (s.prepare(db, sql) != SQLITE_OK || s.step() != SQLITE_ROW) {
        return false;
    }
    value = s.columnInt64(0);
    s.reset();
    return true;
}

std::string_view blobView(const std::string& bytes) { return bytes; }

}  // namespace

std::unique_ptr<TokenStore> TokenStore::open(const std::string& path, std::string& error)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<TokenStore> store(new TokenStore(raw, path));
    if (rc != SQLITE_OK) {
        error = "Cannot open database " + path + ": " + (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        return nullptr;
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    if (!queryInt(raw, "PRAGMA application_id", applicationId) || !queryInt(raw, "PRAGMA user_version", version)) {
        error = "Cannot read database " + path + ": " + sqlite3_errmsg(raw);
        return nullptr;
    }
    if (applicationId != kApplicationId) {
        error = path + " is not a Sluice database";
        return nullptr;
    }
    if (version < kTokenSchema) {
        error = path + " has schema version " + std::to_string(version) + ", before API tokens; open it with this " +
                "Sluice first";
        return nullptr;
    }
    return store;
}

TokenStore::TokenStore(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}

TokenStore::~TokenStore()
{
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
    }
}

TokenError TokenStore::sqlError(const char* action) const
{
    return {Code::Store, std::string("Cannot ") + action + " " + m_path + ": " + sqlite3_errmsg(m_db)};
}

std::optional<TokenError> TokenStore::inTransaction(const std::function<std::optional<TokenError>()>& work)
{
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return sqlError("start a transaction on");
    }
    if (auto error = work()) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        auto error = sqlError("commit to");
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    return std::nullopt;
}

std::optional<TokenError> TokenStore::writeAudit(TimeNs now, const std::string& actor, std::string_view action,
                                                 std::string_view name, const std::optional<std::string>& before,
                                                 const std::optional<std::string>& after)
{
    Statement s;
    if (s.prepare(m_db, "INSERT INTO audit_log (at, actor, action, target, before, after, reason) "
                        "VALUES (?, ?, ?, ?, ?, ?, '')") != SQLITE_OK) {
        return sqlError("write the audit log of");
    }
    s.bind(1, toUnixMs(now));
    s.bind(2, actor);
    s.bind(3, action);
    s.bind(4, name);
    for (const auto& [index, json] : {std::pair{5, &before}, std::pair{6, &after}}) {
        if (json->has_value()) {
            s.bind(index, std::string_view(**json));
        } else {
            s.bindNull(index);
        }
    }
    const int rc = s.step();
    s.reset();
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("write the audit log of"));
}

std::optional<TokenError> TokenStore::create(std::string_view name, TokenScope scope, const std::string& actor,
                                             TimeNs now, std::string& token)
{
    if (!validName(name)) {
        return TokenError{Code::BadName, "a token name is 1 to 64 letters, digits, '.', '_' or '-'"};
    }
    std::array<std::uint8_t, kTokenSaltBytes> saltBytes{};
    const auto secret = newSecret();
    if (!secret || !randomBytes(saltBytes.data(), saltBytes.size())) {
        return TokenError{Code::NoRandom, "the system's random source failed; no token was created"};
    }
    const std::string salt(saltBytes.begin(), saltBytes.end());
    const auto hash = hashSecret(salt, *secret);
    if (!hash) {
        return TokenError{Code::NoRandom, "SHA-256 is not available; no token was created"};
    }
    return inTransaction([&]() -> std::optional<TokenError> {
        Statement find;
        if (find.prepare(m_db, "SELECT scope, revoked_at IS NOT NULL FROM api_tokens WHERE name = ?") != SQLITE_OK) {
            return sqlError("read the tokens of");
        }
        find.bind(1, name);
        std::optional<std::string> before;
        const int found = find.step();
        if (found == SQLITE_ROW) {
            if (find.columnInt64(1) == 0) {
                return TokenError{Code::NameTaken, "a valid token named " + std::string(name) + " exists"};
            }
            before = scopeJson(scopeFromName(find.columnText(0)).value_or(TokenScope::Check), true);
        } else if (found != SQLITE_DONE) {
            return sqlError("read the tokens of");
        }
        find.reset();
        Statement remove;
        if (before && (remove.prepare(m_db, "DELETE FROM api_tokens WHERE name = ?") != SQLITE_OK ||
                       (remove.bind(1, name), remove.step()) != SQLITE_DONE)) {
            return sqlError("replace a revoked token in");
        }
        Statement insert;
        if (insert.prepare(m_db, "INSERT INTO api_tokens (name, scope, salt, hash, created_at) "
                                 "VALUES (?, ?, CAST(? AS BLOB), CAST(? AS BLOB), ?)") != SQLITE_OK) {
            return sqlError("write a token to");
        }
        insert.bind(1, name);
        insert.bind(2, scopeName(scope));
        insert.bind(3, blobView(salt));
        insert.bind(4, std::string_view(reinterpret_cast<const char*>(hash->data()), hash->size()));
        insert.bind(5, toUnixMs(now));
        if (insert.step() != SQLITE_DONE) {
            return sqlError("write a token to");
        }
        insert.reset();
        token = tokenText(sqlite3_last_insert_rowid(m_db), *secret);
        return writeAudit(now, actor, AuditActions::kTokenCreate, name, before, scopeJson(scope, false));
    });
}

std::optional<TokenError> TokenStore::revoke(std::string_view name, const std::string& actor, TimeNs now)
{
    return inTransaction([&]() -> std::optional<TokenError> {
        Statement find;
        if (find.prepare(m_db, "SELECT scope FROM api_tokens WHERE name = ? AND revoked_at IS NULL") != SQLITE_OK) {
            return sqlError("read the tokens of");
        }
        find.bind(1, name);
        const int found = find.step();
        if (found == SQLITE_DONE) {
            return TokenError{Code::NotFound, "no valid token is named " + std::string(name)};
        }
        if (found != SQLITE_ROW) {
            return sqlError("read the tokens of");
        }
        const TokenScope scope = scopeFromName(find.columnText(0)).value_or(TokenScope::Check);
        find.reset();
        Statement update;
        if (update.prepare(m_db, "UPDATE api_tokens SET revoked_at = ? WHERE name = ?") != SQLITE_OK) {
            return sqlError("revoke a token in");
        }
        update.bind(1, toUnixMs(now));
        update.bind(2, name);
        if (update.step() != SQLITE_DONE) {
            return sqlError("revoke a token in");
        }
        update.reset();
        return writeAudit(now, actor, AuditActions::kTokenRevoke, name, scopeJson(scope, false),
                          scopeJson(scope, true));
    });
}

std::optional<TokenError> TokenStore::list(std::vector<TokenInfo>& tokens)
{
    Statement s;
    if (s.prepare(m_db, "SELECT name, scope, created_at, revoked_at FROM api_tokens ORDER BY name") != SQLITE_OK) {
        return sqlError("read the tokens of");
    }
    tokens.clear();
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        TokenInfo info;
        info.name = s.columnText(0);
        info.scope = scopeFromName(s.columnText(1)).value_or(TokenScope::Check);
        info.createdAt = s.columnInt64(2) * kNsPerMs;
        info.revokedAt = s.columnIsNull(3) ? 0 : s.columnInt64(3) * kNsPerMs;
        tokens.push_back(std::move(info));
    }
    s.reset();
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("read the tokens of"));
}

std::optional<TokenError> TokenStore::loadValid(std::vector<TokenEntry>& tokens)
{
    Statement s;
    if (s.prepare(m_db, "SELECT id, name, scope, salt, hash FROM api_tokens WHERE revoked_at IS NULL") != SQLITE_OK) {
        return sqlError("read the tokens of");
    }
    tokens.clear();
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        const auto scope = scopeFromName(s.columnText(2));
        const std::string hash = s.columnText(4);
        if (!scope || hash.size() != kTokenHashBytes) {
            continue;  // a row this Sluice cannot check admits nobody
        }
        TokenEntry entry;
        entry.id = s.columnInt64(0);
        entry.name = s.columnText(1);
        entry.scope = *scope;
        entry.salt = s.columnText(3);
        std::copy(hash.begin(), hash.end(), entry.hash.begin());
        tokens.push_back(std::move(entry));
    }
    s.reset();
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("read the tokens of"));
}

bool TokenStore::changed()
{
    std::int64_t version = 0;
    if (!queryInt(m_db, "PRAGMA data_version", version)) {
        return true;  // cannot tell: reload, which reports the error
    }
    const bool differs = version != m_dataVersion;
    m_dataVersion = version;
    return differs;
}

}  // namespace sluice::engine::http
