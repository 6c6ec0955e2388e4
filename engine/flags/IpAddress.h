// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sluice::engine::flags {

// An IPv4 or IPv6 address, IPv4 kept in its mapped IPv6 form (::ffff:a.b.c.d) so both spellings compare equal.
struct IpAddress {
    std::array<std::uint8_t, 16> bytes{};
    bool v4 = false;

    // Dotted quad ("10.0.0.1") or RFC 4291 text ("2001:db8::1", "::ffff:10.0.0.1"); no zone, no brackets.
    static std::optional<IpAddress> parse(std::string_view text);
};

// An address and a prefix length: "10.0.0.0/8", "2001:db8::/32", or one address (a block of one).
struct IpBlock {
    IpAddress base;
    int prefixBits = 128;  // counted over the 128-bit form, so an IPv4 /8 is 104 here

    static std::optional<IpBlock> parse(std::string_view text);
    bool contains(const IpAddress& address) const;
};

}  // namespace sluice::engine::flags
