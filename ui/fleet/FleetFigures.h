// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/FleetJson.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace sluice::ui {

// Which engine a dashboard shows: this console's own (an empty scope), the fleet it is attached to as one
// (kWholeFleet), or one engine of that fleet (its id).
inline const QString kWholeFleet = QStringLiteral("*");

// A fleet's answer as a dashboard shows it for one scope: the totals over the engines that answer, or one engine's
// own figures.
struct FleetFigures {
    bool found = false;  // the engine is in the answer and answers; for the whole fleet, some engine answers
    double decisionsPerSec = 0;
    double deniedPerSec = 0;
    std::uint64_t activeKeys = 0;
    std::uint64_t vipAssignments = 0;
    std::vector<std::uint64_t> histogram;  // empty from engines before these figures
    std::vector<std::uint64_t> tiers;
    std::vector<engine::EngineSummary::DeniedKey> topDenied;
    // The alerts not resolved, newest first, each with its engine; and how many there are in all (the list is cut).
    std::vector<engine::http::FleetAlert> alerts;
    std::uint64_t unresolvedAlerts = 0;
    // The ops team's newest notifications, newest first, each with its engine; and how many are unread in all.
    std::vector<engine::http::FleetNote> inbox;
    std::uint64_t unreadNotifications = 0;
};

FleetFigures fleetFigures(const engine::http::FleetAnswer& answer, const QString& scope);

}  // namespace sluice::ui
