// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Request.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::bench {

// Requests laid out as a network source would hand them over: one contiguous byte buffer holding the keys
// in arrival order, and request records pointing into it. Nothing indexes a key array at decision time.
struct RequestStream {
    std::vector<char> bytes;
    std::vector<engine::Request> requests;

    // `keyOf(i)` picks the key number of request i; requests arrive `spacingNs` apart from `startNs`.
    template <typename Pick>
    static RequestStream make(std::size_t count, engine::TimeNs startNs, engine::TimeNs spacingNs, Pick keyOf);

    void shiftTime(engine::TimeNs by);
};

std::vector<std::uint32_t> uniformKeys(std::size_t count, std::uint32_t keys, std::uint64_t seed);
std::vector<std::uint32_t> zipfKeys(std::size_t count, std::uint32_t keys, double s, std::uint64_t seed);
RequestStream streamFor(const std::vector<std::uint32_t>& keyNumbers, engine::TimeNs startNs, engine::TimeNs spacingNs);

}  // namespace sluice::bench
