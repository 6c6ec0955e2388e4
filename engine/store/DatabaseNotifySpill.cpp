// SPDX-License-Identifier: Apache-2.0
// Notifications the delivery service's queue had no room for: written with the engine's data, in its order.
#include "store/Database.h"

#include "store/NotificationRows.h"

#include <sqlite3.h>

namespace sluice::engine::store {

std::optional<StoreError> Database::insertSpilledNotifications(const std::vector<Notification>& notifications)
{
    if (notifications.empty()) {
        return std::nullopt;
    }
    // Rare (only while the queue is full), so prepared per transaction rather than kept. An id already written
    // stays as it is: the notification is one row however often it reaches the database.
    Statement insert;
    if (insert.prepare(m_db, insertNotificationSql("INSERT", "ON CONFLICT (id) DO NOTHING")) != SQLITE_OK) {
        return sqlError("prepare the notification insert on");
    }
    for (const Notification& notification : notifications) {
        auto scope = insert.scope();
        bindNotification(insert, notification, true, false);
        if (insert.step() != SQLITE_DONE) {
            return sqlError("write notifications to");
        }
    }
    return std::nullopt;
}

}  // namespace sluice::engine::store
