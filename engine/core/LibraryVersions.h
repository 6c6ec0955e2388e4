// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace sluice::engine {

struct LibraryVersion {
    std::string name;
    std::string version;  // of the copy in use: the running one for shared libraries
    std::string license;
};

// The libraries the engine is built on, for About boxes and bug reports.
std::vector<LibraryVersion> libraryVersions();

}  // namespace sluice::engine
