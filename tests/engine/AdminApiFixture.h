// SPDX-License-Identifier: Apache-2.0
#pragma once

// An engine with its check API's server on 127.0.0.1, a real database and real tokens of each scope, for the admin
// API's tests; requests go over a real socket, as a script's would.
#include "HttpTestClient.h"
#include "RuntimeTestSupport.h"
#include "http/CheckService.h"
#include "http/TokenStore.h"
#include "redis/FleetRoster.h"
#include "snapshot/SummaryMaker.h"

#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <future>
#include <memory>
#include <string>
#include <string_view>

namespace sluice::engine::testing {

struct AdminApiFixture {
    QTemporaryDir dir;
    ManualClock clock{testing::kT0};
    std::string path;
    std::unique_ptr<EngineRuntime> runtime;
    SummaryMaker summaries{"test-host", "0.0-test", testing::kT0};
    std::unique_ptr<redis::FleetRoster> roster;  // this engine alone: no Redis
    std::unique_ptr<http::CheckService> service;
    std::string admin;
    std::string reader;
    std::string checker;

    AdminApiFixture()
    {
        path = dir.filePath(QStringLiteral("sluice.db")).toStdString();
        std::string error;
        runtime = EngineRuntime::start(*testing::optionsFor(QString::fromStdString(path)), clock, {}, error);
        admin = token("ops-script", http::TokenScope::Admin);
        reader = token("dashboard", http::TokenScope::Read);
        checker = token("proxy", http::TokenScope::Check);
        http::CheckServiceOptions options;
        options.databasePath = path;
        options.port = 0;
        redis::FleetRoster::Options alone;  // no Redis: this engine alone
        roster = std::make_unique<redis::FleetRoster>(
            std::move(alone), "test-host:1", [this] { return summaries.make(nullptr, clock.now()); },
            [this] { return clock.now(); });
        options.fleet = [this] { return roster->engines(); };
        http::CheckServiceError failure;
        service = http::CheckService::start(*runtime, clock, options, failure);
    }
    ~AdminApiFixture()
    {
        service.reset();
        roster.reset();
        runtime.reset();
    }
    std::string token(const char* name, http::TokenScope scope) const
    {
        std::string error;
        auto store = http::TokenStore::open(path, error);
        std::string out;
        return store && !store->create(name, scope, "tester", testing::kT0, out) ? out : std::string();
    }
    ClientResponse call(std::string_view method, std::string_view target, const std::string& token,
                        const std::string& body = {}) const
    {
        HttpTestClient client(service->port());
        std::string request = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\nHost: test\r\n";
        if (!token.empty()) {
            request += "Authorization: Bearer " + token + "\r\n";
        }
        request += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
        request += body;
        client.send(request);
        return client.read().value_or(ClientResponse{});
    }
    nlohmann::json callJson(std::string_view method, std::string_view target, const std::string& token,
                            const std::string& body = {}) const
    {
        const ClientResponse r = call(method, target, token, body);
        return nlohmann::json::parse(r.body, nullptr, false);
    }
    bool command(Command c) const
    {
        std::promise<CommandResult> done;
        runtime->command(std::move(c), AdminContext{"tester", {}},
                         [&done](const CommandResult& r) { done.set_value(r); });
        return done.get_future().get().ok;
    }
    // A notification as the engine's store writes one (the inbox is read from the database).
    void addNotification(int id, const char* recipient, const char* title) const
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO notifications (id, type, recipient, created_at, severity, title, body, "
                           "dispatched) VALUES (?, 'tier_change', ?, ?, 1, ?, 'body', 1)",
                           -1, &st, nullptr);
        sqlite3_bind_int(st, 1, id);
        sqlite3_bind_text(st, 2, recipient, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, testing::kT0 / 1'000'000 + id);
        sqlite3_bind_text(st, 4, title, -1, SQLITE_STATIC);
        sqlite3_step(st);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    // The latest audit row of `action`: "actor target".
    std::string lastAudit(const char* action) const
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* st = nullptr;
        std::string out;
        sqlite3_prepare_v2(db, "SELECT actor || ' ' || target FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1",
                           -1, &st, nullptr);
        sqlite3_bind_text(st, 1, action, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) {
            out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        return out;
    }
};

}  // namespace sluice::engine::testing
