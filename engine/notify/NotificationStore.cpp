// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationStore.h"

#include "store/NotificationRows.h"
#include "store/Statement.h"

#include <sqlite3.h>

namespace sluice::engine::notify {

using store::Statement;

namespace {
constexpr int kBusyTimeoutMs = 2000;
constexpr int kNotificationSchema = 11;  // attachments

constexpr const char* kNotificationColumns =
    "n.id, n.type, n.recipient, n.key, n.created_at, n.severity, n.title, n.body, n.attachments";
constexpr int kNotificationColumnCount = 9;

Notification readNotification(const Statement& row)
{
    Notification out;
    out.id = static_cast<std::uint64_t>(row.columnInt64(0));
    out.type = parseNotificationType(row.columnText(1)).value_or(NotificationType::Test);
    out.recipient = row.columnText(2);
    out.key = row.columnText(3);
    out.at = store::nsOfMs(row.columnInt64(4));
    out.severity = static_cast<int>(row.columnInt64(5));
    out.title = row.columnText(6);
    out.body = row.columnText(7);
    out.attachments = store::parseAttachments(row.columnText(8));
    return out;
}

std::string pendingSql(const char* where)
{
    return std::string("SELECT ") + kNotificationColumns +
           ", d.channel, d.address, d.attempts, d.next_attempt_at, d.state FROM notification_deliveries d "
           "JOIN notifications n ON n.id = d.notification_id WHERE " +
           where;
}

// A delivery row as the columns after the notification's read it; false when its channel is unknown.
bool readDelivery(const Statement& row, PendingDelivery& out)
{
    const auto channel = parseChannel(row.columnText(kNotificationColumnCount));
    if (!channel) {
        return false;
    }
    out.notification = readNotification(row);
    out.channel = *channel;
    out.address = row.columnText(kNotificationColumnCount + 1);
    out.attempts = static_cast<std::uint32_t>(row.columnInt64(kNotificationColumnCount + 2));
    out.nextAttemptAt = store::nsOfMs(row.columnInt64(kNotificationColumnCount + 3));
    out.state = parseDeliveryState(row.columnText(kNotificationColumnCount + 4)).value_or(DeliveryState::Pending);
    return true;
}
}  // namespace

struct NotificationStore::Statements {
    Statement begin;
    Statement commit;
    Statement rollback;
    Statement upsertNotification;
    Statement insertDelivery;
    Statement selectSpilled;
    Statement markDispatched;
    Statement selectPending;
    Statement selectDelivery;
    Statement record;
    Statement countSpilled;

