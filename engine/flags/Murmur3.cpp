// SPDX-License-Identifier: Apache-2.0
#include "flags/Murmur3.h"

#include <cstring>

namespace sluice::engine {

namespace {
constexpr std::uint32_t kC1 = 0xcc9e2d51;
constexpr std::uint32_t kC2 = 0x1b873593;

constexpr std::uint32_t rotl(std::uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

constexpr std::uint32_t mixK(std::uint32_t k)
{
    k *= kC1;
    k = rotl(k, 15);
    return k * kC2;
}
}  // namespace

std::uint32_t murmur3x86_32(std::string_view bytes, std::uint32_t seed)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t len = bytes.size();
    const std::size_t blocks = len / 4;
    std::uint32_t h = seed;
    for (std::size_t i = 0; i < blocks; ++i) {
        std::uint32_t k = 0;
        std::memcpy(&k, data + i * 4, 4);  // the reference reads little-endian blocks
        h ^= mixK(k);
        h = rotl(h, 13);
        h = h * 5 + 0xe6546b64;
    }
    const unsigned char* tail = data + blocks * 4;
    std::uint32_t k = 0;
    switch (len & 3U) {
    case 3:
        k ^= static_cast<std::uint32_t>(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        k ^= static_cast<std::uint32_t>(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        k ^= tail[0];
        h ^= mixK(k);
        break;
    default:
        break;
    }
    h ^= static_cast<std::uint32_t>(len);
    h ^= h >> 16;
    h *= 0x85ebca6b;
    h ^= h >> 13;
    h *= 0xc2b2ae35;
    h ^= h >> 16;
    return h;
}

}  // namespace sluice::engine
