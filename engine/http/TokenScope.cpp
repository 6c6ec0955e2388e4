// SPDX-License-Identifier: Apache-2.0
#include "http/TokenScope.h"

namespace sluice::engine::http {

std::string_view scopeName(TokenScope scope)
{
    switch (scope) {
    case TokenScope::Check:
        return "check";
    case TokenScope::Read:
        return "read";
    case TokenScope::Admin:
        return "admin";
    }
    return "check";
}

std::optional<TokenScope> scopeFromName(std::string_view name)
{
    for (const TokenScope scope : {TokenScope::Check, TokenScope::Read, TokenScope::Admin}) {
        if (scopeName(scope) == name) {
            return scope;
        }
    }
    return std::nullopt;
}

bool scopeAllows(TokenScope granted, TokenScope needed) { return granted == TokenScope::Admin || granted == needed; }

}  // namespace sluice::engine::http
