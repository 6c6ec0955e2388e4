// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigJson.h"

#include "config/AnomalyConfigJson.h"
#include "config/LoadSourceJson.h"
#include "config/NotifyConfigJson.h"
#include "core/InputFile.h"
#include "core/JsonRead.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace sluice::engine {

namespace {
using nlohmann::json;

constexpr const char* kPolicies = "engine.policies";
constexpr const char* kReputation = "engine.reputation";
constexpr const char* kThrottle = "engine.throttle";
constexpr const char* kFeaturePrefix = "engine.feature.";
constexpr const char* kVipExpiringLead = "engine.vip_expiring_lead_s";
constexpr const char* kLoad = "engine.load";
constexpr const char* kAnomaly = "engine.anomaly";
constexpr const char* kNotify = "engine.notify";

using DecodeError = JsonRead::Error;

// Text from admins (a route, an override's reason) may hold invalid UTF-8, on which dump() would throw; such
// bytes are written as U+FFFD instead.
std::string written(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Settings fields are 32-bit; the bounds each caller passes keep the value in range.
std::uint32_t whole(const json& j, const std::string& path, double min, double max)
{
    return static_cast<std::uint32_t>(JsonRead::whole(j, path, min, max));
}

template <typename T, typename Read>
void optional(const json& j, const char* name, const std::string& path, T& out, Read read)
{
    if (j.contains(name)) {
        out = read(j.at(name), path + "." + name);
    }
}

Policy decodePolicy(const json& j, const std::string& path)
{
    JsonRead::requireObject(j, path, {"route", "limit", "period_ms", "burst", "redis_failure", "local_fraction"});
    Policy p;
    if (j.contains("route")) {
        if (!j.at("route").is_string()) {
            JsonRead::fail(path + ".route", "expected a string");
        }
        p.route = j.at("route").get<std::string>();
    }
    p.limit = whole(j.value("limit", json(1000)), path + ".limit", 1, 1e9);
    p.period = static_cast<TimeNs>(whole(j.value("period_ms", json(60000)), path + ".period_ms", 1, 864e5)) * kNsPerMs;
    p.burst = whole(j.value("burst", json(p.limit)), path + ".burst", 1, 1e9);
    if (j.contains("redis_failure")) {
        const json& failure = j.at("redis_failure");
        if (!failure.is_string() || !sharedFailureFromName(failure.get<std::string>(), p.sharedFailure)) {
            JsonRead::fail(path + ".redis_failure", "expected \"local\", \"open\" or \"closed\"");
        }
    }
    if (j.contains("local_fraction")) {
        p.localFraction = JsonRead::number(j.at("local_fraction"), path + ".local_fraction", 0.001, 1.0);
    }
    return p;
}

std::vector<Policy> decodePolicies(const json& j, const std::string& path)
{
    if (!j.is_array() || j.empty()) {
        JsonRead::fail(path, "expected a non-empty array, the default policy first");
    }
    std::vector<Policy> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        out.push_back(decodePolicy(j[i], path + "[" + std::to_string(i) + "]"));
    }
    if (!out[0].route.empty()) {
        JsonRead::fail(path + "[0].route", "the first policy is the default and has no route");
    }
    return out;
}

ViolationBasis decodeViolationBasis(const json& j, const std::string& path)
{
    if (j.is_string() && j.get<std::string>() == "unthrottled") {
        return ViolationBasis::Unthrottled;
    }
    if (j.is_string() && j.get<std::string>() == "effective") {
        return ViolationBasis::Effective;
    }
    JsonRead::fail(path, "expected unthrottled or effective");
}

ReputationConfig decodeReputation(const json& j, const std::string& path, ReputationConfig r)
{
    JsonRead::requireObject(j, path,
                            {"initial_score", "neutral_score", "points_per_severity", "violation_window_s",
                             "severity2_ratio", "severity3_ratio", "clean_requests_per_point", "decay_factor",
                             "decay_interval_s", "flagged_below", "trusted_above", "tier_multipliers",
                             "violation_basis"});
    auto score = [](const json& v, const std::string& p) { return static_cast<float>(JsonRead::number(v, p, 0, 100)); };
    auto seconds = [](const json& v, const std::string& p) {
        return static_cast<TimeNs>(whole(v, p, 1, 30 * 86400.0)) * kNsPerSec;
    };
    optional(j, "initial_score", path, r.initialScore, score);
    optional(j, "neutral_score", path, r.neutralScore, score);
    optional(j, "points_per_severity", path, r.pointsPerSeverity,
             [](const json& v, const std::string& p) { return JsonRead::number(v, p, 0, 100); });
    optional(j, "violation_window_s", path, r.violationWindow, seconds);
    optional(j, "severity2_ratio", path, r.severity2Ratio,
             [](const json& v, const std::string& p) { return JsonRead::number(v, p, 1, 1000); });
    optional(j, "severity3_ratio", path, r.severity3Ratio,
             [](const json& v, const std::string& p) { return JsonRead::number(v, p, 1, 1000); });
    optional(j, "clean_requests_per_point", path, r.cleanRequestsPerPoint,
             [](const json& v, const std::string& p) { return whole(v, p, 1, 1e9); });
    optional(j, "decay_factor", path, r.decayFactor,
             [](const json& v, const std::string& p) { return JsonRead::number(v, p, 0.000001, 1); });
    optional(j, "decay_interval_s", path, r.decayInterval, seconds);
    optional(j, "flagged_below", path, r.flaggedBelow, score);
    optional(j, "trusted_above", path, r.trustedAbove, score);
    if (j.contains("tier_multipliers")) {
        const json& m = j.at("tier_multipliers");
        const std::string mp = path + ".tier_multipliers";
        JsonRead::requireObject(m, mp, {"flagged", "standard", "trusted"});
        for (int t = 0; t < kReputationTierCount; ++t) {
            const std::string name(nameOf(static_cast<ReputationTier>(t)));
            if (m.contains(name)) {
                r.tierMultipliers[t] = JsonRead::number(m.at(name), mp + "." + name, 0.5, 2.0);
            }
        }
    }
    optional(j, "violation_basis", path, r.violationBasis, decodeViolationBasis);
    return r;
}

json encodeReputation(const ReputationConfig& r)
{
    return json{
        {"initial_score", r.initialScore},
        {"neutral_score", r.neutralScore},
        {"points_per_severity", r.pointsPerSeverity},
        {"violation_window_s", r.violationWindow / kNsPerSec},
        {"severity2_ratio", r.severity2Ratio},
        {"severity3_ratio", r.severity3Ratio},
        {"clean_requests_per_point", r.cleanRequestsPerPoint},
        {"decay_factor", r.decayFactor},
        {"decay_interval_s", r.decayInterval / kNsPerSec},
        {"flagged_below", r.flaggedBelow},
        {"trusted_above", r.trustedAbove},
        {"tier_multipliers",
         {{"flagged", r.tierMultipliers[0]}, {"standard", r.tierMultipliers[1]}, {"trusted", r.tierMultipliers[2]}}},
        {"violation_basis", r.violationBasis == ViolationBasis::Effective ? "effective" : "unthrottled"}};
}

json encodePolicies(const std::vector<Policy>& policies)
{
    json out = json::array();
    for (const Policy& p : policies) {
        json policy{{"route", p.route}, {"limit", p.limit}, {"period_ms", p.period / kNsPerMs}, {"burst", p.burst}};
        // Only a fleet's settings: a policy without them reads (and audits) as it always did.
        if (p.sharedFailure != SharedFailure::Local) {
            policy["redis_failure"] = nameOf(p.sharedFailure);
        }
        if (p.localFraction != 1.0) {
            policy["local_fraction"] = p.localFraction;
        }
        out.push_back(std::move(policy));
    }
    return out;
}

json encodeGate(const FeatureGate& gate) { return json{{"enabled", gate.enabled}, {"percentage", gate.percentage}}; }

FeatureGate decodeGate(const json& j, const std::string& path)
{
    JsonRead::requireObject(j, path, {"enabled", "percentage"});
    FeatureGate g;
    if (j.contains("enabled")) {
        if (!j.at("enabled").is_boolean()) {
            JsonRead::fail(path + ".enabled", "expected true or false");
        }
        g.enabled = j.at("enabled").get<bool>();
    }
    g.percentage = static_cast<std::uint8_t>(whole(j.value("percentage", json(100)), path + ".percentage", 0, 100));
    return g;
}

ThrottleLevel decodeLevel(const json& j, const std::string& path)
{
    ThrottleLevel level = ThrottleLevel::None;
    if (!j.is_string() || !parseThrottleLevel(j.get<std::string>(), level)) {
        JsonRead::fail(path, "expected one of none, low, medium, high, critical");
    }
    return level;
}

TimeNs decodeLead(const json& j, const std::string& path)
{
    return static_cast<TimeNs>(whole(j, path, 60, 90 * 86400.0)) * kNsPerSec;
}

ThrottleConfig decodeThrottle(const json& j, const std::string& path, ThrottleConfig t)
{
    JsonRead::requireObject(j, path, {"thresholds", "sample_interval_s", "recovery_cooldown_s", "hysteresis_percent"});
    if (j.contains("thresholds")) {
        const json& all = j.at("thresholds");
        const std::string tp = path + ".thresholds";
        JsonRead::requireObject(all, tp, {"cpu_percent", "memory_percent", "concurrency"});
        for (int s = 0; s < kLoadSignalCount; ++s) {
            const std::string name(kLoadSignalNames[s]);
            if (!all.contains(name)) {
                continue;
            }
            const json& list = all.at(name);
            const std::string lp = tp + "." + name;
            if (!list.is_array() || list.size() != t.thresholds[s].size()) {
                JsonRead::fail(lp, "expected four thresholds: low, medium, high, critical");
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
                t.thresholds[s][i] = JsonRead::number(list[i], lp + "[" + std::to_string(i) + "]", 0, 1e9);
            }
        }
    }
    optional(j, "sample_interval_s", path, t.sampleInterval,
             [](const json& v, const std::string& p) { return static_cast<TimeNs>(whole(v, p, 1, 3600)) * kNsPerSec; });
    optional(j, "recovery_cooldown_s", path, t.recoveryCooldown, [](const json& v, const std::string& p) {
        return static_cast<TimeNs>(whole(v, p, 0, 86400)) * kNsPerSec;
    });
    optional(j, "hysteresis_percent", path, t.hysteresisPercent,
             [](const json& v, const std::string& p) { return JsonRead::number(v, p, 0, 99); });
    return t;
}

json encodeThrottle(const ThrottleConfig& t)
{
    json thresholds = json::object();
    for (int s = 0; s < kLoadSignalCount; ++s) {
        thresholds[std::string(kLoadSignalNames[s])] = t.thresholds[s];
    }
    return json{{"thresholds", thresholds},
                {"sample_interval_s", t.sampleInterval / kNsPerSec},
                {"recovery_cooldown_s", t.recoveryCooldown / kNsPerSec},
                {"hysteresis_percent", t.hysteresisPercent}};
}

json encodeOverride(const cmd::SetThrottleOverride& o)
{
    return json{{"level", std::string(nameOf(o.level))},
                {"reason", o.reason},
                {"expires_at_ms", o.expiresAt / kNsPerMs},
                {"actor", o.actor}};
}

// Settings rows and configuration files are small; a larger text is refused before it is parsed.
json parse(const std::string& text, const std::string& where, const char* kind)
{
    if (text.size() > kMaxConfigBytes) {
        JsonRead::fail(where, "larger than " + sizeText(kMaxConfigBytes) + ", the limit for " + kind);
    }
    return JsonRead::parse(text, where);
}

// Whatever a check missed surfaces as an error, never as an exception out of ConfigJson.
std::string unexpected(const std::string& where, const json::exception& e)
{
    return (where.empty() ? "" : where + ": ") + "cannot be read (" + e.what() + ")";
}

}  // namespace

