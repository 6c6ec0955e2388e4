// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "sim/Scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::sim {

// Decodes a scenario document. On failure `error` names the file, the field as a JSON path and the problem:
// "flash-crowd.json: events[0].factor: must be between 1 and 100". Unknown fields are errors, so a typo
// cannot silently fall back to a default.
bool parseScenario(std::string_view text, std::string_view fileName, Scenario& out, std::string& error);

// `nameOrPath` is a built-in scenario's name ("normal-day") or the path of a scenario file.
bool loadScenario(const std::string& nameOrPath, Scenario& out, std::string& error);

// The scenarios compiled into the library from resources/scenarios/ (no files needed at run time).
std::vector<std::string> builtinScenarioNames();
std::optional<Scenario> builtinScenario(std::string_view name);

// Applies the scenario's "engine" section (a ConfigJson document) over `config`; nullopt when applied or
// when the scenario has none. The loader has already checked it, so this fails only on a hand-built Scenario.
std::optional<std::string> applyEngineConfig(const Scenario& scenario, EngineConfig& config);

}  // namespace sluice::engine::sim
