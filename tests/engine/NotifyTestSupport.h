// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpServer.h"
#include "notify/NotificationCenter.h"
#include "store/Database.h"
#include "store/StoreWriter.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// Helpers shared by the notification delivery tests: a real HTTP receiver on 127.0.0.1 and notifications.
namespace sluice::engine::testing {

// What the receiver got: one POST.
struct Received {
    std::string path;
    std::string contentType;
    std::string authorization;
    std::string body;
    std::chrono::steady_clock::time_point at;
};

// The project's own HTTP server as a webhook or SMS gateway: it answers each request with the next status of
// its script (200 once the script is used up) and keeps what it got.
class Receiver final {
public:
    // `port` 0: any free one. `delay`: how long each answer takes (a slow server).
    explicit Receiver(std::vector<int> script = {}, std::uint16_t port = 0,
                      std::chrono::milliseconds delay = std::chrono::milliseconds(0))
        : m_script(script.begin(), script.end())
    {
        std::string error;
        http::ServerOptions options;
        options.port = port;
        m_server = http::HttpServer::start(
            options,
            [this, delay](const http::HttpRequest& request, http::Responder responder) {
                http::HttpResponse response;
                {
                    std::lock_guard lock(m_mutex);
                    m_received.push_back(Received{std::string(request.path),
                                                  std::string(request.header("Content-Type")),
                                                  std::string(request.header("Authorization")),
                                                  std::string(request.body), std::chrono::steady_clock::now()});
                    if (!m_script.empty()) {
                        response.status = m_script.front();
                        m_script.pop_front();
                    }
                }
                response.body = response.status == 200 ? "ok" : "try later";
                if (delay.count() > 0) {
                    std::this_thread::sleep_for(delay);
                }
                responder.send(std::move(response));
            },
            error);
        m_error = error;
    }

    bool running() const { return m_server != nullptr; }
    const std::string& error() const { return m_error; }
    std::uint16_t port() const { return m_server->port(); }
    std::string url(const std::string& path = "/hook") const
    {
        return "http://127.0.0.1:" + std::to_string(port()) + path;
    }
    std::vector<Received> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }
    std::size_t count() const
    {
        std::lock_guard lock(m_mutex);
        return m_received.size();
    }

private:
    mutable std::mutex m_mutex;
    std::deque<int> m_script;
    std::vector<Received> m_received;
    std::string m_error;
    std::unique_ptr<http::HttpServer> m_server;
};

inline Notification notificationFor(std::uint64_t id, std::vector<Destination> destinations)
{
    Notification n;
    n.id = id;
    n.type = NotificationType::Flagged;
    n.recipient = "alice";
    n.key = "alice";
    n.at = 1'700'000'000'000 * kNsPerMs + static_cast<TimeNs>(id) * kNsPerMs;
    n.severity = 1;
    n.title = "Key alice is now flagged (score 18.5)";
    n.body = "Notification " + std::to_string(id) + ": the key went over its limit too often.";
    n.destinations = std::move(destinations);
    return n;
}

// A delivery configuration that retries fast, for tests on the wall clock.
inline NotifyConfig fastConfig()
{
    NotifyConfig config;
    config.backoffBaseMs = 50;
    config.backoffMaxMs = 400;
    config.maxAttempts = 5;
    config.breakerFailures = 3;
    config.breakerOpenMs = 300;
    config.timeoutMs = 2000;
    config.webhook.enabled = true;
    return config;
}

// One integer from the database through a connection of its own; -1 when the query fails.
inline std::int64_t queryInt(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    std::int64_t value = -1;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
}

// The engine's database as a running Sluice holds it: created and migrated, its writer on a thread.
inline std::unique_ptr<store::StoreWriter> openWriter(const std::string& path, std::string& error)
{
    store::StoreError storeError;
    auto database = store::Database::open(path, storeError);
    if (!database) {
        error = storeError.message;
        return nullptr;
    }
    return std::make_unique<store::StoreWriter>(std::move(database));
}

}  // namespace sluice::engine::testing