std::optional<std::string> ConfigJson::decode(const std::string& text, EngineConfig& config)
{
    try {
        const json j = parse(text, "", "a configuration");
        JsonRead::requireObject(j, "",
                                {"policies", "reputation", "features", "throttle", "load", "idle_eviction_s",
                                 "vip_expiring_lead_s", "anomaly", "notify"});
        EngineConfig c = config;
        if (j.contains("policies")) {
            c.policies = decodePolicies(j.at("policies"), "policies");
        }
        if (j.contains("reputation")) {
            c.reputation = decodeReputation(j.at("reputation"), "reputation", c.reputation);
        }
        if (j.contains("features")) {
            const json& f = j.at("features");
            JsonRead::requireObject(f, "features", {"reputation_system", "adaptive_limiting", "anomaly_detection"});
            for (const auto& item : f.items()) {
                setFeatureGate(c, *parseFeature(item.key()), decodeGate(item.value(), "features." + item.key()));
            }
        }
        if (j.contains("throttle")) {
            c.throttle = decodeThrottle(j.at("throttle"), "throttle", c.throttle);
        }
        if (j.contains("load")) {
            c.load = decodeLoadSource(j.at("load"), "load", c.load);
        }
        if (j.contains("idle_eviction_s")) {
            c.idleEviction =
                static_cast<TimeNs>(whole(j.at("idle_eviction_s"), "idle_eviction_s", 60, 365 * 86400.0)) * kNsPerSec;
        }
        if (j.contains("vip_expiring_lead_s")) {
            c.vipExpiringLead = decodeLead(j.at("vip_expiring_lead_s"), "vip_expiring_lead_s");
        }
        if (j.contains("anomaly")) {
            c.anomaly = decodeAnomaly(j.at("anomaly"), "anomaly", c.anomaly);
        }
        if (j.contains("notify")) {
            c.notify = decodeNotify(j.at("notify"), "notify", c.notify);
        }
        if (auto error = validate(c)) {
            return error;
        }
        config = c;
        return std::nullopt;
    } catch (const DecodeError& e) {
        return e.message;
    } catch (const json::exception& e) {
        return unexpected("", e);
    }
}

