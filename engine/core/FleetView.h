// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"
#include "core/Time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// What one engine of a fleet says of itself every second (redis/FleetRoster), and what the admin API's
// /api/fleet and the console's Fleet page show of it.
// The largest load reading a summary carries; a larger one is cut to it.
inline constexpr double kMaxLoadReading = 1e12;

struct EngineSummary {
    std::string id;  // host:pid, the same as the origin of the admin changes it shares
    std::string host;
    std::string version;
    TimeNs startedAt = 0;
    TimeNs at = 0;               // when the summary was made (wall clock)
    double decisionsPerSec = 0;  // over the last interval
    double deniedPerSec = 0;
    double lagMs = 0;  // the age of the engine's latest snapshot: how far its thread is behind
    std::uint64_t activeKeys = 0;
    std::string throttle;           // the level in force
    bool throttleAutomatic = true;  // false: an override holds it
    double throttleMultiplier = 1.0;
    // The load the throttle follows, as last measured; negative: not measured (no load source, or not this signal).
    double cpuPercent = -1;
    double memoryPercent = -1;
    double concurrency = -1;
    bool shared = false;        // decides through Redis
    bool degraded = false;      // some keys cannot reach their Redis node
    std::uint32_t nodesUp = 0;  // Redis nodes whose breaker is closed
    std::uint32_t nodes = 0;
    // Keys' reputation scores are kept with the fleet (false from engines before they told it), and how many score
    // changes this engine made alone since it started, because Redis could not take them.
    bool scoresShared = false;
    std::uint64_t scoreChangesAlone = 0;
    // The last entry of the fleet's change log this engine has taken ("<ms>-<seq>"; empty without a change log):
    // a change whose id is at or before it has reached this engine.
    std::string changeCursor;
    // Reputation: active keys by score (kHistogramBins bins of 5 points) and by tier (flagged, standard, trusted);
    // empty from engines before they were summarised.
    std::vector<std::uint64_t> histogram;
    std::vector<std::uint64_t> tiers;
    std::uint64_t vipAssignments = 0;
    // Denials a second by the tier of the key denied (flagged, standard, trusted); they add up to deniedPerSec.
    // Empty from engines before they were summarised.
    std::vector<double> deniedByTierPerSec;
    // The keys this engine denied most since each became active, most denied first (at most kTopDenied).
    struct DeniedKey {
        std::string key;
        std::uint64_t denied = 0;
    };
    static constexpr std::size_t kTopDenied = 10;
    std::vector<DeniedKey> topDenied;
    // The engine's anomaly alerts not yet resolved (open or acknowledged), newest first: at most kAlerts of them,
    // each with all its affected keys and keys its response lowered (an alert keeps at most kAlertKeys). An alert
    // the fleet's readers could not take (a key that is not UTF-8, a value out of range) is left out.
    // `unresolvedAlerts` counts them all. None from engines before they told their alerts.
    static constexpr std::size_t kAlerts = 20;
    static constexpr std::size_t kAlertKeys = 20;
    std::vector<AnomalyAlert> alerts;
    std::uint64_t unresolvedAlerts = 0;
    // The ops team's inbox as the engine's database holds it: the newest notifications (at most kInboxNotes) and how
    // many of the team's notifications are unread there. None from engines before they told their inbox, or without
    // a database.
    struct InboxNote {
        std::uint64_t id = 0;  // the engine's own
        std::string type;      // the stored name (tier_change, violation, throttle_change, ...)
        int severity = 0;      // 0 info, 1 warning, 2 critical
        TimeNs at = 0;
        std::string key;            // the key it is about; empty for ops-wide events
        std::string title;          // English, as the engine wrote it
        std::string body;           // at most kNoteBody bytes of it
        TimeNs readAt = 0;          // 0: unread
        TimeNs acknowledgedAt = 0;  // 0: not acknowledged
        std::string acknowledgedBy;
    };
    static constexpr std::size_t kInboxNotes = 10;
    static constexpr std::size_t kNoteBody = 600;
    std::vector<InboxNote> inbox;
    std::uint64_t unreadNotifications = 0;
};

struct FleetEntry {
    EngineSummary summary;
    bool silent = false;  // not heard of for FleetRoster's silentAfter: stopped, cut off, or hung
};

}  // namespace sluice::engine
