// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

namespace sluice::engine::redis {

// A text field of a document another engine wrote into Redis (a change, a summary, the fleet's state): false, not an
// exception, when it is missing, not text, or longer than `max` bytes, for the caller leaves such a document out.
inline bool textField(const nlohmann::json& j, const char* name, std::size_t max, std::string& out)
{
    const auto found = j.find(name);
    if (found == j.end() || !found->is_string() || found->get_ref<const std::string&>().size() > max) {
        return false;
    }
    out = found->get<std::string>();
    return true;
}

}  // namespace sluice::engine::redis
