// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>

namespace sluice::engine::sim {

// One file of resources/scenarios/, compiled in by EmbedScenarios.cmake. Internal to the loader.
struct EmbeddedScenario {
    const char* name;  // file name without ".json"
    const char* json;
};

// Sorted by name. Defined in the generated Scenarios.cpp.
std::span<const EmbeddedScenario> embeddedScenarios();

}  // namespace sluice::engine::sim
