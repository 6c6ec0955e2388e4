// SPDX-License-Identifier: Apache-2.0
// Stand-in until the evaluator lands.
#include "flags/FlagContext.h"

namespace sluice::engine::flags {

std::optional<std::string_view> FlagContext::field(std::string_view name) const
{
    if (name == "userId") {
        return userId.empty() ? std::nullopt : std::optional(userId);
    }
    if (name == "environment") {
        return environment;
    }
    for (const auto& [key, value] : properties) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace sluice::engine::flags
