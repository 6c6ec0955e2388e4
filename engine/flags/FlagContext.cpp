// SPDX-License-Identifier: Apache-2.0
#include "flags/FlagContext.h"

namespace sluice::engine::flags {

std::optional<std::string_view> FlagContext::field(std::string_view name) const
{
    // As Unleash clients resolve a field: an empty value is a value not given.
    const auto given = [](std::string_view value) -> std::optional<std::string_view> {
        return value.empty() ? std::nullopt : std::optional<std::string_view>(value);
    };
    if (name == "userId") {
        return given(userId);
    }
    if (name == "sessionId") {
        return given(sessionId);
    }
    if (name == "remoteAddress") {
        return given(remoteAddress);
    }
    if (name == "environment") {
        return given(environment);
    }
    if (name == "appName") {
        return given(appName);
    }
    if (name == "hostname") {
        return given(hostname);
    }
    for (const auto& [key, value] : properties) {
        if (key == name) {
            return given(value);
        }
    }
    return std::nullopt;
}

}  // namespace sluice::engine::flags
