// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <optional>

namespace sluice::engine::anomaly {

// An alert as JSON: what the admin API lists (GET /api/alerts), what an engine tells its fleet of the alerts it has
// not resolved (redis/FleetRoster) and what /api/fleet passes on. Times are RFC 3339 instants (null: not yet);
// at most `maxKeys` of the affected keys and of the keys the response lowered are written.
nlohmann::json alertJson(const AnomalyAlert& alert, std::size_t maxKeys = 20);
// The same read back. nullopt when `j` is not such an alert: a reader leaves that entry out, so one odd alert from
// another engine never hides the engine or the rest of its alerts. Fields it does not know are left alone, and
// fields an older writer did not write keep their defaults.
std::optional<AnomalyAlert> alertOf(const nlohmann::json& j, std::size_t maxKeys = 20);
// The alert as JSON when alertOf reads it back, nullopt when a reader would refuse it (a value out of range, a text too
// long): what an engine tells others is what every reader lists.
std::optional<nlohmann::json> readableAlertJson(const AnomalyAlert& alert, std::size_t maxKeys);

}  // namespace sluice::engine::anomaly
