// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"

#include <functional>
#include <string>
#include <string_view>

namespace sluice::engine::http {

// What a bearer token may do: check requests, read metrics and state, or administer.
enum class Scope { Check, Read, Admin };

// True when `bearerToken` is known and grants `needed`. Called on the server's thread for every request, so it
// must be quick and must not block. An empty function refuses every token.
using Authorize = std::function<bool(std::string_view bearerToken, Scope needed)>;

// The token of an `Authorization: Bearer <token>` field value; empty when it holds none.
std::string_view bearerToken(std::string_view authorization);

// The bearer token a check presents. With `readQuery`, an `access_token` query parameter (RFC 6750, section 2.3)
// comes first: a proxy that cannot add a header field to its check (Traefik's ForwardAuth) puts the token in the
// address it asks, and sends the client's own header fields, whose Authorization is not meant for Sluice.
// Otherwise the Authorization field's. `scratch` holds the decoded parameter. Empty when there is none.
std::string_view checkToken(const HttpRequest& request, bool readQuery, std::string& scratch);

}  // namespace sluice::engine::http
