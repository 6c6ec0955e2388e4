// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "throttle/LoadSourceConfig.h"

#include <nlohmann/json.hpp>

#include <string>

namespace sluice::engine {

// The "load" object of a configuration and the engine.load settings row:
// {"source": "prometheus", "prometheus": {"url": ..., "cpu_percent": {...}}, "traffic": {...}}.
// Fields left out keep the values of `base`; a problem throws JsonRead::Error naming the field.
LoadSourceConfig decodeLoadSource(const nlohmann::json& j, const std::string& path, LoadSourceConfig base);
nlohmann::json encodeLoadSource(const LoadSourceConfig& config);

}  // namespace sluice::engine
