// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <string_view>

namespace sluice::engine::http {

// What a bearer token may do: check requests, read metrics and state, or administer.
enum class Scope { Check, Read, Admin };

// True when `bearerToken` is known and grants `needed`. Called on the server's thread for every request, so it
// must be quick and must not block. An empty function refuses every token.
using Authorize = std::function<bool(std::string_view bearerToken, Scope needed)>;

}  // namespace sluice::engine::http
