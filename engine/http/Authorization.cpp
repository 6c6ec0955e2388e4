// SPDX-License-Identifier: Apache-2.0
#include "http/Authorization.h"

namespace sluice::engine::http {

std::string_view bearerToken(std::string_view authorization)
{
    // The scheme is case-insensitive (RFC 9110); blanks around the token are tolerated.
    constexpr std::string_view kScheme = "bearer";
    if (authorization.size() <= kScheme.size() || !equalsIgnoreCase(authorization.substr(0, kScheme.size()), kScheme) ||
        authorization[kScheme.size()] != ' ') {
        return {};
    }
    std::string_view token = authorization.substr(kScheme.size() + 1);
    while (!token.empty() && (token.front() == ' ' || token.front() == '\t')) {
        token.remove_prefix(1);
    }
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) {
        token.remove_suffix(1);
    }
    return token;
}

std::string_view checkToken(const HttpRequest& request, bool readQuery, std::string& scratch)
{
    const std::string_view parameter = readQuery ? request.queryParam("access_token") : std::string_view();
    if (parameter.empty()) {
        return bearerToken(request.header("Authorization"));
    }
    scratch.clear();
    if (!appendQueryDecoded(parameter, scratch)) {
        scratch.assign(parameter);  // a broken escape: no token matches it, so it is refused as a wrong one
    }
    return scratch;
}

}  // namespace sluice::engine::http
