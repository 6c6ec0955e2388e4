// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace sluice::engine::logs {

// `s` without spaces and tabs at either end: what people type around a format, a key or a list item.
inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

}  // namespace sluice::engine::logs
