// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>

namespace sluice::engine::store {

// One numbered file from resources/sql/, compiled in by EmbedMigrations.cmake. Internal to the store.
struct Migration {
    int version;       // the file's numeric prefix; versions run 1, 2, 3, ... without gaps
    const char* name;  // file name, for error messages
    const char* sql;   // NUL-terminated so it can go straight to sqlite3_exec
};

// Oldest first. Defined in the generated Migrations.cpp.
std::span<const Migration> migrations();

}  // namespace sluice::engine::store
