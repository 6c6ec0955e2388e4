// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Event.h"
#include "core/Time.h"

#include <cstdint>
#include <string>

namespace sluice::engine {

// History events by the table they go to, so a loss can be named: "12 reputation events and 1 throttle event".
struct StoreEventCounts {
    std::uint64_t reputation = 0;  // violations and tier changes
    std::uint64_t vip = 0;
    std::uint64_t throttle = 0;
    std::uint64_t anomaly = 0;  // alert notifications (the alerts themselves are rows of their own)

    std::uint64_t total() const { return reputation + vip + throttle + anomaly; }
    void add(EventKind kind, std::uint64_t n = 1)
    {
        switch (kind) {
        case EventKind::Violation:
        case EventKind::TierChanged:
            reputation += n;
            return;
        case EventKind::ThrottleChanged:
            throttle += n;
            return;
        case EventKind::VipAssigned:
        case EventKind::VipRevoked:
        case EventKind::VipExpired:
        case EventKind::VipExpiring:
            vip += n;
            return;
        case EventKind::AnomalyAlert:
            anomaly += n;
            return;
        }
    }
    StoreEventCounts& operator+=(const StoreEventCounts& other)
    {
        reputation += other.reputation;
        vip += other.vip;
        throttle += other.throttle;
        anomaly += other.anomaly;
        return *this;
    }
};

// Whether history reaches the database. A failed write (a busy database, a full disk) is kept in memory and
// retried; only what goes beyond the memory bound, or is still unwritten when the store shuts down after its
// last retries, is dropped, and then counted here.
struct StoreHealth {
    StoreEventCounts eventsPending;  // held in memory, waiting to be written
    std::uint64_t keysPending = 0;   // key reputation checkpoints held in memory
    StoreEventCounts eventsDropped;  // never stored: beyond the bound, or given up at shutdown
    std::uint64_t keysDropped = 0;
    std::string lastError;    // the latest failure as a sentence naming the file; kept after recovery
    std::string lastCause;    // the same in a few words, e.g. "database is locked"
    TimeNs failingSince = 0;  // wall clock (Unix time) of the first failed write not yet made good; 0 = healthy
    std::string databasePath;

    bool failing() const { return failingSince != 0; }
    bool lostAnything() const { return eventsDropped.total() != 0 || keysDropped != 0; }
};

}  // namespace sluice::engine
