// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AlertJson.h"

#include "core/AnomalyNames.h"
#include "core/Tiers.h"
#include "flags/InstantText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace sluice::engine::anomaly {

using json = nlohmann::json;

namespace {

// A key is at most 255 bytes; a metric names a key after a prefix.
constexpr std::size_t kMaxAlertText = 255;
constexpr std::size_t kMaxMetricText = 320;
constexpr double kMaxAlertNumber = 1e15;
constexpr std::uint64_t kMaxCount = 9'000'000'000'000'000ULL;

json instantJson(TimeNs at) { return at == 0 ? json(nullptr) : json(flags::instantText(at)); }

// Readers of one field each: false when it is there and not what it should be. A missing field keeps `out`.
bool instantAt(const json& j, const char* name, TimeNs& out)
{
    const auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
        return true;
    }
    if (!it->is_string()) {
        return false;
    }
    const auto at = flags::readInstantText(it->get_ref<const std::string&>());
    if (!at) {
        return false;
    }
    out = *at;
    return true;
}

bool textAt(const json& j, const char* name, std::size_t max, std::string& out)
{
    const auto it = j.find(name);
    if (it == j.end()) {
        return true;
    }
    if (!it->is_string() || it->get_ref<const std::string&>().size() > max) {
        return false;
    }
    out = it->get<std::string>();
    return true;
}

bool numberAt(const json& j, const char* name, double low, double high, double& out)
{
    const auto it = j.find(name);
    if (it == j.end()) {
        return true;
    }
    if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < low || it->get<double>() > high) {
        return false;
    }
    out = it->get<double>();
    return true;
}

bool flagAt(const json& j, const char* name, bool& out)
{
    const auto it = j.find(name);
    if (it == j.end()) {
        return true;
    }
    if (!it->is_boolean()) {
        return false;
    }
    out = it->get<bool>();
    return true;
}

bool validKey(const json& k)
{
    return k.is_string() && !k.get_ref<const std::string&>().empty() &&
           k.get_ref<const std::string&>().size() <= kMaxAlertText;
}

bool affectedKeysAt(const json& j, std::size_t maxKeys, AnomalyAlert& a)
{
    const auto it = j.find("affected_keys");
    if (it == j.end()) {
        return true;
    }
    if (!it->is_array() || it->size() > maxKeys) {
        return false;
    }
    for (const json& entry : *it) {
        if (!entry.is_object() || !entry.contains("key") || !validKey(entry.at("key")) || !entry.contains("requests") ||
            !entry.at("requests").is_number_unsigned() || entry.at("requests").get<std::uint64_t>() > kMaxCount) {
            return false;
        }
        a.affectedKeys.emplace_back(entry.at("key").get<std::string>(), entry.at("requests").get<std::uint64_t>());
    }
    return true;
}

bool responseAt(const json& j, std::size_t maxKeys, AlertResponse& r)
{
    const auto it = j.find("response");
    if (it == j.end()) {
        return true;
    }
    const json& o = *it;
    if (!o.is_object()) {
        return false;
    }
    std::string level;
    double penalty = 0;
    if (!flagAt(o, "throttle_raised", r.throttleRaised) || !textAt(o, "throttle_level", 32, level) ||
        !instantAt(o, "throttle_until", r.throttleUntil) || !numberAt(o, "reputation_penalty", 0, 100, penalty) ||
        !flagAt(o, "notified", r.notified) || !flagAt(o, "undone", r.undone) ||
        !textAt(o, "undone_by", kMaxAlertText, r.undoneBy) || !instantAt(o, "undone_at", r.undoneAt)) {
        return false;
    }
    if (!level.empty() && !parseThrottleLevel(level, r.throttleLevel)) {
        return false;
    }
    r.reputationPenalty = static_cast<float>(penalty);
    if (const auto keys = o.find("keys_lowered"); keys != o.end()) {
        if (!keys->is_array() || keys->size() > maxKeys) {
            return false;
        }
        for (const json& entry : *keys) {
            double taken = 0;
            if (!entry.is_object() || !entry.contains("key") || !validKey(entry.at("key")) ||
                !numberAt(entry, "points", 0, 100, taken)) {
                return false;
            }
            r.keysLowered.push_back(entry.at("key").get<std::string>());
            r.pointsTaken.push_back(static_cast<float>(taken));
        }
    }
    return true;
}

}  // namespace

