// SPDX-License-Identifier: Apache-2.0
// The admin API's notification routes: the inbox (list, unread count) from the database; marking read,
// acknowledging and the preferences through the engine.
#include "config/NotifyConfigJson.h"
#include "http/AdminApi.h"
#include "http/AdminBodies.h"
#include "http/AdminReplies.h"
#include "notify/NotificationRouter.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

namespace {

constexpr std::array<const char*, 3> kSeverities{"info", "warning", "critical"};

}  // namespace

void AdminApi::notifications(const HttpRequest& request, Responder& responder)
{
    bool ok = true;
    const std::size_t limit = queryNumber(request, "limit", 100, 1000, ok);
    const std::size_t before = queryNumber(request, "before", 0, 9'000'000'000'000'000, ok);
    const std::string recipient = queryText(request, "recipient", ok);
    const std::string unread = queryText(request, "unread", ok);
    if (!ok || (!unread.empty() && unread != "true" && unread != "false")) {
        responder.send(problem(400, "limit, before, recipient, unread: limit a whole number up to 1000, before a "
                                    "notification id, unread true or false"));
        return;
    }
    read(responder, [limit, before, recipient, unreadOnly = unread == "true"](store::Database* db, const std::string&) {
        json items = json::array();
        const auto error = db->readRows(
            "SELECT id, type, recipient, key, created_at, severity, title, body, read_at, acknowledged_at, "
            "acknowledged_by FROM notifications WHERE (?1 = '' OR recipient = ?1) AND (?2 = 0 OR read_at = 0) "
            "AND (?3 = 0 OR id < ?3) ORDER BY id DESC LIMIT ?4",
            [&](const store::Statement& row) {
                const auto severity = static_cast<std::size_t>(std::clamp<std::int64_t>(row.columnInt64(5), 0, 2));
                items.push_back({{"id", row.columnInt64(0)},
                                 {"type", row.columnText(1)},
                                 {"recipient", row.columnText(2)},
                                 {"key", row.columnText(3)},
                                 {"created_at", instantOfMs(row.columnInt64(4))},
                                 {"severity", kSeverities[severity]},
                                 {"title", row.columnText(6)},
                                 {"body", row.columnText(7)},
                                 {"read", row.columnInt64(8) != 0},
                                 {"acknowledged_at", instantOfMs(row.columnInt64(9))},
                                 {"acknowledged_by", row.columnText(10)}});
            },
            [&](store::Statement& st) {
                st.bind(1, recipient);
                st.bind(2, std::int64_t{unreadOnly ? 1 : 0});
                st.bind(3, static_cast<std::int64_t>(before));
                st.bind(4, static_cast<std::int64_t>(limit));
            });
        return error ? problem(503, error->message) : jsonResponse(200, json{{"notifications", items}});
    });
}

void AdminApi::unreadCount(const HttpRequest& request, Responder& responder)
{
    bool ok = true;
    const std::string recipient = queryText(request, "recipient", ok);
    if (!ok) {
        responder.send(problem(400, "recipient: a malformed percent escape"));
        return;
    }
    read(responder, [recipient](store::Database* db, const std::string&) {
        std::int64_t unread = 0;
        const auto error = db->readRows(
            "SELECT count(*) FROM notifications WHERE read_at = 0 AND (?1 = '' OR recipient = ?1)",
            [&](const store::Statement& row) { unread = row.columnInt64(0); },
            [&](store::Statement& st) { st.bind(1, recipient); });
        return error ? problem(503, error->message) : jsonResponse(200, json{{"unread", unread}});
    });
}

void AdminApi::markRead(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::MarkNotificationsRead c = readMarkReadBody(request.body, actor);
    json done = c.all ? json{{"all", true}, {"recipient", c.recipient}} : json{{"ids", c.ids}};
    const auto engine = otherEngine(request, responder);
    if (!engine) {
        return;
    }
    if (!engine->empty()) {
        return forward(*engine, std::move(c), actor, responder, std::move(done));
    }
    sendHere(std::move(c), actor, responder, std::move(done));
}

void AdminApi::acknowledgeNotification(const std::string& id, const HttpRequest& request, Responder& responder,
                                       const std::string& actor)
{
    // Bound so that it binds as SQLite's signed 64-bit integer.
    const auto parsed = pathId(id, 9'000'000'000'000'000);
    if (!parsed) {
        responder.send(problem(400, "id: a notification's id, a whole number, is expected in the path"));
        return;
    }
    const std::uint64_t number = *parsed;
    const auto engine = otherEngine(request, responder);
    if (!engine) {
        return;
    }
    if (!engine->empty()) {
        // Its database is not this server's to look in: an unknown id changes nothing there.
        return forward(*engine, cmd::AcknowledgeNotification{number, actor}, actor, responder,
                       json{{"id", number}, {"acknowledged", true}});
    }
    // The engine takes an unknown id without complaint (nothing to change): the database says whether it exists.
    auto shared = std::make_shared<Responder>(std::move(responder));
    const bool queued = m_reads.post([this, shared, number, actor](store::Database* db, const std::string& error) {
        if (db == nullptr) {
            shared->send(problem(503, "the database cannot be read: " + error));
            return;
        }
        bool found = false;
        const auto failed = db->readRows(
            "SELECT 1 FROM notifications WHERE id = ?1", [&](const store::Statement&) { found = true; },
            [&](store::Statement& st) { st.bind(1, static_cast<std::int64_t>(number)); });
        if (failed || !found) {
            shared->send(failed ? problem(503, failed->message)
                                : problem(404, "id: no notification " + std::to_string(number)));
            return;
        }
        Responder taken = std::move(*shared);
        sendHere(cmd::AcknowledgeNotification{number, actor}, actor, taken,
                 json{{"id", number}, {"acknowledged", true}});
    });
    if (!queued) {
        shared->send(problem(503, "too many database reads are waiting; try again shortly"));
    }
}

void AdminApi::preferences(std::string recipient, Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared, recipient = std::move(recipient)](const EngineShards& e) {
        shared->send(jsonResponse(200, encodePreferences(e.notifications().preferences(recipient))));
    });
}

void AdminApi::setPreferences(std::string recipient, const HttpRequest& request, Responder& responder,
                              const std::string& actor)
{
    cmd::SetNotifyPreferences c = readPreferencesBody(std::move(recipient), request.body);
    json done = encodePreferences(c.preferences);
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

}  // namespace sluice::engine::http
