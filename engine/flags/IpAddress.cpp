// SPDX-License-Identifier: Apache-2.0
#include "flags/IpAddress.h"

#include <charconv>

namespace sluice::engine::flags {

namespace {

constexpr int kV4MappedOffset = 12;
constexpr int kV4BitsInMapped = 96;

std::optional<unsigned> parseUnsigned(std::string_view digits, int base, unsigned max)
{
    if (digits.empty() || digits.size() > (base == 10 ? 3U : 4U)) {
        return std::nullopt;
    }
    unsigned value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (error != std::errc() || end != digits.data() + digits.size() || value > max) {
        return std::nullopt;
    }
    return value;
}

bool parseV4(std::string_view text, std::uint8_t* out)
{
    for (int i = 0; i < 4; ++i) {
        const std::size_t dot = text.find('.');
        if ((i < 3) == (dot == std::string_view::npos)) {
            return false;
        }
        const std::string_view part = text.substr(0, dot);
        if (part.size() > 1 && part.front() == '0') {
            return false;  // "010" is octal to some readers and decimal to others: refuse it
        }
        const auto value = parseUnsigned(part, 10, 255);
        if (!value) {
            return false;
        }
        out[i] = static_cast<std::uint8_t>(*value);
        text = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    }
    return true;
}

// Hex groups separated by ':' into out (16 bytes from `bytes`), an IPv4 tail allowed last; returns the bytes written.
std::optional<int> parseGroups(std::string_view text, std::uint8_t* out, int room, bool v4TailAllowed)
{
    int written = 0;
    while (!text.empty()) {
        const std::size_t colon = text.find(':');
        const std::string_view group = text.substr(0, colon);
        if (colon == std::string_view::npos && v4TailAllowed && group.find('.') != std::string_view::npos) {
            if (written + 4 > room || !parseV4(group, out + written)) {
                return std::nullopt;
            }
            return written + 4;
        }
        const auto value = parseUnsigned(group, 16, 0xffff);
        if (!value || written + 2 > room) {
            return std::nullopt;
        }
        out[written] = static_cast<std::uint8_t>(*value >> 8);
        out[written + 1] = static_cast<std::uint8_t>(*value & 0xff);
        written += 2;
        if (colon == std::string_view::npos) {
            break;
        }
        text.remove_prefix(colon + 1);
        if (text.empty()) {
            return std::nullopt;  // a trailing single ':'
        }
    }
    return written;
}

bool parseV6(std::string_view text, std::array<std::uint8_t, 16>& bytes)
{
    const std::size_t gap = text.find("::");
    if (gap == std::string_view::npos) {
        const auto written = parseGroups(text, bytes.data(), 16, true);
        return written && *written == 16;
    }
    if (text.find("::", gap + 1) != std::string_view::npos) {
        return false;
    }
    std::array<std::uint8_t, 16> tail{};
    const auto head = parseGroups(text.substr(0, gap), bytes.data(), 14, false);
    if (!head) {
        return false;
    }
    const auto back = parseGroups(text.substr(gap + 2), tail.data(), 14 - *head, true);
    if (!back) {
        return false;
    }
    for (int i = 0; i < *back; ++i) {
        bytes[16 - *back + i] = tail[i];
    }
    return true;
}

bool isV4Mapped(const std::array<std::uint8_t, 16>& bytes)
{
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0) {
            return false;
        }
    }
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

}  // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text)
{
    IpAddress address;
    if (text.find(':') == std::string_view::npos) {
        if (!parseV4(text, address.bytes.data() + kV4MappedOffset)) {
            return std::nullopt;
        }
        address.bytes[10] = 0xff;
        address.bytes[11] = 0xff;
        address.v4 = true;
        return address;
    }
    if (!parseV6(text, address.bytes)) {
        return std::nullopt;
    }
    address.v4 = isV4Mapped(address.bytes);
    return address;
}

std::optional<IpBlock> IpBlock::parse(std::string_view text)
{
    const std::size_t slash = text.find('/');
    IpBlock block;
    const auto base = IpAddress::parse(text.substr(0, slash));
    if (!base) {
        return std::nullopt;
    }
    block.base = *base;
    if (slash == std::string_view::npos) {
        return block;
    }
    // The prefix counts bits of the address as written: "10.0.0.0/8" over 32, "::ffff:10.0.0.0/104" over 128.
    const bool writtenAsV4 = text.substr(0, slash).find(':') == std::string_view::npos;
    const int maxBits = writtenAsV4 ? 32 : 128;
    const std::string_view digits = text.substr(slash + 1);
    const auto bits = parseUnsigned(digits, 10, static_cast<unsigned>(maxBits));
    if (!bits || (digits.size() > 1 && digits.front() == '0')) {
        return std::nullopt;
    }
    block.prefixBits = static_cast<int>(*bits) + (writtenAsV4 ? kV4BitsInMapped : 0);
    return block;
}

bool IpBlock::contains(const IpAddress& address) const
{
    int bits = prefixBits;
    for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        const std::uint8_t mask = bits >= 8 ? 0xff : static_cast<std::uint8_t>(0xff << (8 - bits));
        if ((base.bytes[i] & mask) != (address.bytes[i] & mask)) {
            return false;
        }
    }
    return true;
}

}  // namespace sluice::engine::flags
