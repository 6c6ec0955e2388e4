// SPDX-License-Identifier: Apache-2.0
// The scenario reader (`--scenario <file>`): any bytes give a scenario or a message, never a crash.
#include "FuzzTarget.h"

#include "sim/ScenarioLoader.h"

#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    sim::Scenario scenario;
    std::string error;
    if (!sim::parseScenario(text, "fuzz.json", scenario, error)) {
        sluice::fuzz::require(!error.empty(), "a refused scenario comes with a message");
        return 0;
    }
    // The loader checked the engine section, so applying it cannot fail.
    EngineConfig config;
    sluice::fuzz::require(!sim::applyEngineConfig(scenario, config), "an accepted scenario's engine section applies");
    return 0;
}
