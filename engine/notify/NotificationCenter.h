// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"
#include "core/Clock.h"
#include "core/Notification.h"
#include "core/NotifyView.h"

#include <functional>
#include <memory>
#include <string>

namespace sluice::engine::notify {

struct CenterOptions {
    std::string databasePath;  // the engine's database (schema 8); the center keeps connections of its own
    NotifyConfig config;
    NotifySecrets secrets;
    const Clock* clock = nullptr;  // wall clock for attempts, backoff and breakers; null = the system clock
    std::uint64_t seed = 0;        // backoff jitter; 0 = from the system
};

// Delivers what the engine produced: a bounded in-memory queue from the engine thread, a dispatcher that makes
// each notification durable with one delivery row per chosen channel (in-app is sent by being written), and one
// worker thread per external channel with retries (exponential backoff, full jitter) and a circuit breaker.
// Notifications spilled to the database while the queue was full are dispatched once there is room. Pending
// deliveries are read back at start, so a restart loses nothing accepted or spilled.
class NotificationCenter final {
public:
    static std::unique_ptr<NotificationCenter> start(const CenterOptions& options, std::string& error);
    ~NotificationCenter();  // stop()
    NotificationCenter(const NotificationCenter&) = delete;
    NotificationCenter& operator=(const NotificationCenter&) = delete;

    // Engine thread. Never blocks. False when the queue is full: `notification` is left as it was and the caller
    // spills it to the database (store::StoreWriter::submitSpilledNotifications), then calls noteSpilled().
    bool offer(Notification& notification);
    void noteSpilled(std::size_t count);

    // Any thread. A new configuration or new secrets take effect for the next attempt.
    void configure(const NotifyConfig& config);
    void setSecrets(const NotifySecrets& secrets);
    // "Retry now": the delivery's next attempt is due at once (its breaker still applies).
    void retryNow(std::uint64_t notificationId, Channel channel);
    // "Send test message": one attempt on the channel's worker to `address` (empty: the ops destination), not
    // stored; `done` runs on that worker with the outcome.
    using TestDone = std::function<void(bool ok, const std::string& error)>;
    void sendTest(Channel channel, const std::string& address, TestDone done);

    NotifyView view() const;
    // Stops the workers after their current attempt; what is queued in memory is made durable first.
    void stop();

private:
    NotificationCenter() = default;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace sluice::engine::notify
