// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "http/TokenScope.h"
#include "http/TokenVerifier.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace sluice::engine::http {

// A token as `sluice token list` shows it: never its hash.
struct TokenInfo {
    std::string name;
    TokenScope scope = TokenScope::Check;
    TimeNs createdAt = 0;  // wall clock
    TimeNs revokedAt = 0;  // 0 while valid
};

struct TokenError {
    enum class Code {
        BadName,    // empty, too long, or characters other than letters, digits, '.', '_', '-'
        NameTaken,  // a valid token already has the name
        NotFound,   // no valid token has the name
        NoRandom,   // the system's random source failed
        Store,      // SQLite failed; the message names the file
    };
    Code code = Code::Store;
    std::string message;  // English, for logs; commands say it in the user's words by code
};

// The api_tokens table of one Sluice database, through a connection of its own. It works beside a running
// Sluice (the database's single-instance lock is not taken): `sluice token create` adds a token while
// `sluice serve` runs, and the server picks it up through changed(). Not thread-safe.
//
// Creating and revoking are admin changes: each writes its audit_log row (token.create, token.revoke) in the
// same transaction. The plain token exists only in create()'s answer; the table keeps a random salt and
// SHA-256(salt || secret).
class TokenStore final {
public:
    // Opens a Sluice database that is already at schema 6 or newer (Database::open creates and migrates one).
    static std::unique_ptr<TokenStore> open(const std::string& path, std::string& error);
    ~TokenStore();
    TokenStore(const TokenStore&) = delete;
    TokenStore& operator=(const TokenStore&) = delete;

    // A new token `name`; `token` receives the plain token, to show once. A revoked token of that name is
    // replaced. `now` is the wall clock; `actor` who asked (the audit row's actor).
    std::optional<TokenError> create(std::string_view name, TokenScope scope, const std::string& actor, TimeNs now,
                                     std::string& token);
    std::optional<TokenError> revoke(std::string_view name, const std::string& actor, TimeNs now);
    // Every token, valid and revoked, by name.
    std::optional<TokenError> list(std::vector<TokenInfo>& tokens);
    // The valid tokens, for a TokenVerifier.
    std::optional<TokenError> loadValid(std::vector<TokenEntry>& tokens);
    // Whether another connection wrote the database since the last call (true on the first): cheap enough to
    // ask every second, so a server reloads its tokens only when something changed.
    bool changed();

    static constexpr std::size_t kMaxNameBytes = 64;

private:
    TokenStore(sqlite3* db, std::string path);
    std::optional<TokenError> inTransaction(const std::function<std::optional<TokenError>()>& work);
    TokenError sqlError(const char* action) const;
    std::optional<TokenError> writeAudit(TimeNs now, const std::string& actor, std::string_view action,
                                         std::string_view name, const std::optional<std::string>& before,
                                         const std::optional<std::string>& after);

    sqlite3* m_db = nullptr;
    std::string m_path;
    std::int64_t m_dataVersion = -1;
};

}  // namespace sluice::engine::http
