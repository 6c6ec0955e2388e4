// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"
#include "core/Tiers.h"
#include "core/Time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

enum class EventKind : std::uint8_t {
    Violation,    // a key went over its limit within a penalty window; severity 1..3
    TierChanged,  // a key's reputation tier changed (violation, clean traffic or decay)
    VipAssigned,
    VipRevoked,
    VipExpired,  // raised at the exact expiry instant
    ThrottleChanged,
    VipExpiring,   // raised once per assignment, the configured lead time before it expires
    AnomalyAlert,  // an anomaly alert opened and its automatic response ran: the notification of it
};

std::string_view nameOf(EventKind kind);

// A ThrottleChanged event: the period at `level` that begins at the event's time.
struct ThrottlePeriodStart {
    ThrottleLevel level = ThrottleLevel::None;
    ThrottleLevel previous = ThrottleLevel::None;
    LoadSignals load;  // the latest reading when the period began
    bool automatic = true;
    std::string actor;  // who set or cleared an override
};

// Events are rare next to decisions (at most one violation per key per window), so owning strings is fine.
struct Event {
    EventKind kind = EventKind::Violation;
    TimeNs at = 0;
    std::string key;
    int severity = 0;
    float scoreBefore = 0;
    float scoreAfter = 0;
    ReputationTier tierBefore = ReputationTier::Standard;
    ReputationTier tierAfter = ReputationTier::Standard;
    std::string detail;         // VIP tier name, the reason of a throttle period, or what an anomaly alert is about
    std::uint64_t alertId = 0;  // AnomalyAlert: the alert
    bool byDecay = false;       // TierChanged: decay alone moved the score (owners may not want to hear of it)
    // TierChanged: the fleet's score moved by another engine's change, which that engine announces; stored and
    // shown here, but not announced twice.
    bool byFleet = false;
    ThrottlePeriodStart throttle;
};

using EventBatch = std::vector<Event>;

}  // namespace sluice::engine
