// SPDX-License-Identifier: Apache-2.0
// The settings reader (`--config <file>`): any bytes give a configuration or a message, never a crash; what it
// accepts survives a round trip through the writer.
#include "FuzzTarget.h"

#include "config/ConfigJson.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    const std::string text(reinterpret_cast<const char*>(data), size);
    EngineConfig config;
    if (const auto error = ConfigJson::decode(text, config)) {
        sluice::fuzz::require(!error->empty(), "a refused configuration comes with a message");
        return 0;
    }
    EngineConfig again;
    sluice::fuzz::require(!ConfigJson::decode(ConfigJson::encode(config), again),
                          "an accepted configuration reads back after writing");
    return 0;
}
