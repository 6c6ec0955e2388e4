// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>

namespace sluice::engine {

// A line (or request) a source read and could not understand, as an operator looks it up: where it was,
// why it was refused, and how it began.
struct RejectedInput {
    std::uint64_t number = 0;  // 1-based line number in the file, or the request's sequence number
    std::string reason;
    std::string head;  // its first bytes, escaped so they print
};

}  // namespace sluice::engine
