// SPDX-License-Identifier: Apache-2.0
#include "flags/FlagContext.h"

#include <array>

namespace sluice::engine::flags {

namespace {

using Member = std::string_view FlagContext::*;
constexpr std::array<std::pair<std::string_view, Member>, 6> kFields{{
    {"userId", &FlagContext::userId},
    {"sessionId", &FlagContext::sessionId},
    {"remoteAddress", &FlagContext::remoteAddress},
    {"environment", &FlagContext::environment},
    {"appName", &FlagContext::appName},
    {"hostname", &FlagContext::hostname},
}};

}  // namespace

std::optional<std::string_view> FlagContext::field(std::string_view name) const
{
    std::string_view value;
    bool known = false;
    for (const auto& [fieldName, member] : kFields) {
        if (fieldName == name) {
            value = this->*member;
            known = true;
            break;
        }
    }
    for (auto it = properties.begin(); !known && it != properties.end(); ++it) {
        if (it->first == name) {
            value = it->second;
            known = true;
        }
    }
    // As Unleash clients resolve a field: an empty value is a value not given.
    return value.empty() ? std::nullopt : std::optional<std::string_view>(value);
}

}  // namespace sluice::engine::flags
