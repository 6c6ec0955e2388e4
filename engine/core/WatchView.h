// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <string>

namespace sluice::engine {

// What a runtime that watches a database another Sluice writes (RuntimeOptions::watch) says about it: which
// file, how recent the state on show is, and why the latest look at the file failed. Empty otherwise.
struct WatchView {
    bool watching = false;
    std::string databasePath;
    TimeNs stateWrittenAt = 0;  // wall clock: the file's newest commit when the state on show was read
    TimeNs stateReadAt = 0;     // wall clock: when the state on show was read
    std::uint64_t statesRead = 0;
    std::string error;  // empty while the file reads; else English (core/EngineText or SQLite's words)
};

}  // namespace sluice::engine
