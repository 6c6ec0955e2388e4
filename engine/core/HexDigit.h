// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::engine {

// The value of one hexadecimal digit (either case), or -1: percent-encoded URLs and JSON \u escapes.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

}  // namespace sluice::engine
