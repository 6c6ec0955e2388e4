// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string_view>

namespace sluice::engine {

// MurmurHash3, x86 32-bit variant: the hash rollout buckets are defined by, so other tools agree with us.
std::uint32_t murmur3x86_32(std::string_view bytes, std::uint32_t seed = 0);

}  // namespace sluice::engine
