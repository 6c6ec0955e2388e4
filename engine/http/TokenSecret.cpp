// SPDX-License-Identifier: Apache-2.0
#include "http/TokenSecret.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <charconv>
#include <limits>
#include <memory>

namespace sluice::engine::http {

namespace {

constexpr std::string_view kPrefix = "sluice_";
constexpr std::size_t kSecretDigits = kTokenSecretBytes * 2;

bool isLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

}  // namespace

bool randomBytes(std::uint8_t* out, std::size_t count)
{
    return count <= static_cast<std::size_t>(std::numeric_limits<int>::max()) &&
           RAND_bytes(out, static_cast<int>(count)) == 1;
}

std::optional<std::string> newSecret()
{
    std::array<std::uint8_t, kTokenSecretBytes> bytes{};
    if (!randomBytes(bytes.data(), bytes.size())) {
        return std::nullopt;
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string secret;
    secret.reserve(kSecretDigits);
    for (const std::uint8_t b : bytes) {
        secret.push_back(kDigits[b >> 4]);
        secret.push_back(kDigits[b & 0xf]);
    }
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return secret;
}

std::string tokenText(std::int64_t id, std::string_view secret)
{
    std::string text(kPrefix);
    text += std::to_string(id);
    text += '_';
    text += secret;
    return text;
}

std::optional<TokenParts> tokenParts(std::string_view token)
{
    if (!token.starts_with(kPrefix)) {
        return std::nullopt;
    }
    token.remove_prefix(kPrefix.size());
    const std::size_t sep = token.find('_');
    if (sep == std::string_view::npos || sep == 0 || token.size() - sep - 1 != kSecretDigits) {
        return std::nullopt;
    }
    TokenParts parts;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + sep, parts.id);
    if (ec != std::errc() || end != token.data() + sep || parts.id <= 0) {
        return std::nullopt;
    }
    parts.secret = token.substr(sep + 1);
    for (const char c : parts.secret) {
        if (!isLowerHex(c)) {
            return std::nullopt;
        }
    }
    return parts;
}

std::optional<TokenHash> hashSecret(std::string_view salt, std::string_view secret)
{
    TokenHash hash{};
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned int length = 0;
    const bool ok = ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) == 1 &&
                    EVP_DigestUpdate(ctx.get(), salt.data(), salt.size()) == 1 &&
                    EVP_DigestUpdate(ctx.get(), secret.data(), secret.size()) == 1 &&
                    EVP_DigestFinal_ex(ctx.get(), hash.data(), &length) == 1 && length == hash.size();
    if (!ok) {
        return std::nullopt;
    }
    return hash;
}

bool sameHash(const TokenHash& a, const TokenHash& b) { return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0; }

}  // namespace sluice::engine::http
