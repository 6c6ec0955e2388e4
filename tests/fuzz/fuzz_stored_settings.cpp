// SPDX-License-Identifier: Apache-2.0
// The stored-settings decoder: every `settings` row of a database passes through it when the engine starts, so
// a bad row must give a message, never a crash. The first byte picks the row's name, the rest is its value; one
// name stands for a notification_preferences row, read back at start the same way, and two for a feature_flags and a
// flag_segments row (their client-features JSON).
#include "FuzzTarget.h"

#include "config/ConfigJson.h"
#include "config/NotifyConfigJson.h"
#include "flags/FlagsJson.h"

#include <array>
#include <string>

namespace {
constexpr const char* kPreferencesRow = "notification_preferences";
constexpr const char* kFlagRow = "feature_flags";
constexpr const char* kSegmentRow = "flag_segments";

// A flag or segment row: accepted ones write back to text that reads the same again.
void flagRow(const std::string& name, const std::string& value)
{
    using namespace sluice::engine::flags;
    if (name == kFlagRow) {
        const FlagRead read = readFeature(value);
        if (!read.flag) {
            sluice::fuzz::require(!read.error.empty(), "a refused flag row comes with a message");
            return;
        }
        const std::string written = writeFeature(*read.flag);
        const FlagRead again = readFeature(written);
        sluice::fuzz::require(again.flag && writeFeature(*again.flag) == written, "a flag row reads back the same");
        return;
    }
    std::string error;
    const auto segment = readSegment(value, error);
    if (!segment) {
        sluice::fuzz::require(!error.empty(), "a refused segment row comes with a message");
        return;
    }
    const std::string written = writeSegment(*segment);
    const auto again = readSegment(written, error);
    sluice::fuzz::require(again && writeSegment(*again) == written, "a segment row reads back the same");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    static const std::array<const char*, 14> kNames{
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
        kFlagRow,
        kSegmentRow,
    };
    if (size == 0) {
        return 0;
    }
    const std::string name = kNames[data[0] % kNames.size()];
    const std::string value(reinterpret_cast<const char*>(data + 1), size - 1);
    if (name == kFlagRow || name == kSegmentRow) {
        flagRow(name, value);
        return 0;
    }
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
