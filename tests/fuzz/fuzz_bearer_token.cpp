// SPDX-License-Identifier: Apache-2.0
// The Authorization header of every API request: any bytes are refused or accepted, never a crash, and only the
// one real token is accepted.
#include "FuzzTarget.h"

#include "http/TokenSecret.h"
#include "http/TokenVerifier.h"

#include <string>
#include <string_view>

namespace {

constexpr std::string_view kSecret = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
constexpr std::string_view kSalt = "fixed salt 16 b.";

const sluice::engine::http::TokenVerifier& verifier()
{
    using namespace sluice::engine::http;
    static const TokenVerifier* const v = [] {
        auto* made = new TokenVerifier;
        TokenEntry entry;
        entry.id = 7;
        entry.name = "fuzz";
        entry.scope = TokenScope::Check;
        entry.salt = std::string(kSalt);
        entry.hash = *hashSecret(kSalt, kSecret);
        made->replace({entry});
        return made;
    }();
    return *v;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine::http;
    const std::string_view header(reinterpret_cast<const char*>(data), size);
    const TokenCheck check = verifier().check(header, TokenScope::Check);
    if (check == TokenCheck::Accepted) {
        // Whitespace around a field value is not part of it (RFC 9110, 5.5): the token is what lies between.
        std::string_view token = header.substr(header.find("sluice_"));
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) {
            token.remove_suffix(1);
        }
        const auto parts = tokenParts(token);
        sluice::fuzz::require(parts && parts->id == 7 && parts->secret == kSecret, "only the real token is accepted");
    }
    sluice::fuzz::require(verifier().check(header, TokenScope::Read) != TokenCheck::Accepted,
                          "a check token never reads metrics");
    return 0;
}
