// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/AnomalyConfig.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace sluice::engine {

// Whether anomaly settings are usable; the sentence says which one is not.
std::optional<std::string> validate(const AnomalyConfig& config);

// The `anomaly` part of a configuration and the engine.anomaly settings row:
// {"sample_interval_s": 60, "alert_threshold": 0.8, "min_data_days": 7, "auto_resolve_after_s": 900,
//  "sensitivity": {"spike": 1, ...}, "respond": true, "response_throttle": "low", "response_throttle_for_s": 600,
//  "response_penalty": 10}. Fields left out keep the values of `base`; decoding throws JsonRead::Error naming
// the field.
nlohmann::json encodeAnomaly(const AnomalyConfig& config);
AnomalyConfig decodeAnomaly(const nlohmann::json& j, const std::string& path, AnomalyConfig base);

}  // namespace sluice::engine
