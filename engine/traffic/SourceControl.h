// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <variant>

namespace sluice::engine {

namespace control {
struct SetPaused {
    bool paused = true;
};
// Source seconds per wall second; SourceState::kUnpaced = as fast as the engine takes them.
struct SetSpeed {
    double speed = 1.0;
};
// One of SourceState::choices (or, for a simulation, a scenario file).
struct Choose {
    std::string choice;
};
}  // namespace control

// What an operator may ask of a running source. A source refuses what its kind cannot do.
using SourceControl = std::variant<control::SetPaused, control::SetSpeed, control::Choose>;

}  // namespace sluice::engine
