// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/StoreTypes.h"

#include <cstdint>
#include <optional>
#include <string>

struct sqlite3;

// Shared by the read-write and the read-only open. Internal to the store.
namespace sluice::engine::store {

// The error for SQLite result `rc` while doing `action` ("read", "open") on the file at `path`.
StoreError sqliteError(sqlite3* db, int rc, const std::string& path, const std::string& action);

// Refuses a file that is not a Sluice database or is newer than this build; only reads. `forWriting` also
// accepts a blank database (ours to initialise) and refuses a connection SQLite opened read-only.
std::optional<StoreError> checkHeader(sqlite3* db, const std::string& path, std::int64_t& applicationId,
                                      bool forWriting);

}  // namespace sluice::engine::store
