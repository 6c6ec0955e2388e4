// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine {

// What an anomaly alert is about. Stored by name (nameOf), so a kind is never renamed.
enum class AnomalyKind : std::uint8_t {
    Spike,          // a metric far above its baseline (seasonal deviation)
    Drop,           // a metric far below it: an upstream outage, a broken client
    LevelShift,     // a lasting change of level (novelty against the series' own history of surprise)
    KeySurge,       // one key far above its own history (heavy-hitter sketch)
    NewKeyFlood,    // many keys never seen before (sign-up bots, a botnet)
    RouteStuffing,  // many keys hitting one route (credential stuffing)
    CountryShift,   // the mix of countries moved away from its usual shares
};
inline constexpr int kAnomalyKindCount = 7;

enum class AlertState : std::uint8_t { Open, Acknowledged, Resolved };

// What the engine did on its own when the alert fired, and whether an admin took it back.
struct AlertResponse {
    bool throttleRaised = false;
    ThrottleLevel throttleLevel = ThrottleLevel::None;
    TimeNs throttleUntil = 0;
    std::vector<std::string> keysLowered;  // keys whose reputation was lowered
    float reputationPenalty = 0;           // points taken from each of them
    std::vector<float> pointsTaken;        // per key in keysLowered, what was taken (a score stops at 0)
    bool notified = false;                 // an anomaly event was raised for the notifications
    bool undone = false;
    std::string undoneBy;
    TimeNs undoneAt = 0;
};

// One alert per incident: from the first anomalous sample until the metric was normal for a while.
struct AnomalyAlert {
    std::uint64_t id = 0;  // unique in the database, increasing
    AnomalyKind kind = AnomalyKind::Spike;
    std::string metric;     // "requests", "denials", "active_keys", "new_keys", "route:/login", "country:DE", "key:<k>"
    double confidence = 0;  // 0..1, the highest of the incident
    TimeNs start = 0;       // the first anomalous sample
    TimeNs end = 0;         // 0 while the incident lasts
    TimeNs lastAnomalous = 0;  // the latest anomalous sample
    double value = 0;          // the metric at the incident's most anomalous sample
    double expected = 0;       // and what the baseline expected then
    double spread = 0;         // its typical deviation then
    std::vector<std::pair<std::string, std::uint64_t>> affectedKeys;  // at most 20, most requests first
    AlertState state = AlertState::Open;
    std::string acknowledgedBy;
    TimeNs acknowledgedAt = 0;
    std::string resolvedBy;  // empty: resolved automatically
    TimeNs resolvedAt = 0;
    AlertResponse response;
};

// One sample of a metric on the detection grid, with the baseline it was judged against.
struct MetricPoint {
    TimeNs at = 0;
    float value = 0;
    float expected = 0;
    float spread = 0;
};

struct MetricSeries {
    std::string metric;
    std::vector<MetricPoint> points;  // oldest first, the last day at most
};

// Anomaly detection as a snapshot shows it. Shared: rebuilt only when a sample or an alert changed.
struct AnomalyView {
    bool enabled = false;              // the anomaly_detection feature gate is on
    double learnedDays = 0;            // days of history the seasonal baselines have seen
    double minDataDays = 7;            // before that only non-seasonal detectors alert
    std::vector<AnomalyAlert> alerts;  // the most recent ones, newest first (open ones always included)
    std::uint64_t openAlerts = 0;
    std::vector<MetricSeries> series;  // the global metrics, and each metric an alert in `alerts` is about
};

}  // namespace sluice::engine
