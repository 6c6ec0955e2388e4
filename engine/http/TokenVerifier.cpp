// SPDX-License-Identifier: Apache-2.0
#include "http/TokenVerifier.h"

#include "http/Authorization.h"

#include <algorithm>

namespace sluice::engine::http {

TokenVerifier::TokenVerifier() : m_tokens(std::make_shared<const Table>()) {}

void TokenVerifier::replace(std::vector<TokenEntry> tokens)
{
    std::sort(tokens.begin(), tokens.end(), [](const TokenEntry& a, const TokenEntry& b) { return a.id < b.id; });
    m_tokens.store(std::make_shared<const Table>(std::move(tokens)));
}

TokenCheck TokenVerifier::check(std::string_view authorization, TokenScope needed) const
{
    return checkToken(bearerToken(authorization), needed);
}

TokenCheck TokenVerifier::checkToken(std::string_view token, TokenScope needed) const
{
    std::string name;
    return checkToken(token, needed, &name);
}

TokenCheck TokenVerifier::check(std::string_view authorization, TokenScope needed, std::string& name) const
{
    return checkToken(bearerToken(authorization), needed, &name);
}

TokenCheck TokenVerifier::checkToken(std::string_view token, TokenScope needed, std::string* name) const
{
    if (token.empty()) {
        return TokenCheck::Missing;
    }
    const auto parts = tokenParts(token);
    if (!parts) {
        return TokenCheck::Invalid;
    }
    const std::shared_ptr<const Table> table = m_tokens.load();
    const auto it = std::lower_bound(table->begin(), table->end(), parts->id,
                                     [](const TokenEntry& e, std::int64_t id) { return e.id < id; });
    if (it == table->end() || it->id != parts->id) {
        return TokenCheck::Invalid;
    }
    const auto hash = hashSecret(it->salt, parts->secret);
    if (!hash || !sameHash(*hash, it->hash)) {
        return TokenCheck::Invalid;
    }
    if (!scopeAllows(it->scope, needed)) {
        return TokenCheck::Forbidden;
    }
    *name = it->name;
    return TokenCheck::Accepted;
}

std::size_t TokenVerifier::size() const { return m_tokens.load()->size(); }

}  // namespace sluice::engine::http
