// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::engine {

// A data file compiled into the engine by EmbedFiles.cmake (a built-in scenario, an SQL migration).
struct EmbeddedFile {
    const char* name;  // the file name without its extension
    const char* text;  // NUL-terminated, so SQL can go straight to sqlite3_exec
};

}  // namespace sluice::engine
