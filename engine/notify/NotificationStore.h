// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Notification.h"
#include "core/Time.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace sluice::engine::notify {

// One delivery of one notification that still has attempts to make.
struct PendingDelivery {
    Notification notification;
    Channel channel = Channel::Email;
    std::string address;
    std::uint32_t attempts = 0;
    TimeNs nextAttemptAt = 0;  // wall clock; 0 = at once
    DeliveryState state = DeliveryState::Pending;
};

// What one attempt changed of a delivery row.
struct AttemptRecord {
    std::uint64_t notificationId = 0;
    Channel channel = Channel::Email;
    DeliveryState state = DeliveryState::Pending;
    std::uint32_t attempts = 0;
    std::string lastError;
    TimeNs attemptAt = 0;      // wall clock
    TimeNs nextAttemptAt = 0;  // pending: when the next one is due
};

// The delivery service's own connection to the engine's database (schema 8). The store writer holds the file's
// single-instance lock; this connection takes none and shares the file through WAL and a busy timeout. Not
// thread-safe: each thread of the service opens its own.
class NotificationStore final {
public:
    // `durable`: every commit is synced (a power cut loses nothing it reported); otherwise commits survive a crash
    // of the process but the latest may be lost to a power cut (an attempt recorded then is at worst sent again).
    static std::unique_ptr<NotificationStore> open(const std::string& path, bool durable, std::string& error);
    ~NotificationStore();
    NotificationStore(const NotificationStore&) = delete;
    NotificationStore& operator=(const NotificationStore&) = delete;

    // One transaction: each notification's row (dispatched) and one delivery row per destination, the in-app one
    // sent at once. A notification already stored (spilled before) is marked dispatched. Returns the error.
    std::optional<std::string> accept(const std::vector<Notification>& notifications, TimeNs wallNow);
    // Up to `limit` spilled notifications that are not yet dispatched, oldest first: their delivery rows are
    // written and they are marked dispatched in one transaction, and they come back in `out`.
    std::optional<std::string> claimSpilled(std::size_t limit, TimeNs wallNow, std::vector<Notification>& out);
    // Every pending delivery on an external channel (after a restart: what is still to send).
    std::optional<std::string> loadPending(std::vector<PendingDelivery>& out);
    // One delivery, whatever its state; nullopt with an empty `error` when there is none.
    std::optional<PendingDelivery> loadDelivery(std::uint64_t id, Channel channel, std::string& error);
    std::optional<std::string> record(const AttemptRecord& attempt);
    std::optional<std::uint64_t> countSpilledWaiting(std::string& error);

private:
    struct Statements;
    NotificationStore(sqlite3* db, std::string path);
    std::optional<std::string> fail(const char* action);
    bool begin();
    bool commit();
    void rollback();
    std::optional<std::string> writeDeliveries(const Notification& notification, TimeNs wallNow);

    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unique_ptr<Statements> m_statements;
};

}  // namespace sluice::engine::notify
