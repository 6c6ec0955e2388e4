// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "config/EngineConfig.h"
#include "throttle/ThrottleOverride.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine {

// The engine configuration as JSON: the `--config` file and the persisted settings rows use the same
// shapes. Decoding names the field and the problem: "reputation.decay_factor: expected a number".
class ConfigJson final {
public:
    // The settings row of the throttle override: engine state rather than configuration, restored by the
    // engine itself. JSON null when there is none.
    static constexpr const char* kThrottleOverrideSetting = "engine.throttle_override";

    // A whole configuration document: {"policies": [...], "reputation": {...}, "features": {...},
    // "throttle": "none", "idle_eviction_s": 3600}. Fields left out keep the values of `base`.
    static std::optional<std::string> decode(const std::string& text, EngineConfig& config);
    static std::string encode(const EngineConfig& config);

    // Settings rows (name -> JSON text) that persist admin changes; applied over a configuration.
    static std::vector<std::pair<std::string, std::string>> settingsFor(const Command& command);
    // The current value of the engine setting `name` in `config`, as settingsFor() would write it; nullopt for
    // a name that is not an engine setting.
    static std::optional<std::string> settingValue(const std::string& name, const EngineConfig& config);
    // Reads the override row; `out` is empty for null. Returns what is wrong with an unreadable row.
    static std::optional<std::string> decodeOverride(const std::string& text, std::optional<ThrottleOverride>& out);
    static std::optional<std::string> applySetting(const std::string& name, const std::string& value,
                                                   EngineConfig& config);
};

}  // namespace sluice::engine
