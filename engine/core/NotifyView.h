// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyTypes.h"
#include "core/Time.h"

#include <array>
#include <cstdint>
#include <string>

namespace sluice::engine {

// One delivery channel as the snapshot shows it.
struct ChannelView {
    bool configured = false;  // has what it needs to send (in-app always)
    BreakerState breaker = BreakerState::Closed;
    TimeNs openUntil = 0;        // wall clock, while the breaker is open
    std::uint64_t sent = 0;      // since the start
    std::uint64_t failed = 0;    // deliveries given up since the start
    std::uint64_t attempts = 0;  // tries since the start, successful or not
    std::uint64_t pending = 0;   // waiting for a (next) attempt now
    std::string lastError;       // the latest failed attempt, for a person
};

// Notification delivery as it stands: the queue from the engine, what spilled to the database, each channel.
struct NotifyView {
    bool running = false;        // a delivery service runs (a database is open and written)
    std::uint64_t produced = 0;  // notifications the engine produced since the start
    std::uint64_t queued = 0;    // in the in-memory queue now
    std::uint64_t queueCapacity = 0;
    std::uint64_t accepted = 0;        // taken from the queue and made durable, since the start
    std::uint64_t spilled = 0;         // went to the database because the queue was full, since the start
    std::uint64_t spilledWaiting = 0;  // spilled and not yet dispatched to their channels
    std::array<ChannelView, kChannelCount> channels{};
};

}  // namespace sluice::engine
