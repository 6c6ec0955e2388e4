// SPDX-License-Identifier: Apache-2.0
#include "core/LibraryVersions.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <xxhash.h>

namespace sluice::engine {

std::vector<LibraryVersion> libraryVersions()
{
    const auto dotted = [](int major, int minor, int patch) {
        return std::to_string(major)
            .append(".")
            .append(std::to_string(minor))
            .append(".")
            .append(std::to_string(patch));
    };
    return {
        {"SQLite", sqlite3_libversion(), "public domain"},
        {"nlohmann/json", dotted(NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH),
         "MIT"},
        {"xxHash", dotted(XXH_VERSION_MAJOR, XXH_VERSION_MINOR, XXH_VERSION_RELEASE), "BSD-2-Clause"},
    };
}

}  // namespace sluice::engine
