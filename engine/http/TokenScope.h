// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string_view>

namespace sluice::engine::http {

// What a bearer token may do on the HTTP API.
//   check: ask /v1/check (what a reverse proxy needs, and nothing more)
//   read:  read /metrics (what a Prometheus server needs) and the admin API (GET)
//   admin: everything check and read may, and changes through the admin API
enum class TokenScope { Check, Read, Admin };

std::string_view scopeName(TokenScope scope);  // "check", "read", "admin": as stored and typed
std::optional<TokenScope> scopeFromName(std::string_view name);
// Whether a token of scope `granted` may do what needs `needed`.
bool scopeAllows(TokenScope granted, TokenScope needed);

}  // namespace sluice::engine::http
