// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sluice::engine::http {

inline constexpr std::size_t kTokenSaltBytes = 16;
inline constexpr std::size_t kTokenSecretBytes = 32;
inline constexpr std::size_t kTokenHashBytes = 32;  // SHA-256

using TokenHash = std::array<std::uint8_t, kTokenHashBytes>;

// A token as people handle it: "sluice_<id>_<secret>", the secret 64 hex digits from the system's random
// source. The id (the token's row) is not secret; it only saves trying every stored hash.
struct TokenParts {
    std::int64_t id = 0;
    std::string_view secret;
};

// Random bytes from OpenSSL's generator (seeded by the kernel). False when it cannot deliver.
bool randomBytes(std::uint8_t* out, std::size_t count);
// A new secret as 64 lower-case hex digits; nullopt when no random bytes could be had.
std::optional<std::string> newSecret();
std::string tokenText(std::int64_t id, std::string_view secret);
// The id and secret of a token; nullopt for anything not shaped like one.
std::optional<TokenParts> tokenParts(std::string_view token);
// SHA-256 of salt || secret; nullopt when OpenSSL cannot compute it.
std::optional<TokenHash> hashSecret(std::string_view salt, std::string_view secret);
// Compares in time independent of where the hashes differ.
bool sameHash(const TokenHash& a, const TokenHash& b);

}  // namespace sluice::engine::http