std::string ConfigJson::encode(const EngineConfig& config)
{
    json features = json::object();
    for (int f = 0; f < kFeatureCount; ++f) {
        features[std::string(nameOf(static_cast<Feature>(f)))] =
            encodeGate(featureGate(config, static_cast<Feature>(f)));
    }
    return json{{"policies", encodePolicies(config.policies)},
                {"reputation", encodeReputation(config.reputation)},
                {"features", features},
                {"throttle", encodeThrottle(config.throttle)},
                {"load", encodeLoadSource(config.load)},
                {"idle_eviction_s", config.idleEviction / kNsPerSec},
                {"vip_expiring_lead_s", config.vipExpiringLead / kNsPerSec},
                {"anomaly", encodeAnomaly(config.anomaly)},
                {"notify", encodeNotify(config.notify)}}
        .dump(2, ' ', false, json::error_handler_t::replace);  // as written(), indented for people
}

std::vector<std::pair<std::string, std::string>> ConfigJson::settingsFor(const Command& command)
{
    std::vector<std::pair<std::string, std::string>> out;
    if (const auto* c = std::get_if<cmd::SetThrottleConfig>(&command)) {
        out.emplace_back(kThrottle, written(encodeThrottle(c->config)));
    } else if (const auto* o = std::get_if<cmd::SetThrottleOverride>(&command)) {
        out.emplace_back(kThrottleOverrideSetting, written(encodeOverride(*o)));
    } else if (std::holds_alternative<cmd::ClearThrottleOverride>(command)) {
        out.emplace_back(kThrottleOverrideSetting, "null");
    } else if (const auto* p = std::get_if<cmd::SetPolicies>(&command)) {
        out.emplace_back(kPolicies, written(encodePolicies(p->policies)));
    } else if (const auto* r = std::get_if<cmd::SetReputationConfig>(&command)) {
        out.emplace_back(kReputation, written(encodeReputation(r->config)));
    } else if (const auto* l = std::get_if<cmd::SetVipExpiringLead>(&command)) {
        out.emplace_back(kVipExpiringLead, written(json(l->lead / kNsPerSec)));
    } else if (const auto* a = std::get_if<cmd::SetAnomalyConfig>(&command)) {
        out.emplace_back(kAnomaly, written(encodeAnomaly(a->config)));
    } else if (const auto* n = std::get_if<cmd::SetNotifyConfig>(&command)) {
        out.emplace_back(kNotify, written(encodeNotify(n->config)));
    }
    return out;
}

