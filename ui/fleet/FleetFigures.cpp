// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetFigures.h"

namespace sluice::ui {

FleetFigures fleetFigures(const engine::http::FleetAnswer& answer, const QString& scope)
{
    FleetFigures out;
    if (scope == kWholeFleet) {
        out.found = answer.answering > 0;
        out.decisionsPerSec = answer.decisionsPerSec;
        out.deniedPerSec = answer.deniedPerSec;
        out.activeKeys = answer.activeKeys;
        out.vipAssignments = answer.vipAssignments;
        out.histogram = answer.histogram;
        out.tiers = answer.tiers;
        out.topDenied = answer.topDenied;
        out.alerts = answer.alerts;
        out.unresolvedAlerts = answer.unresolvedAlerts;
        out.inbox = answer.inbox;
        out.unreadNotifications = answer.unreadNotifications;
        return out;
    }
    const std::string id = scope.toStdString();
    for (const engine::FleetEntry& e : answer.engines) {
        if (e.summary.id != id) {
            continue;
        }
        const engine::EngineSummary& s = e.summary;
        out.found = !e.silent;
        out.decisionsPerSec = s.decisionsPerSec;
        out.deniedPerSec = s.deniedPerSec;
        out.activeKeys = s.activeKeys;
        out.vipAssignments = s.vipAssignments;
        out.histogram = s.histogram;
        out.tiers = s.tiers;
        out.topDenied = s.topDenied;
        if (!e.silent) {  // an engine not heard of lately: what it said then is not current, as in the fleet's list
            for (const engine::AnomalyAlert& a : s.alerts) {
                out.alerts.push_back({s.id, a});
            }
            out.unresolvedAlerts = s.unresolvedAlerts;
            for (const engine::EngineSummary::InboxNote& n : s.inbox) {
                out.inbox.push_back({s.id, n});
            }
            out.unreadNotifications = s.unreadNotifications;
        }
        break;
    }
    return out;
}

}  // namespace sluice::ui
