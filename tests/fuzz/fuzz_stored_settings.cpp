// SPDX-License-Identifier: Apache-2.0
// The stored-settings decoder: every `settings` row of a database passes through it when the engine starts, so
// a bad row must give a message, never a crash. The first byte picks the row's name, the rest is its value; one
// name stands for a notification_preferences row, read back at start the same way.
#include "FuzzTarget.h"

#include "config/ConfigJson.h"
#include "config/NotifyConfigJson.h"

#include <array>
#include <string>

namespace {
constexpr const char* kPreferencesRow = "notification_preferences";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    static const std::array<const char*, 12> kNames{
        "engine.policies",
        "engine.reputation",
        "engine.throttle",
        ConfigJson::kThrottleOverrideSetting,
        "engine.vip_expiring_lead_s",
        "engine.feature.reputation_system",
        "engine.feature.adaptive_limiting",
        "engine.feature.anomaly_detection",
        "engine.feature.no_such_feature",
        "engine.anomaly",
        "engine.notify",
        kPreferencesRow,
    };
    if (size == 0) {
        return 0;
    }
    const std::string name = kNames[data[0] % kNames.size()];
    const std::string value(reinterpret_cast<const char*>(data + 1), size - 1);
    if (name == kPreferencesRow) {
        // A notification_preferences row: read back at start like a setting.
        std::string error;
        if (const auto preferences = preferencesFromText(value, error)) {
            std::string again;
            sluice::fuzz::require(preferencesFromText(preferencesText(*preferences), again) == preferences,
                                  "accepted preferences read back the same after writing");
        } else {
            sluice::fuzz::require(!error.empty(), "refused preferences come with a message");
        }
        return 0;
    }
    if (name == ConfigJson::kThrottleOverrideSetting) {
        std::optional<ThrottleOverride> restored;
        if (const auto error = ConfigJson::decodeOverride(value, restored)) {
            sluice::fuzz::require(!error->empty() && !restored, "a refused override row leaves no override");
        }
        return 0;
    }
    EngineConfig config;
    const EngineConfig before = config;
    if (const auto error = ConfigJson::applySetting(name, value, config)) {
        sluice::fuzz::require(!error->empty(), "a refused settings row comes with a message");
        return 0;
    }
    // An accepted row reads back the same after writing.
    if (const auto written = ConfigJson::settingValue(name, config)) {
        EngineConfig again = before;
        sluice::fuzz::require(!ConfigJson::applySetting(name, *written, again),
                              "an accepted settings row reads back after writing");
    }
    return 0;
}
