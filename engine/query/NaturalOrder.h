// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace sluice::engine {

// Orders keys as people count: runs of digits compare by their value, so bot-999 comes before bot-1000 and
// bot-1001 before bot-10000. Everything else compares byte by byte. Of two keys that differ only in leading
// zeros, the one with fewer comes first, so distinct keys never compare equal.
int naturalCompare(std::string_view a, std::string_view b);
inline bool naturalLess(std::string_view a, std::string_view b) { return naturalCompare(a, b) < 0; }

inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace sluice::engine
