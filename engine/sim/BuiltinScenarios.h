// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/EmbeddedFile.h"

#include <span>

namespace sluice::engine::sim {

// The files of resources/scenarios/, named without ".json" and sorted by name. Internal to the loader;
// defined in the generated Scenarios.cpp.
std::span<const EmbeddedFile> embeddedScenarios();

}  // namespace sluice::engine::sim
