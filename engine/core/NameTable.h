// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace sluice::engine {

// The enumerator whose stored name (an array in the enumerators' order) is `name`; nullopt when none is.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> parseName(const std::array<std::string_view, N>& names, std::string_view name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

}  // namespace sluice::engine
