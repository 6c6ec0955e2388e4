// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "redis/RedisClient.h"
#include "redis/RedisConnection.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace sluice::engine::redis {

// An admin change as it travels between the engines of a fleet: who made it, on which engine, and the command.
struct FleetChange {
    std::string origin;  // the engine it was made on
    std::string actor;   // the admin (an API token's name)
    Command command;
};

// The changes a fleet shares (VIP assignments and revocations, the throttle override and its clearing) as JSON
// on a Redis channel. `encodeFleetChange` is empty for a command the fleet does not share; `decodeFleetChange`
// is nullopt for text that is not such a change (from another program on the channel, or a newer Sluice).
std::string encodeFleetChange(const FleetChange& change);
std::optional<FleetChange> decodeFleetChange(std::string_view text);

// Admin changes shared by the engines of a fleet through Redis pub/sub (`<prefix>:changes`; a PUBLISH reaches
// every node of a cluster). publish() sends a change an admin made on this engine; a thread of its own
// subscribes, and hands each change another engine made to `apply`, which makes it here as an admin command of
// its own (durable and audited). Changes this engine made come back on the channel and are left alone. While Redis
// cannot be reached, nothing is shared: the subscriber connects again every second, and a change made meanwhile
// stays on the engine it was made on.
class FleetChanges final {
public:
    using Apply = std::function<void(FleetChange change)>;
    FleetChanges(RedisOptions options, std::string prefix, std::string origin, Apply apply);
    ~FleetChanges();
    FleetChanges(const FleetChanges&) = delete;
    FleetChanges& operator=(const FleetChanges&) = delete;

    // Any thread. False when the change could not be sent (Redis unreachable) or is not one the fleet shares.
    bool publish(const Command& command, const std::string& actor);
    const std::string& origin() const { return m_origin; }
    // Whether the subscriber is listening now.
    bool listening() const { return m_listening.load(); }

private:
    void subscribe();
    bool connect(RedisConnection*& out, std::unique_ptr<RedisConnection>& holder, std::string& error) const;

    RedisOptions m_options;
    std::string m_channel;
    std::string m_origin;
    Apply m_apply;
    std::mutex m_publishMutex;
    std::unique_ptr<RedisConnection> m_publisher;  // under m_publishMutex
    std::mutex m_stopMutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
    std::atomic<bool> m_listening{false};
    std::thread m_subscriber;
};

}  // namespace sluice::engine::redis
