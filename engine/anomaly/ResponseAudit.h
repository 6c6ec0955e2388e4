// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "throttle/ThrottleOverride.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::anomaly {

// The audit action of an automatic response. The engine writes it below the audit folder's layer, so the name is
// spelled here too; audit/AdminAudit.cpp checks at compile time that it is AuditActions::kAlertRespond.
inline constexpr std::string_view kRespondAuditAction = "alert.respond";

struct KeyScore {
    std::string key;
    float score = 0;
};

// What an automatic response touches, as the before or after of its audit row (alert.respond, alert.undo_response):
// {"throttle_override": {"level", "reason", "expires_at_ms", "actor"} or null, "keys": [{"key", "score"}]}.
std::string responseAuditState(const std::optional<ThrottleOverride>& override, const std::vector<KeyScore>& keys);

// The same after an undo, with what was given back: "restored": {"override_cleared": bool, "points": [[key, n]]}.
std::string undoAuditState(const std::optional<ThrottleOverride>& override, const std::vector<KeyScore>& keys,
                           bool overrideCleared, const std::vector<std::pair<std::string, float>>& points);

}  // namespace sluice::engine::anomaly
