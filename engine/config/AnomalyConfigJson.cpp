// SPDX-License-Identifier: Apache-2.0
#include "config/AnomalyConfigJson.h"

#include "core/AnomalyNames.h"
#include "core/EngineText.h"
#include "core/JsonRead.h"

namespace sluice::engine {

namespace {
using nlohmann::json;

constexpr TimeNs kMaxSampleInterval = kNsPerHour;

TimeNs seconds(const json& j, const std::string& path, double min, double max)
{
    return static_cast<TimeNs>(JsonRead::whole(j, path, min, max)) * kNsPerSec;
}
}  // namespace

std::optional<std::string> validate(const AnomalyConfig& c)
{
    if (c.sampleInterval < kNsPerSec || c.sampleInterval > kMaxSampleInterval) {
        return say(Text::AnomalySampleInterval);
    }
    if (!(c.alertThreshold > 0 && c.alertThreshold <= 1)) {
        return say(Text::AnomalyAlertThreshold);
    }
    if (!(c.minDataDays >= 0 && c.minDataDays <= kMaxMinDataDays)) {
        return say(Text::AnomalyMinDataDays);
    }
    if (c.autoResolveAfter < kNsPerMin || c.autoResolveAfter > kMaxAutoResolve) {
        return say(Text::AnomalyAutoResolve);
    }
    for (int k = 0; k < kAnomalyKindCount; ++k) {
        if (!(c.sensitivity[k] >= 0 && c.sensitivity[k] <= kMaxSensitivity)) {
            return say(Text::AnomalySensitivity, {nameOf(static_cast<AnomalyKind>(k))});
        }
    }
    if (static_cast<int>(c.responseThrottle) >= kThrottleLevelCount) {
        return say(Text::UnknownThrottleLevel);
    }
    if (c.responseThrottleFor < kNsPerMin || c.responseThrottleFor > kMaxResponseThrottleFor) {
        return say(Text::AnomalyResponseThrottleFor);
    }
    if (!(c.responsePenalty >= 0 && c.responsePenalty <= 100)) {
        return say(Text::AnomalyResponsePenalty);
    }
    return std::nullopt;
}

json encodeAnomaly(const AnomalyConfig& c)
{
    json sensitivity = json::object();
    for (int k = 0; k < kAnomalyKindCount; ++k) {
        sensitivity[std::string(nameOf(static_cast<AnomalyKind>(k)))] = c.sensitivity[k];
    }
    return json{{"sample_interval_s", c.sampleInterval / kNsPerSec},
                {"alert_threshold", c.alertThreshold},
                {"min_data_days", c.minDataDays},
                {"auto_resolve_after_s", c.autoResolveAfter / kNsPerSec},
                {"sensitivity", sensitivity},
                {"respond", c.respond},
                {"response_throttle", std::string(nameOf(c.responseThrottle))},
                {"response_throttle_for_s", c.responseThrottleFor / kNsPerSec},
                {"response_penalty", c.responsePenalty}};
}

AnomalyConfig decodeAnomaly(const json& j, const std::string& path, AnomalyConfig c)
{
    JsonRead::requireObject(j, path,
                            {"sample_interval_s", "alert_threshold", "min_data_days", "auto_resolve_after_s",
                             "sensitivity", "respond", "response_throttle", "response_throttle_for_s",
                             "response_penalty"});
    const auto at = [&](const char* name) { return JsonRead::field(path, name); };
    if (j.contains("sample_interval_s")) {
        c.sampleInterval = seconds(j.at("sample_interval_s"), at("sample_interval_s"), 1, 3600);
    }
    if (j.contains("alert_threshold")) {
        c.alertThreshold = JsonRead::number(j.at("alert_threshold"), at("alert_threshold"), 0.01, 1);
    }
    if (j.contains("min_data_days")) {
        c.minDataDays = JsonRead::number(j.at("min_data_days"), at("min_data_days"), 0, kMaxMinDataDays);
    }
    if (j.contains("auto_resolve_after_s")) {
        c.autoResolveAfter = seconds(j.at("auto_resolve_after_s"), at("auto_resolve_after_s"), 60, 7 * 86400.0);
    }
    if (j.contains("sensitivity")) {
        const json& all = j.at("sensitivity");
        const std::string sp = at("sensitivity");
        JsonRead::requireObject(
            all, sp, {"spike", "drop", "level_shift", "key_surge", "new_key_flood", "route_stuffing", "country_shift"});
        for (const auto& item : all.items()) {
            const int k = static_cast<int>(*parseAnomalyKind(item.key()));
            c.sensitivity[k] =
                JsonRead::number(item.value(), JsonRead::field(sp, item.key().c_str()), 0, kMaxSensitivity);
        }
    }
    if (j.contains("respond")) {
        c.respond = JsonRead::boolean(j.at("respond"), at("respond"));
    }
    if (j.contains("response_throttle")) {
        const json& level = j.at("response_throttle");
        if (!level.is_string() || !parseThrottleLevel(level.get<std::string>(), c.responseThrottle)) {
            JsonRead::fail(at("response_throttle"), "expected one of none, low, medium, high, critical");
        }
    }
    if (j.contains("response_throttle_for_s")) {
        c.responseThrottleFor = seconds(j.at("response_throttle_for_s"), at("response_throttle_for_s"), 60, 86400);
    }
    if (j.contains("response_penalty")) {
        c.responsePenalty =
            static_cast<float>(JsonRead::number(j.at("response_penalty"), at("response_penalty"), 0, 100));
    }
    return c;
}

}  // namespace sluice::engine
