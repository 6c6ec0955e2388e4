// SPDX-License-Identifier: Apache-2.0
#include "sim/ScenarioLoader.h"

#include "config/ConfigJson.h"
#include "core/InputFile.h"
#include "sim/BuiltinScenarios.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace sluice::engine::sim {

namespace {
const EmbeddedFile* findBuiltin(std::string_view name)
{
    for (const EmbeddedFile& s : embeddedScenarios()) {
        if (name == s.name) {
            return &s;
        }
    }
    return nullptr;
}

std::string builtinList()
{
    std::string out;
    for (const std::string& name : builtinScenarioNames()) {
        out += (out.empty() ? "" : ", ") + name;
    }
    return out;
}
}  // namespace

bool loadScenario(const std::string& nameOrPath, Scenario& out, std::string& error)
{
    if (const EmbeddedFile* builtin = findBuiltin(nameOrPath)) {
        return parseScenario(builtin->text, std::string(builtin->name) + ".json", out, error);
    }
    std::error_code ec;
    if (!std::filesystem::exists(nameOrPath, ec) && !ec) {  // other reasons (permissions) are readInputFile's
        error = "Cannot open scenario \"" + nameOrPath + "\": it is not a built-in scenario (" + builtinList() +
                ") and the file cannot be read (" + std::strerror(ENOENT) + ").";
        return false;
    }
    std::string text;
    if (auto problem = readInputFile(nameOrPath, kMaxScenarioBytes, text, "scenario file")) {
        error = *problem;
        return false;
    }
    return parseScenario(text, nameOrPath, out, error);
}

std::vector<std::string> builtinScenarioNames()
{
    std::vector<std::string> names;
    for (const EmbeddedFile& s : embeddedScenarios()) {
        names.emplace_back(s.name);
    }
    return names;
}

std::optional<Scenario> builtinScenario(std::string_view name)
{
    const EmbeddedFile* builtin = findBuiltin(name);
    Scenario s;
    std::string error;
    if (builtin == nullptr || !parseScenario(builtin->text, std::string(builtin->name) + ".json", s, error)) {
        return std::nullopt;  // a broken built-in fails tst_scenario_loader, so this is an unknown name
    }
    return s;
}

std::optional<std::string> applyEngineConfig(const Scenario& scenario, EngineConfig& config)
{
    if (scenario.engineJson.empty()) {
        return std::nullopt;
    }
    if (auto error = ConfigJson::decode(scenario.engineJson, config)) {
        return scenario.name + ": engine: " + *error;
    }
    return std::nullopt;
}

}  // namespace sluice::engine::sim
