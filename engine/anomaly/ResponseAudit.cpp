// SPDX-License-Identifier: Apache-2.0
#include "anomaly/ResponseAudit.h"

#include <nlohmann/json.hpp>

namespace sluice::engine::anomaly {

namespace {
using nlohmann::json;

json state(const std::optional<ThrottleOverride>& override, const std::vector<KeyScore>& keys)
{
    json o = nullptr;
    if (override) {
        const json until = override->expiresAt == 0 ? json(nullptr) : json(override->expiresAt / kNsPerMs);
        o = json{{"level", std::string(nameOf(override->level))},
                 {"reason", override->reason},
                 {"expires_at_ms", until},
                 {"actor", override->actor}};
    }
    json list = json::array();
    for (const KeyScore& k : keys) {
        list.push_back(json{{"key", k.key}, {"score", k.score}});
    }
    return json{{"throttle_override", o}, {"keys", list}};
}

// Keys come from traffic: bytes that are not UTF-8 are written as U+FFFD, never thrown on.
std::string text(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }
}  // namespace

std::string responseAuditState(const std::optional<ThrottleOverride>& override, const std::vector<KeyScore>& keys)
{
    return text(state(override, keys));
}

std::string undoAuditState(const std::optional<ThrottleOverride>& override, const std::vector<KeyScore>& keys,
                           bool overrideCleared, const std::vector<std::pair<std::string, float>>& points)
{
    json given = json::array();
    for (const auto& [key, n] : points) {
        given.push_back(json::array({key, n}));
    }
    json out = state(override, keys);
    out["restored"] = json{{"override_cleared", overrideCleared}, {"points", given}};
    return text(out);
}

}  // namespace sluice::engine::anomaly
