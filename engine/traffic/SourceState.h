// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// What feeds a source's requests. Each kind says in its own words what it is doing.
enum class SourceKind {
    Simulation,    // a scenario's simulated clients
    LogTail,       // an access log followed as it grows
    LogReplay,     // an access log read once, at its own timing or as fast as possible
    HttpListener,  // live checks that reverse proxies send
};

// A source as the console shows it: what it is, whether it runs and how far it has got.
struct SourceState {
    std::string id;  // unique among the sources of one engine
    SourceKind kind = SourceKind::Simulation;
    std::string name;  // what it reads: the scenario, a file, an address; empty = idle, nothing chosen yet
    bool running = false;
    bool paused = false;
    double speed = 1.0;          // source seconds per wall second; kUnpaced = as fast as the engine takes them
    TimeNs lagNs = 0;            // how far behind its pacing (or the file's end) the source is
    std::uint64_t read = 0;      // lines or HTTP requests read, understood or not
    std::uint64_t requests = 0;  // handed to the engine
    std::uint64_t rejected = 0;  // read but not understood (a malformed log line, a bad HTTP request)
    double progress = -1;        // 0..1 for a source with an end (a replay); -1 = none
    std::string lastError;
    TimeNs virtualNow = 0;             // the source's own time where it has one (a simulation, a replay); else 0
    std::vector<std::string> choices;  // what `control::Choose` accepts, e.g. the built-in scenarios

    static constexpr double kUnpaced = 0.0;
};

}  // namespace sluice::engine
