// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/TokenScope.h"
#include "http/TokenSecret.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::http {

// A valid (not revoked) token as the verifier keeps it: no plain token, only what checks one.
struct TokenEntry {
    std::int64_t id = 0;
    std::string name;
    TokenScope scope = TokenScope::Check;
    std::string salt;
    TokenHash hash{};
};

enum class TokenCheck {
    Accepted,
    Missing,    // no Authorization header, or not a bearer token: 401
    Invalid,    // unknown, revoked or wrong secret: 401
    Forbidden,  // a valid token whose scope does not allow this: 403
};

// Checks bearer tokens against the valid tokens in memory, from any number of server threads at once, without
// touching the database: the tokens are loaded from it (TokenStore::loadValid) and replaced whenever they change.
class TokenVerifier final {
public:
    TokenVerifier();
    // Any thread; checks already under way finish against the tokens they started with.
    void replace(std::vector<TokenEntry> tokens);
    // `authorization` is the value of the Authorization header ("Bearer sluice_..."), empty when absent.
    TokenCheck check(std::string_view authorization, TokenScope needed) const;
    // The same for a bare token (what follows "Bearer "); Missing when empty.
    TokenCheck checkToken(std::string_view token, TokenScope needed) const;
    // check(), and the accepted token's name in `name` (what the audit log says an admin API change was made by).
    TokenCheck check(std::string_view authorization, TokenScope needed, std::string& name) const;
    std::size_t size() const;

private:
    TokenCheck checkToken(std::string_view token, TokenScope needed, std::string* name) const;
    using Table = std::vector<TokenEntry>;  // by id
    std::atomic<std::shared_ptr<const Table>> m_tokens;
};

}  // namespace sluice::engine::http
