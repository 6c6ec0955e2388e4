// SPDX-License-Identifier: Apache-2.0
#include "query/NaturalOrder.h"

namespace sluice::engine {

namespace {
std::size_t skip(std::string_view s, std::size_t i, bool (*what)(char))
{
    while (i < s.size() && what(s[i])) {
        ++i;
    }
    return i;
}

bool isZero(char c) { return c == '0'; }
}  // namespace

int naturalCompare(std::string_view a, std::string_view b)
{
    int zeros = 0;  // the first difference in leading zeros: decides only when all else is equal
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            const std::size_t valueA = skip(a, i, isZero);
            const std::size_t valueB = skip(b, j, isZero);
            const std::size_t endA = skip(a, valueA, isAsciiDigit);
            const std::size_t endB = skip(b, valueB, isAsciiDigit);
            if (endA - valueA != endB - valueB) {
                return endA - valueA < endB - valueB ? -1 : 1;  // more significant digits: the larger number
            }
            if (const int c = a.substr(valueA, endA - valueA).compare(b.substr(valueB, endB - valueB)); c != 0) {
                return c < 0 ? -1 : 1;
            }
            if (zeros == 0 && valueA - i != valueB - j) {
                zeros = valueA - i < valueB - j ? -1 : 1;
            }
            i = endA;
            j = endB;
            continue;
        }
        if (a[i] != b[j]) {
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < a.size()) {
        return 1;
    }
    if (j < b.size()) {
        return -1;
    }
    return zeros;
}

}  // namespace sluice::engine