json alertJson(const AnomalyAlert& a, std::size_t maxKeys)
{
    json keys = json::array();
    for (const auto& [key, requests] : a.affectedKeys) {
        if (keys.size() == maxKeys) {
            break;
        }
        keys.push_back({{"key", key}, {"requests", requests}});
    }
    const AlertResponse& r = a.response;
    json lowered = json::array();
    for (std::size_t i = 0; i < r.keysLowered.size() && i < maxKeys; ++i) {
        lowered.push_back({{"key", r.keysLowered[i]}, {"points", i < r.pointsTaken.size() ? r.pointsTaken[i] : 0.0F}});
    }
    return json{{"id", a.id},
                {"kind", nameOf(a.kind)},
                {"metric", a.metric},
                {"state", nameOf(a.state)},
                {"confidence", a.confidence},
                {"start", instantJson(a.start)},
                {"end", instantJson(a.end)},
                {"last_anomalous", instantJson(a.lastAnomalous)},
                {"value", a.value},
                {"expected", a.expected},
                {"spread", a.spread},
                {"affected_keys", keys},
                {"acknowledged_by", a.acknowledgedBy},
                {"acknowledged_at", instantJson(a.acknowledgedAt)},
                {"resolved_by", a.resolvedBy},
                {"resolved_at", instantJson(a.resolvedAt)},
                {"response",
                 {{"throttle_raised", r.throttleRaised},
                  {"throttle_level", nameOf(r.throttleLevel)},
                  {"throttle_until", instantJson(r.throttleUntil)},
                  {"keys_lowered", lowered},
                  {"reputation_penalty", r.reputationPenalty},
                  {"notified", r.notified},
                  {"undone", r.undone},
                  {"undone_by", r.undoneBy},
                  {"undone_at", instantJson(r.undoneAt)}}}};
}

std::optional<json> readableAlertJson(const AnomalyAlert& alert, std::size_t maxKeys)
{
    json j = alertJson(alert, maxKeys);
    if (!alertOf(j, maxKeys)) {
        return std::nullopt;
    }
    return j;
}

std::optional<AnomalyAlert> alertOf(const json& j, std::size_t maxKeys)
{
    if (!j.is_object()) {
        return std::nullopt;
    }
    AnomalyAlert a;
    const auto id = j.find("id");
    const auto kind = j.find("kind");
    const auto state = j.find("state");
    if (id == j.end() || !id->is_number_unsigned() || id->get<std::uint64_t>() > kMaxCount || kind == j.end() ||
        !kind->is_string() || state == j.end() || !state->is_string()) {
        return std::nullopt;
    }
    a.id = id->get<std::uint64_t>();
    const auto parsedKind = parseAnomalyKind(kind->get_ref<const std::string&>());
    const auto parsedState = parseAlertState(state->get_ref<const std::string&>());
    if (!parsedKind || !parsedState) {
        return std::nullopt;  // a kind or state a newer engine knows: not one this reader can show
    }
    a.kind = *parsedKind;
    a.state = *parsedState;
    const bool ok = textAt(j, "metric", kMaxMetricText, a.metric) && !a.metric.empty() &&
                    numberAt(j, "confidence", 0, 1, a.confidence) && instantAt(j, "start", a.start) &&
                    instantAt(j, "end", a.end) && instantAt(j, "last_anomalous", a.lastAnomalous) &&
                    numberAt(j, "value", -kMaxAlertNumber, kMaxAlertNumber, a.value) &&
                    numberAt(j, "expected", -kMaxAlertNumber, kMaxAlertNumber, a.expected) &&
                    numberAt(j, "spread", 0, kMaxAlertNumber, a.spread) && affectedKeysAt(j, maxKeys, a) &&
                    textAt(j, "acknowledged_by", kMaxAlertText, a.acknowledgedBy) &&
                    instantAt(j, "acknowledged_at", a.acknowledgedAt) &&
                    textAt(j, "resolved_by", kMaxAlertText, a.resolvedBy) &&
                    instantAt(j, "resolved_at", a.resolvedAt) && responseAt(j, maxKeys, a.response);
    if (!ok || a.start == 0) {
        return std::nullopt;
    }
    return a;
}

}  // namespace sluice::engine::anomaly