std::optional<std::string> ConfigJson::settingValue(const std::string& name, const EngineConfig& config)
{
    if (name == kPolicies) {
        return written(encodePolicies(config.policies));
    }
    if (name == kReputation) {
        return written(encodeReputation(config.reputation));
    }
    if (name == kThrottle) {
        return written(encodeThrottle(config.throttle));
    }
    if (name == kVipExpiringLead) {
        return written(json(config.vipExpiringLead / kNsPerSec));
    }
    if (name == kLoad) {
        return written(encodeLoadSource(config.load));
    }
    if (name == kAnomaly) {
        return written(encodeAnomaly(config.anomaly));
    }
    if (name == kNotify) {
        return written(encodeNotify(config.notify));
    }
    return std::nullopt;
}

std::optional<std::string> ConfigJson::applySetting(const std::string& name, const std::string& value,
                                                    EngineConfig& config)
{
    const std::string where = "setting " + name;
    try {
        const json j = parse(value, where, "a setting");
        EngineConfig c = config;
        if (name == kPolicies) {
            c.policies = decodePolicies(j, where);
        } else if (name == kReputation) {
            c.reputation = decodeReputation(j, where, c.reputation);
        } else if (name == kThrottle) {
            c.throttle = decodeThrottle(j, where, c.throttle);
        } else if (name == kThrottleOverrideSetting) {
            // Engine state, restored by Engine::restore; checked here so that a bad row is reported.
            std::optional<ThrottleOverride> unused;
            return decodeOverride(value, unused);
        } else if (name == kVipExpiringLead) {
            c.vipExpiringLead = decodeLead(j, where);
        } else if (name == kLoad) {
            c.load = decodeLoadSource(j, where, c.load);
        } else if (name == kAnomaly) {
            c.anomaly = decodeAnomaly(j, where, c.anomaly);
        } else if (name == kNotify) {
            c.notify = decodeNotify(j, where, c.notify);
        } else if (name.rfind(kFeaturePrefix, 0) == 0) {
            // Rows of files from before feature flags; the built-in flags' rows in feature_flags, restored after
            // the settings, take precedence over them.
            const auto feature = parseFeature(name.substr(std::string(kFeaturePrefix).size()));
            if (!feature) {
                return where + ": unknown feature";
            }
            setFeatureGate(c, *feature, decodeGate(j, where));
        } else {
            return std::nullopt;  // not an engine setting: the console keeps its own
        }
        if (auto error = validate(c)) {
            return where + ": " + *error;
        }
        config = c;
        return std::nullopt;
    } catch (const DecodeError& e) {
        return e.message;
    } catch (const json::exception& e) {
        return unexpected(where, e);
    }
}

std::optional<std::string> ConfigJson::decodeOverride(const std::string& text, std::optional<ThrottleOverride>& out)
{
    out.reset();
    const std::string where = std::string("setting ") + kThrottleOverrideSetting;
    try {
        const json j = parse(text, where, "a setting");
        if (j.is_null()) {
            return std::nullopt;
        }
        JsonRead::requireObject(j, where, {"level", "reason", "expires_at_ms", "actor"});
        ThrottleOverride o;
        o.level = decodeLevel(j.value("level", json()), where + ".level");
        o.expiresAt = static_cast<TimeNs>(
                          JsonRead::number(j.value("expires_at_ms", json(0)), where + ".expires_at_ms", 0, 1e15)) *
                      kNsPerMs;
        for (auto [field, target] : {std::pair{"reason", &o.reason}, std::pair{"actor", &o.actor}}) {
            if (!j.contains(field) || !j.at(field).is_string()) {
                JsonRead::fail(where + "." + field, "expected a string");
            }
            *target = j.at(field).get<std::string>();
        }
        out = std::move(o);
        return std::nullopt;
    } catch (const DecodeError& e) {
        return e.message;
    } catch (const json::exception& e) {
        return unexpected(where, e);
    }
}

}  // namespace sluice::engine