    int prepare(sqlite3* db)
    {
        const std::pair<Statement*, std::string> all[] = {
            {&begin, "BEGIN IMMEDIATE"},
            {&commit, "COMMIT"},
            {&rollback, "ROLLBACK"},
            {&upsertNotification,
             store::insertNotificationSql("INSERT", "ON CONFLICT (id) DO UPDATE SET dispatched = 1")},
            {&insertDelivery,
             "INSERT INTO notification_deliveries (notification_id, channel, address, state, attempts, created_at, "
             "last_attempt_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"},
            {&selectSpilled, "SELECT id, type, recipient, key, created_at, severity, title, body, attachments, "
                             "destinations FROM notifications "
                             "WHERE dispatched = 0 ORDER BY id LIMIT ?"},
            {&markDispatched, "UPDATE notifications SET dispatched = 1 WHERE id = ?"},
            {&selectPending, pendingSql("d.state = 'pending' AND d.channel != 'in_app' ORDER BY n.id")},
            {&selectDelivery, pendingSql("d.notification_id = ? AND d.channel = ?")},
            {&record,
             // A delivery sent after failures keeps its last error: what went wrong before stays visible.
             "UPDATE notification_deliveries SET state = ?1, attempts = ?2, "
             "last_error = CASE WHEN ?1 = 'sent' THEN last_error ELSE ?3 END, last_attempt_at = ?4, "
             "next_attempt_at = ?5, sent_at = ?6 WHERE notification_id = ?7 AND channel = ?8"},
            {&countSpilled, "SELECT count(*) FROM notifications WHERE dispatched = 0"},
        };
        for (const auto& [statement, sql] : all) {
            if (const int rc = statement->prepare(db, sql); rc != SQLITE_OK) {
                return rc;
            }
        }
        return SQLITE_OK;
    }
};

std::unique_ptr<NotificationStore> NotificationStore::open(const std::string& path, bool durable, std::string& error)
{
    sqlite3* raw = nullptr;
    // No CREATE: the store writer made the file and its schema; without them there is nothing to deliver into.
    int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<NotificationStore> store(new NotificationStore(raw, path));
    if (rc != SQLITE_OK) {
        error = "Cannot open database " + path +
                " for notification delivery: " + (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        return nullptr;
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    const std::string pragmas =
        std::string("PRAGMA synchronous = ") + (durable ? "FULL" : "NORMAL") + "; PRAGMA foreign_keys = ON";
    if (sqlite3_exec(raw, pragmas.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        error = *store->fail("configure");
        return nullptr;
    }
    Statement version;
    int schema = 0;
    if (version.prepare(raw, "PRAGMA user_version") == SQLITE_OK && version.step() == SQLITE_ROW) {
        schema = static_cast<int>(version.columnInt64(0));
    }
    version.reset();
    if (schema < kNotificationSchema) {
        error = "Database " + path + " has no notification tables of schema " + std::to_string(kNotificationSchema) +
                " (it has schema " + std::to_string(schema) + ")";
        return nullptr;
    }
    if (rc = store->m_statements->prepare(raw); rc != SQLITE_OK) {
        error = *store->fail("prepare the notification statements on");
        return nullptr;
    }
    return store;
}

NotificationStore::NotificationStore(sqlite3* db, std::string path)
    : m_db(db), m_path(std::move(path)), m_statements(std::make_unique<Statements>())
{
}

NotificationStore::~NotificationStore()
{
    if (m_db != nullptr && sqlite3_get_autocommit(m_db) == 0) {
        rollback();
    }
    m_statements.reset();  // before the connection: it refuses to close with live statements
    sqlite3_close_v2(m_db);
}

std::optional<std::string> NotificationStore::fail(const char* action)
{
    return std::string("Cannot ") + action + " " + m_path + ": " + sqlite3_errmsg(m_db);
}

bool NotificationStore::begin()
{
    auto scope = m_statements->begin.scope();
    return m_statements->begin.step() == SQLITE_DONE;
}

bool NotificationStore::commit()
{
    auto scope = m_statements->commit.scope();
    return m_statements->commit.step() == SQLITE_DONE;
}

void NotificationStore::rollback()
{
    if (sqlite3_get_autocommit(m_db) == 0) {
        auto scope = m_statements->rollback.scope();
        m_statements->rollback.step();
    }
}

std::optional<std::string> NotificationStore::writeDeliveries(const Notification& notification, TimeNs wallNow)
{
    Statement& insert = m_statements->insertDelivery;
    for (const Destination& destination : notification.destinations) {
        auto scope = insert.scope();
        // In-app is delivered by being written: the inbox is this table.
        const bool inApp = destination.channel == Channel::InApp;
        insert.bind(1, static_cast<std::int64_t>(notification.id));
        insert.bind(2, nameOf(destination.channel));
        insert.bind(3, destination.address);
        insert.bind(4, nameOf(inApp ? DeliveryState::Sent : DeliveryState::Pending));
        insert.bind(5, static_cast<std::int64_t>(inApp ? 1 : 0));
        insert.bind(6, store::msOf(wallNow));
        insert.bind(7, inApp ? store::msOf(wallNow) : std::int64_t{0});
        insert.bind(8, inApp ? store::msOf(wallNow) : std::int64_t{0});
        if (insert.step() != SQLITE_DONE) {
            return fail("write notification deliveries to");
        }
    }
    return std::nullopt;
}

std::optional<std::string> NotificationStore::accept(const std::vector<Notification>& notifications, TimeNs wallNow)
{
    if (!begin()) {
        return fail("start a transaction on");
    }
    for (const Notification& notification : notifications) {
        Statement& upsert = m_statements->upsertNotification;
        {
            auto scope = upsert.scope();
            store::bindNotification(upsert, notification, false, true);
            if (upsert.step() != SQLITE_DONE) {
                auto error = fail("write notifications to");
                rollback();
                return error;
            }
        }
        if (auto error = writeDeliveries(notification, wallNow)) {
            rollback();
            return error;
        }
    }
    if (!commit()) {
        auto error = fail("commit notifications to");
        rollback();
        return error;
    }
    return std::nullopt;
}

std::optional<std::string> NotificationStore::claimSpilled(std::size_t limit, TimeNs wallNow,
                                                           std::vector<Notification>& out)
{
    out.clear();
    if (!begin()) {
        return fail("start a transaction on");
    }
    {
        Statement& select = m_statements->selectSpilled;
        auto scope = select.scope();
        select.bind(1, static_cast<std::int64_t>(limit));
        int rc = SQLITE_ROW;
        while ((rc = select.step()) == SQLITE_ROW) {
            Notification notification = readNotification(select);
            notification.destinations = store::parseDestinations(select.columnText(9));
            out.push_back(std::move(notification));
        }
        if (rc != SQLITE_DONE) {
            auto error = fail("read spilled notifications from");
            rollback();
            return error;
        }
    }
    for (const Notification& notification : out) {
        std::optional<std::string> error = writeDeliveries(notification, wallNow);
        if (!error) {
            Statement& mark = m_statements->markDispatched;
            auto scope = mark.scope();
            mark.bind(1, static_cast<std::int64_t>(notification.id));
            if (mark.step() != SQLITE_DONE) {
                error = fail("mark notifications dispatched in");
            }
        }
        if (error) {
            rollback();
            out.clear();
            return error;
        }
    }
    if (!commit()) {
        auto error = fail("commit notifications to");
        rollback();
        out.clear();
        return error;
    }
    return std::nullopt;
}

std::optional<std::string> NotificationStore::loadPending(std::vector<PendingDelivery>& out)
{
    Statement& select = m_statements->selectPending;
    auto scope = select.scope();
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        PendingDelivery delivery;
        if (readDelivery(select, delivery)) {
            out.push_back(std::move(delivery));
        }
    }
    return rc == SQLITE_DONE ? std::nullopt : fail("read pending deliveries from");
}

std::optional<PendingDelivery> NotificationStore::loadDelivery(std::uint64_t id, Channel channel, std::string& error)
{
    Statement& select = m_statements->selectDelivery;
    auto scope = select.scope();
    select.bind(1, static_cast<std::int64_t>(id));
    select.bind(2, nameOf(channel));
    const int rc = select.step();
    PendingDelivery delivery;
    if (rc == SQLITE_ROW && readDelivery(select, delivery)) {
        return delivery;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        error = *fail("read a delivery from");
    }
    return std::nullopt;
}

std::optional<std::string> NotificationStore::record(const AttemptRecord& attempt)
{
    Statement& update = m_statements->record;
    auto scope = update.scope();
    update.bind(1, nameOf(attempt.state));
    update.bind(2, static_cast<std::int64_t>(attempt.attempts));
    update.bind(3, attempt.lastError);
    update.bind(4, store::msOf(attempt.attemptAt));
    update.bind(5, attempt.state == DeliveryState::Pending ? store::msOf(attempt.nextAttemptAt) : std::int64_t{0});
    update.bind(6, attempt.state == DeliveryState::Sent ? store::msOf(attempt.attemptAt) : std::int64_t{0});
    update.bind(7, static_cast<std::int64_t>(attempt.notificationId));
    update.bind(8, nameOf(attempt.channel));
    return update.step() == SQLITE_DONE ? std::nullopt : fail("record a delivery attempt in");
}

std::optional<std::uint64_t> NotificationStore::countSpilledWaiting(std::string& error)
{
    Statement& count = m_statements->countSpilled;
    auto scope = count.scope();
    if (count.step() != SQLITE_ROW) {
        error = *fail("count spilled notifications in");
        return std::nullopt;
    }
    return static_cast<std::uint64_t>(count.columnInt64(0));
}

}  // namespace sluice::engine::notify
