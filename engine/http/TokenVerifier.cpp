// SPDX-License-Identifier: Apache-2.0
#include "http/TokenVerifier.h"

#include <algorithm>
#include <cctype>

namespace sluice::engine::http {

namespace {

// "Bearer <token>": the scheme is case-insensitive (RFC 9110), blanks around the token are tolerated.
std::string_view bearerToken(std::string_view authorization)
{
    constexpr std::string_view kScheme = "bearer ";
    if (authorization.size() <= kScheme.size()) {
        return {};
    }
    for (std::size_t i = 0; i < kScheme.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(authorization[i])) != kScheme[i]) {
            return {};
        }
    }
    std::string_view token = authorization.substr(kScheme.size());
    while (!token.empty() && (token.front() == ' ' || token.front() == '\t')) {
        token.remove_prefix(1);
    }
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) {
        token.remove_suffix(1);
    }
    return token;
}

}  // namespace

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
