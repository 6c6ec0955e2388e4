// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FleetView.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::http {

// An alert one engine of the fleet has not resolved, with the engine's id (alert ids are each engine's own).
struct FleetAlert {
    std::string engine;
    AnomalyAlert alert;
};

// A notification of one engine's ops inbox, with the engine's id (notification ids are each engine's own).
struct FleetNote {
    std::string engine;
    EngineSummary::InboxNote note;
};

// What GET /api/fleet answers: the engines and the totals over those that answer.
struct FleetAnswer {
    std::vector<FleetEntry> engines;
    int answering = 0;
    double decisionsPerSec = 0;
    int degraded = 0;
    // Added up over the engines that answer: the fleet as one.
    double deniedPerSec = 0;
    std::uint64_t activeKeys = 0;
    std::uint64_t vipAssignments = 0;  // the most any engine holds: assignments are the fleet's, on every engine
    // Flagged, standard, trusted; an engine from before the split counts as standard. Empty when none answers.
    std::vector<double> deniedByTierPerSec;
    std::vector<EngineSummary::DeniedKey> topDenied;  // the engines' most denied keys, a key's denials added up
    std::vector<std::uint64_t> histogram;             // active keys by score, kHistogramBins bins
    std::vector<std::uint64_t> tiers;                 // flagged, standard, trusted
    // The alerts the engines have not resolved, newest first (at most kFleetAlerts), and how many there are in all.
    static constexpr std::size_t kFleetAlerts = 50;
    std::vector<FleetAlert> alerts;
    std::uint64_t unresolvedAlerts = 0;
    // The engines' ops inboxes as one, newest first (at most kFleetNotes), and their unread notifications added up.
    static constexpr std::size_t kFleetNotes = 50;
    std::vector<FleetNote> inbox;
    std::uint64_t unreadNotifications = 0;
};

FleetAnswer fleetAnswerOf(std::vector<FleetEntry> engines);
// Whether dotted version `a` ("0.1.0") comes before `b`; false when either is empty or not numbers.
bool versionBefore(const std::string& a, const std::string& b);
// Whether `version` is such a dotted version, which versionBefore can compare.
bool versionReads(const std::string& version);
nlohmann::json encodeFleetAnswer(const FleetAnswer& answer);
// Reads an answer from a server (the console's Fleet page); nullopt with `error` naming what is wrong.
std::optional<FleetAnswer> decodeFleetAnswer(std::string_view text, std::string& error);

}  // namespace sluice::engine::http
