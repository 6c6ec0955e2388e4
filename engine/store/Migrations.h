// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/EmbeddedFile.h"

#include <span>
#include <vector>

namespace sluice::engine::store {

// One numbered file from resources/sql/. Internal to the store.
struct Migration {
    int version;       // the file's numeric prefix; versions run 1, 2, 3, ... without gaps (checked at build)
    const char* name;  // file name without ".sql", for error messages
    const char* sql;   // NUL-terminated so it can go straight to sqlite3_exec
};

// Oldest first.
std::span<const Migration> migrations();

// The files as compiled in; defined in the generated MigrationFiles.cpp.
std::span<const EmbeddedFile> embeddedMigrations();

}  // namespace sluice::engine::store
