// SPDX-License-Identifier: Apache-2.0
// The notification side of Database (schema 8): preferences and contacts rows, and the admin's changes to the
// inbox (read, acknowledged, deleted, cleaned up). The delivery service writes the notifications themselves
// through connections of its own.
#include "store/Database.h"

#include "core/Overloaded.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <string_view>
#include <variant>

namespace sluice::engine::store {

namespace {
// The first schema with the notification tables.
constexpr int kNotifySchema = 8;

}  // namespace

std::optional<StoreError> Database::applyNotifyChange(const AdminChange& change)
{
    if (m_schemaVersion < kNotifySchema) {
        return invalid("the database has no notification tables");
    }
    // Each id in its own statement, all in the admin change's transaction.
    const auto eachId = [&](const std::vector<std::uint64_t>& ids, std::string_view sql,
                            const std::function<void(Statement&, std::uint64_t)>& bind) -> std::optional<StoreError> {
        for (const std::uint64_t id : ids) {
            if (auto error = runOnce(sql, [&](Statement& st) { bind(st, id); })) {
                return error;
            }
        }
        return std::nullopt;
    };
    return std::visit(
        Overloaded{
            [&](const PutNotifyPreferences& c) {
                return runOnce("INSERT OR REPLACE INTO notification_preferences (recipient, preferences) "
                               "VALUES (?1, ?2)",
                               [&](Statement& st) {
                                   st.bind(1, c.recipient);
                                   st.bind(2, c.preferences);
                               });
            },
            [&](const RemoveNotifyPreferences& c) {
                return runOnce("DELETE FROM notification_preferences WHERE recipient = ?1",
                               [&](Statement& st) { st.bind(1, c.recipient); });
            },
            [&](const PutNotifyContact& c) {
                return runOnce("INSERT OR REPLACE INTO notification_contacts (key, email, phone, webhook) "
                               "VALUES (?1, ?2, ?3, ?4)",
                               [&](Statement& st) {
                                   st.bind(1, c.contact.key);
                                   st.bind(2, c.contact.email);
                                   st.bind(3, c.contact.phone);
                                   st.bind(4, c.contact.webhook);
                               });
            },
            [&](const RemoveNotifyContact& c) {
                return runOnce("DELETE FROM notification_contacts WHERE key = ?1",
                               [&](Statement& st) { st.bind(1, c.key); });
            },
            [&](const MarkNotificationsRead& c) -> std::optional<StoreError> {
                if (!c.all) {
                    return eachId(c.ids, "UPDATE notifications SET read_at = ?2 WHERE id = ?1 AND read_at = 0",
                                  [&](Statement& st, std::uint64_t id) {
                                      st.bind(1, static_cast<std::int64_t>(id));
                                      st.bind(2, toUnixMs(c.at));
                                  });
                }
                return runOnce(
                    "UPDATE notifications SET read_at = ?1 WHERE read_at = 0 AND (?2 = '' OR recipient = ?2)",
                    [&](Statement& st) {
                        st.bind(1, toUnixMs(c.at));
                        st.bind(2, c.recipient);
                    });
            },
            [&](const AcknowledgeNotification& c) {
                return runOnce("UPDATE notifications SET acknowledged_at = ?2, acknowledged_by = ?3, "
                               "read_at = CASE WHEN read_at = 0 THEN ?2 ELSE read_at END WHERE id = ?1",
                               [&](Statement& st) {
                                   st.bind(1, static_cast<std::int64_t>(c.id));
                                   st.bind(2, toUnixMs(c.at));
                                   st.bind(3, c.by);
                               });
            },
            // Deliveries go with their notification (ON DELETE CASCADE needs foreign keys on, so both are said).
            [&](const DeleteNotifications& c) -> std::optional<StoreError> {
                if (c.ids.empty()) {
                    const auto byRecipient = [&](Statement& st) { st.bind(1, c.recipient); };
                    if (auto error = runOnce("DELETE FROM notification_deliveries WHERE notification_id IN "
                                             "(SELECT id FROM notifications WHERE recipient = ?1)",
                                             byRecipient)) {
                        return error;
                    }
                    return runOnce("DELETE FROM notifications WHERE recipient = ?1", byRecipient);
                }
                const auto byId = [](Statement& st, std::uint64_t id) { st.bind(1, static_cast<std::int64_t>(id)); };
                if (auto error =
                        eachId(c.ids, "DELETE FROM notification_deliveries WHERE notification_id = ?1", byId)) {
                    return error;
                }
                return eachId(c.ids, "DELETE FROM notifications WHERE id = ?1", byId);
            },
            [&](const CleanupNotifications& c) -> std::optional<StoreError> {
                const auto before = [&](Statement& st) { st.bind(1, toUnixMs(c.before)); };
                if (auto error = runOnce("DELETE FROM notification_deliveries WHERE notification_id IN "
                                         "(SELECT id FROM notifications WHERE created_at < ?1)",
                                         before)) {
                    return error;
                }
                return runOnce("DELETE FROM notifications WHERE created_at < ?1", before);
            },
            [&](const auto&) -> std::optional<StoreError> { return invalid("not a notification change"); },
        },
        change);
}

std::optional<StoreError> Database::loadNotifyInto(PersistedState& state)
{
    if (m_schemaVersion < kNotifySchema) {
        return std::nullopt;  // a read-only look at an older file: nothing to restore
    }
    auto error = readRows("SELECT COALESCE(MAX(id), 0) FROM notifications", [&](const Statement& row) {
        state.notificationMaxId = static_cast<std::uint64_t>(std::max<std::int64_t>(row.columnInt64(0), 0));
    });
    if (!error) {
        error = readRows(
            "SELECT recipient, preferences FROM notification_preferences ORDER BY recipient",
            [&](const Statement& row) { state.notifyPreferences.emplace_back(row.columnText(0), row.columnText(1)); });
    }
    if (!error) {
        error = readRows("SELECT key, email, phone, webhook FROM notification_contacts ORDER BY key",
                         [&](const Statement& row) {
                             state.notifyContacts.push_back(
                                 {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3)});
                         });
    }
    return error;
}

}  // namespace sluice::engine::store
